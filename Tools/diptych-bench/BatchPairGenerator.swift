import Diptych
import Foundation

/// Writes folders of UN-style pairs (`P00001.en.txt` / `P00001.zh.txt`): numbered paragraphs of
/// consecutive devset sentences under Roman-numbered headings, and every tenth pair a copy of a
/// corpus entry, so that the batch sees both generated and curated documents.
struct BatchPairGenerator {
  let sentences: [(String, String)]
  let corpusPairs: [(String, String)]

  private static let headings = [
    ("Introduction", "导言"), ("Background", "背景"), ("Activities", "活动"), ("Resources", "资源"),
    ("Conclusions and recommendations", "结论和建议"),
  ]
  private static let chineseNumerals = ["一", "二", "三", "四", "五", "六"]
  private static let roman = ["I", "II", "III", "IV", "V", "VI"]

  /// Devset lines that read as plain sentences: no label, ending with a full stop.
  static func usable(_ english: String, _ chinese: String) -> Bool {
    english.hasSuffix(".") && chinese.hasSuffix("。") && english.count > 40
      && !(english.first?.isNumber ?? true) && !english.hasPrefix("(")
  }

  /// Writes `count` pairs into `folder` unless it already holds them; returns the bytes of all
  /// files.
  func generate(count: Int, into folder: String) throws -> Int {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var total = 0
    for index in 1...count {
      let name = String(format: "%@/P%05d", folder, index)
      let englishPath = name + ".en.txt"
      let chinesePath = name + ".zh.txt"
      if let english = FileManager.default.contents(atPath: englishPath),
        let chinese = FileManager.default.contents(atPath: chinesePath)
      {
        total += english.count + chinese.count
        continue
      }
      let (english, chinese) = pair(index)
      try Data(english.utf8).write(to: URL(fileURLWithPath: englishPath))
      try Data(chinese.utf8).write(to: URL(fileURLWithPath: chinesePath))
      total += english.utf8.count + chinese.utf8.count
    }
    return total
  }

  private func pair(_ index: Int) -> (String, String) {
    if index % 10 == 0, !corpusPairs.isEmpty {
      return corpusPairs[(index / 10) % corpusPairs.count]
    }
    var random = SplitMix64(seed: UInt64(index))
    var english: [String] = []
    var chinese: [String] = []
    var line = Int.random(in: 0..<sentences.count, using: &random)
    let paragraphs = Int.random(in: 6...14, using: &random)
    var section = 0
    for paragraph in 1...paragraphs {
      if paragraph == 1 || (paragraph % 5 == 1 && section < Self.roman.count) {
        let (en, zh) = Self.headings[section % Self.headings.count]
        english.append("\(Self.roman[section]). \(en)")
        chinese.append("\(Self.chineseNumerals[section])、\(zh)")
        section += 1
      }
      let size = Int.random(in: 2...4, using: &random)
      let chosen = (0..<size).map { offset in sentences[(line + offset) % sentences.count] }
      line += size
      english.append("\(paragraph). " + chosen.map(\.0).joined(separator: " "))
      chinese.append("\(paragraph). " + chosen.map(\.1).joined())
    }
    return (english.joined(separator: "\n\n") + "\n", chinese.joined(separator: "\n\n") + "\n")
  }
}
