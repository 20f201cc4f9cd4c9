import Diptych
import Foundation

/// Document pairs of real UN sentences: pairs drawn at random (repeating the devset as needed)
/// into paragraphs of 1–6 sentences; the Chinese merges or splits about one paragraph in twenty.
enum BenchmarkDocuments {
  /// The devset's English and Chinese lines, one sentence each.
  static func devsetLines(_ devset: String) throws -> (english: [String], chinese: [String]) {
    func lines(_ file: String) throws -> [String] {
      try String(contentsOfFile: devset + "/" + file, encoding: .utf8).split(separator: "\n")
        .map(String.init)
    }
    return (try lines("devset.en"), try lines("devset.zh"))
  }

  static func make(sentences: Int, pairs: [(String, String)], seed: UInt64) -> (Document, Document)
  {
    var random = SplitMix64(seed: seed)
    var englishBlocks: [[String]] = []
    var chineseBlocks: [[String]] = []
    var produced = 0
    while produced < sentences {
      let size = min(Int.random(in: 1...6, using: &random), sentences - produced)
      let chosen = (0..<size).map { _ in pairs[Int.random(in: 0..<pairs.count, using: &random)] }
      produced += size
      englishBlocks.append(chosen.map(\.0))
      let edit = Int.random(in: 0..<40, using: &random)
      if edit == 0, !chineseBlocks.isEmpty {
        chineseBlocks[chineseBlocks.count - 1] += chosen.map(\.1)  // merged with the previous one
      } else if edit == 1, size >= 2 {
        chineseBlocks.append(chosen.prefix(1).map(\.1))  // split
        chineseBlocks.append(chosen.dropFirst().map(\.1))
      } else {
        chineseBlocks.append(chosen.map(\.1))
      }
    }
    return (
      document(.english, englishBlocks, separator: " "),
      document(.simplifiedChinese, chineseBlocks, separator: "")
    )
  }

  private static func document(_ language: Language, _ blocks: [[String]], separator: String)
    -> Document
  {
    let built = blocks.enumerated().map { index, sentences in
      var offset = 0
      return Block(
        id: "b\(index + 1)", kind: .paragraph, text: sentences.joined(separator: separator),
        sentences: sentences.map { sentence in
          defer { offset += sentence.unicodeScalars.count + separator.unicodeScalars.count }
          return Sentence(text: sentence, offset: offset)
        }, lines: LineRange(line: index + 1))
    }
    return Document(language: language, blocks: built)
  }
}
