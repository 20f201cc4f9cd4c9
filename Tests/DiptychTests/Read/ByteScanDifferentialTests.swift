import Testing

@testable import Diptych

/// The word-at-a-time byte scans against the byte-by-byte and scalar-by-scalar code they
/// replaced, over many generated texts: breaks, bytes past ASCII and Han at every offset of an
/// eight-byte word, and lengths that are not multiples of eight.
@Suite struct ByteScanDifferentialTests {
  /// A small seeded generator (SplitMix64), so that every run tests the same texts.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
  }

  /// The lines (bytes, number, position past the line) the byte-by-byte splitter reported.
  static func referenceLines(_ bytes: [UInt8]) -> [([UInt8], Int, Int)] {
    var lines: [([UInt8], Int, Int)] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        let end = index
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        index += 1
        lines.append((Array(bytes[start..<end]), lines.count + 1, index))
        start = index
      } else {
        index += 1
      }
    }
    if start < bytes.count { lines.append((Array(bytes[start...]), lines.count + 1, bytes.count)) }
    return lines
  }

  @Test func linesSplitByWordsAreTheLinesSplitByByte() {
    let pieces: [[UInt8]] = [
      [0x61], [0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D], Array("中".utf8), Array("é".utf8),
      [0x00], [0x8A], [0x8D], [0x0B],
    ]
    var generator = Generator(state: 14)
    for _ in 0..<5_000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int.random(in: 0...24, using: &generator) {
        bytes += pieces.randomElement(using: &generator)!
      }
      var found: [([UInt8], Int, Int)] = []
      var splitter = LineSplitter(firstNumber: 1)
      bytes.withUnsafeBufferPointer { buffer in
        splitter.split(buffer, base: 0, final: true) { line, number, end in
          found.append((Array(line), number, end))
          return true
        }
      }
      let expected = Self.referenceLines(bytes)
      #expect(
        found.map(\.0) == expected.map(\.0) && found.map(\.1) == expected.map(\.1)
          && found.map(\.2) == expected.map(\.2), "\(bytes)")
    }
  }

  @Test func widthsSummedFromBytesAreTheWidthsByCharacter() {
    // Han on either side of the leads summed without decoding (E5–E9: U+5000–U+9FFF), scalars
    // that are no character of their own, and ambiguous punctuation whose width its neighbours
    // decide.
    let scalars: [String] = [
      "a", " ", "\u{4FFF}", "\u{5000}", "\u{9FFF}", "\u{A000}", "\u{4DC0}", "\u{4DBF}", "\u{3000}",
      "“", "”", "…", "·", "—", "\u{301}", "\u{200D}", "\u{FE0F}", "👍", "🇨", "Ａ", "한", "\u{F900}",
    ]
    var generator = Generator(state: 2026)
    for _ in 0..<5_000 {
      var text = ""
      for _ in 0..<Int.random(in: 0...12, using: &generator) {
        text += scalars.randomElement(using: &generator)!
      }
      #expect(
        DisplayWidth.columns(of: text) == DisplayWidth.characterColumns(of: text),
        "\(text.debugDescription)")
    }
  }
}
