/// Where a file that holds both versions was split into its two documents.
public struct BilingualSplit: Sendable, Hashable, Codable {
  /// How the split point was found.
  public enum Method: String, Sendable, Hashable, Codable {
    /// A rule line (`*****`) between the versions.
    case rule
    /// The script changes from Latin to Chinese (or back) at that line.
    case script
  }

  /// The last line of the first version.
  public var firstEndLine: Int
  /// The first line of the second version.
  public var secondStartLine: Int
  /// How the point was found.
  public var method: Method

  /// Creates a split record.
  public init(firstEndLine: Int, secondStartLine: Int, method: Method) {
    self.firstEndLine = firstEndLine
    self.secondStartLine = secondStartLine
    self.method = method
  }

  /// Splits `lines` into the two versions, or returns nil when they are one language.
  public static func split(_ lines: [SourceLine]) -> (first: [SourceLine], second: [SourceLine], split: BilingualSplit)? {
    // A rule of asterisks between two versions of different languages.
    for (index, line) in lines.enumerated() {
      let text = line.text.trimmingWhitespace()
      guard text.count >= 3, text.allSatisfy({ $0 == "*" || $0 == "＊" }) else { continue }
      let first = Array(lines[..<index])
      let second = Array(lines[(index + 1)...])
      guard let a = LanguageDetector.detect(joined(first)), let b = LanguageDetector.detect(joined(second)),
        a.isChinese != b.isChinese
      else { continue }
      let end = first.last(where: { !$0.text.trimmingWhitespace().isEmpty })?.number ?? line.number
      let start = second.first(where: { !$0.text.trimmingWhitespace().isEmpty })?.number ?? line.number
      return (first, second, BilingualSplit(firstEndLine: end, secondStartLine: start, method: .rule))
    }
    return splitByScript(lines)
  }

  /// The split point where the most lines agree with the script of their side.
  private static func splitByScript(_ lines: [SourceLine]) -> (first: [SourceLine], second: [SourceLine], split: BilingualSplit)? {
    let scripts: [Int] = lines.map { line in
      switch LanguageDetector.detect(line.text) {
      case nil: 0
      case .english?: 1
      case .simplifiedChinese?, .traditionalChinese?: -1
      }
    }
    let total = scripts.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
    var latinBefore = 0
    var chineseBefore = 0
    let chineseTotal = scripts.filter { $0 == -1 }.count
    guard total >= 3, chineseTotal >= 3 else { return nil }
    var best = (score: Int.min, index: 0, latinFirst: true)
    for index in 0...lines.count {
      // Latin first: Latin lines before + Chinese lines after; and the other way round.
      let latinFirst = latinBefore + (chineseTotal - chineseBefore)
      let chineseFirst = chineseBefore + (total - latinBefore)
      if latinFirst > best.score { best = (latinFirst, index, true) }
      if chineseFirst > best.score { best = (chineseFirst, index, false) }
      if index < lines.count {
        if scripts[index] == 1 { latinBefore += 1 }
        if scripts[index] == -1 { chineseBefore += 1 }
      }
    }
    // Both sides must be mostly one script: at least 90% of the lines with letters agree.
    guard best.score * 10 >= (total + chineseTotal) * 9, best.index > 0, best.index < lines.count else { return nil }
    let first = Array(lines[..<best.index])
    let second = Array(lines[best.index...])
    let end = first.last(where: { !$0.text.trimmingWhitespace().isEmpty })?.number ?? 1
    let start = second.first(where: { !$0.text.trimmingWhitespace().isEmpty })?.number ?? end + 1
    return (first, second, BilingualSplit(firstEndLine: end, secondStartLine: start, method: .script))
  }

  private static func joined(_ lines: [SourceLine]) -> String {
    lines.map(\.text).joined(separator: "\n")
  }
}
