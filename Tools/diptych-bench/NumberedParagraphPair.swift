/// The shape of a long UN document that issue 14 measures: the devset's sentence pairs repeated
/// as often as needed, the English as numbered paragraphs of four sentences (`1. s1 s2 s3 s4`,
/// a blank line between), the Chinese as the same paragraphs without numbers (Chinese versions
/// often drop them).
enum NumberedParagraphPair {
  /// The English and Chinese texts with `sentences` sentences a side.
  static func texts(sentences: Int, pairs: [(String, String)]) -> (english: String, chinese: String)
  {
    var english: [String] = []
    var chinese: [String] = []
    var start = 0
    while start < sentences {
      let end = min(start + 4, sentences)
      let chosen = (start..<end).map { pairs[$0 % pairs.count] }
      english.append("\(english.count + 1). " + chosen.map(\.0).joined(separator: " "))
      chinese.append(chosen.map(\.1).joined())
      start = end
    }
    return (english.joined(separator: "\n\n") + "\n", chinese.joined(separator: "\n\n") + "\n")
  }
}
