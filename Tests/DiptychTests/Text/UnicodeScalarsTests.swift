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
      "x \u{301}", "x\u{301} ", "\u{0600} x", "x\u{0600} ", " \u{2003}x\u{2003} ",
      "\u{00A0}é\u{00A0}",
      "\u{85}a\u{85}", "a\u{200D} ", " \u{1680}a", "\r\n a \r\n", "👍🏽 ", " 🇨🇳", "e\u{301}",
    ]
    for text in texts + FastPathEquivalenceTests.allLines {
      #expect(
        text.trimmingWhitespace() == text.trimmingWhitespaceCharacters(), "\(text.debugDescription)"
      )
      let substring = ("«" + text + "»").dropFirst().dropLast()
      #expect(
        substring.trimmingWhitespace() == substring.trimmingWhitespaceCharacters(),
        "\(text.debugDescription)")
    }
  }
}

/// The UTF-8 check on the bytes of a file must be the standard library's parser's.
@Suite struct UTF8ValidationTests {
  @Test func theTableAcceptsWhatTheParserAccepts() {
    var random = SplitMix64(seed: 14)
    // Valid text, and bytes near the edges of every sequence kind.
    var samples: [[UInt8]] = FastPathEquivalenceTests.allLines.map { Array($0.utf8) }
    let edges: [UInt8] = [
      0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
      0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    ]
    for _ in 0..<20_000 {
      let length = Int(random.next() % 12)
      samples.append(
        (0..<length).map { _ in edges[Int(random.next() % UInt64(edges.count))] })
    }
    for sample in samples {
      sample.withUnsafeBufferPointer { bytes in
        #expect(
          UTF8Validation.isValid(bytes) == UTF8Validation.isValidByParser(bytes), "\(sample)")
      }
    }
  }
}
