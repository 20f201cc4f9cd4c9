import Foundation

/// Paragraph pairs built from hand-made gold sentence beads (`NNN.en`, `NNN.zh`, one sentence a
/// line; `NNN.gold`, one bead a line, `[0, 1]:[0]`, as in `../shared/data/sentence-gold`): each
/// bead with sentences on both sides is one faithful pair, its English sentences joined by a space
/// and its Chinese ones run together. Beads with an empty side are left out: they hold no pair.
enum GoldBeads {
  /// The pairs of every document of `folder`, documents in name order, beads in file order.
  static func pairs(in folder: String) throws -> (english: [String], chinese: [String]) {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasSuffix(".gold") }.sorted()
    guard !names.isEmpty else { throw ValidationErrorMessage("\(folder): no NNN.gold file") }
    var english: [String] = []
    var chinese: [String] = []
    for name in names {
      let stem = (folder as NSString).appendingPathComponent(String(name.dropLast(5)))
      let englishLines = try lines(stem + ".en")
      let chineseLines = try lines(stem + ".zh")
      for (number, line) in try lines(stem + ".gold").enumerated() where !line.isEmpty {
        guard let bead = bead(line) else {
          throw ValidationErrorMessage("\(stem).gold:\(number + 1): not a bead '[i, …]:[j, …]'")
        }
        guard !bead.english.isEmpty, !bead.chinese.isEmpty else { continue }
        guard bead.english.allSatisfy(englishLines.indices.contains),
          bead.chinese.allSatisfy(chineseLines.indices.contains)
        else {
          throw ValidationErrorMessage("\(stem).gold:\(number + 1): a sentence past the end")
        }
        english.append(bead.english.map { englishLines[$0] }.joined(separator: " "))
        chinese.append(bead.chinese.map { chineseLines[$0] }.joined())
      }
    }
    return (english, chinese)
  }

  /// The sentence numbers of one bead line, "[3, 4]:[5]".
  static func bead(_ line: String) -> (english: [Int], chinese: [Int])? {
    let sides = line.split(separator: ":", omittingEmptySubsequences: false)
    guard sides.count == 2 else { return nil }
    var numbers: [[Int]] = []
    for side in sides {
      let trimmed = side.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("["), trimmed.hasSuffix("]") else { return nil }
      let inside = trimmed.dropFirst().dropLast()
      var values: [Int] = []
      for item in inside.split(separator: ",") {
        guard let value = Int(item.trimmingCharacters(in: .whitespaces)) else { return nil }
        values.append(value)
      }
      numbers.append(values)
    }
    return (numbers[0], numbers[1])
  }

  private static func lines(_ path: String) throws -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw ValidationErrorMessage("\(path): cannot read it as UTF-8 text")
    }
    var lines = text.components(separatedBy: "\n").map {
      $0.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
