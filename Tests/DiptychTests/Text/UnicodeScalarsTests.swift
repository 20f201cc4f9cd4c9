import Testing

@testable import Diptych

/// The scalar-level facts the byte-level fast paths stand on must be Unicode's.
@Suite struct UnicodeScalarsTests {
  @Test func whiteSpaceIsUnicodesWhiteSpaceProperty() {
    let differing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
      UnicodeScalars.isWhitespace($0) != $0.properties.isWhitespace
    }
    #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
  }

  @Test func whiteSpaceTrimmedFromBytesIsWhiteSpaceTrimmedByCharacter() {
    let texts = [
      "", " ", "  \u{3000} ", "text", "  text  ", "\u{3000}中文\u{3000}", "\t1. Text\r", " \u{301}x",
      "x \u{301}", "x\u{301} ", "\u{0600} x", "x\u{0600} ", " \u{2003}x\u{2003} ", "\u{00A0}é\u{00A0}",
      "\u{85}a\u{85}", "a\u{200D} ", " \u{1680}a", "\r\n a \r\n", "👍🏽 ", " 🇨🇳", "e\u{301}",
    ]
    for text in texts + FastPathEquivalenceTests.allLines {
      #expect(
        text.trimmingWhitespace() == text.trimmingWhitespaceCharacters(), "\(text.debugDescription)")
      let substring = ("«" + text + "»").dropFirst().dropLast()
      #expect(
        substring.trimmingWhitespace() == substring.trimmingWhitespaceCharacters(),
        "\(text.debugDescription)")
    }
  }
}
