import Foundation
import Testing

@testable import Diptych

/// The footnote-call finder reads most blocks by `Unicode.Scalar` and the rest by `Character`:
/// every question it asks of a character, and so every candidate it finds, must be the same.
@Suite struct CallFinderCharacterTests {
  /// Every scalar the finder reads as a character of its own.
  static let plainScalars: [Unicode.Scalar] = (0...0x10FFFF).compactMap { value in
    Unicode.Scalar(UInt32(value)).flatMap { UnicodeScalars.isPlainCharacter($0) ? $0 : nil }
  }

  @Test func aPlainScalarIsItsOwnCanonicalForm() {
    // Then a `Character` of it equals no other one-scalar character, and scalar equality and
    // set membership are `Character` equality and membership.
    for scalar in Self.plainScalars {
      let normalized = String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars
      #expect(Array(normalized) == [scalar], "U+\(String(scalar.value, radix: 16))")
    }
    #expect(!UnicodeScalars.isPlainCharacter("\u{F9B2}"), "零 as a compatibility ideograph")
  }

  @Test func everyQuestionOfAPlainScalarIsAnsweredAsItsCharacterAnswersIt() {
    var mismatches: [String] = []
    for scalar in Self.plainScalars {
      let character = Character(scalar)
      let answers = [
        (scalar.superscriptDigit == character.superscriptDigit, "superscriptDigit"),
        (scalar.isCallDigit == character.isCallDigit, "isCallDigit"),
        (scalar.isWhitespace == character.isWhitespace, "isWhitespace"),
        (scalar.isLetter == character.isLetter, "isLetter"),
        (scalar.isUppercase == character.isUppercase, "isUppercase"),
        (scalar.isPunctuation == character.isPunctuation, "isPunctuation"),
        (scalar.isCJKIdeograph == character.isCJKIdeograph, "isCJKIdeograph"),
        (scalar.isASCIIAlphanumeric == character.isASCIIAlphanumeric, "isASCIIAlphanumeric"),
      ]
      let sets = CallCharacterSet.allCases.map {
        (scalar.isIn($0) == character.isIn($0), "\($0)")
      }
      for (same, question) in answers + sets where !same {
        mismatches.append("U+\(String(scalar.value, radix: 16)) \(question)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    #expect(
      Character("表").isIn(.chineseReferenceWord) && Unicode.Scalar("表").isIn(.chineseReferenceWord))
  }

  @Test func numbersReadFromScalarsAreTheNumbersReadFromCharacters() {
    for digits in [
      "1", "007", "２０２１", "1２3", "9223372036854775807", "9223372036854775808",
      "99999999999999999999",
    ] {
      #expect(
        Unicode.Scalar.number(Array(digits.unicodeScalars)) == Character.number(Array(digits)),
        "\(digits)")
    }
  }

  /// Blocks of the devset, three sentences each, in both languages.
  static func devsetBlocks(_ language: String) throws -> [String] {
    let lines = try RealText.devset(language)
    return stride(from: 0, to: lines.count, by: 3).map {
      lines[$0..<min(lines.count, $0 + 3)].joined(separator: language == "en" ? " " : "")
    }
  }

  @Test(arguments: [("en", Language.english), ("zh", .simplifiedChinese)])
  func devsetCandidatesReadByScalarAreTheCandidatesReadByCharacter(
    file: String, language: Language
  ) throws {
    let assembler = BlockAssembler(language: language, words: nil)
    let raw = RawBlock(kind: .paragraph, lines: [])
    var found = 0
    for (index, text) in try Self.devsetBlocks(file).enumerated() {
      let scalars = Array(text.unicodeScalars)
      guard scalars.allSatisfy(UnicodeScalars.isPlainCharacter) else { continue }
      let joined = BlockAssembler.Joined(text: text, lone: [], repairs: [], standalone: true)
      let reference = FootnoteCallFinder.candidates(
        in: Array(text), block: index, language: language, loneLines: [])
      let fast = assembler.candidates(raw, joined, index: index)
      #expect(fast == reference, "\(text.debugDescription)")
      found += reference.count
    }
    // The devset holds numbers that look like calls in both languages: the test compares
    // candidates, not two empty lists.
    #expect(found > 20)
  }
}
