import Foundation

@testable import Diptych

/// A plain sentence splitter for building test documents (the reader has the real one).
enum TestSentenceSplitter {
  /// Splits after 。！？ in Chinese, after ". " before a capital in English.
  static func sentences(of text: String, language: Language) -> [Sentence] {
    var sentences: [Sentence] = []
    var current = ""
    var start = 0
    var offset = 0
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      current.unicodeScalars.append(scalar)
      offset += 1
      let next = index + 2 < scalars.count ? scalars[index + 2] : nil
      let ends =
        language.isChinese
        ? "。！？".unicodeScalars.contains(scalar)
        : (scalar == "." && index + 1 < scalars.count && scalars[index + 1] == " "
          && next.map { $0.properties.isUppercase } == true)
      if ends {
        append(current, at: start, to: &sentences)
        current = ""
        start = offset
      }
    }
    append(current, at: start, to: &sentences)
    return sentences
  }

  private static func append(_ text: String, at offset: Int, to sentences: inout [Sentence]) {
    let leading = text.unicodeScalars.prefix { $0.properties.isWhitespace }.count
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty { sentences.append(Sentence(text: trimmed, offset: offset + leading)) }
  }
}
