import Testing

@testable import Diptych

/// The length `length-ratio` measures is the aligner's: scalars that are not white space.
@Suite struct LengthRatioLengthTests {
  @Test func everyScalarCountsUnlessItIsWhiteSpace() {
    var wrong: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let expected = scalar.properties.isWhitespace ? 0 : 1
      if LengthRatioCheck.length(of: String(scalar)) != expected { wrong.append(value) }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10).map { String($0, radix: 16) })")
  }

  @Test func mixedTextCountsAsTheAlignerDoes() {
    let text = "12.\u{3000}工作组 reiterated\u{A0}the importance\t of 合作\u{2009}与协调 😀\n"
    #expect(LengthRatioCheck.length(of: text) == LengthModel.length(of: text))
    #expect(LengthRatioCheck.length(of: text) == 37)
  }
}
