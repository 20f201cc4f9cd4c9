import Testing

@testable import Diptych

/// A finding's key hashes the letters and digits of its unit, lower-cased: the scalar-by-scalar
/// reading of Chinese text gives what `Character` properties give.
@Suite struct FindingKeyTextTests {
  @Test func ideographsPunctuationAndASCIIReadAsCharactersDo() {
    let scalars =
      (0...0x7F).compactMap(Unicode.Scalar.init) + (0x4E00...0x9FFF).compactMap(Unicode.Scalar.init)
      + Array(Checker.chinesePunctuation)
    var wrong: [String] = []
    for scalar in scalars {
      let text = String(scalar)
      if Checker.lettersAndDigits(of: text) != Checker.charactersLettersAndDigits(of: text) {
        wrong.append(text)
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }

  @Test func mixedTextReadsAsCharactersDo() {
    let texts = [
      "12.41 2018-2019两年期，工作组（WG-3）审议了《公约》第5条·附件三：“P-4”员额…共计30％。",
      "Prithivi Dass Bissessur先生(毛里求斯)\r\n说：　「是」『否』〈甲〉【乙】—／～",
      "Café Zürich：第ⅲ项",  // other scalars: read as characters
    ]
    for text in texts {
      #expect(Checker.lettersAndDigits(of: text) == Checker.charactersLettersAndDigits(of: text))
    }
    #expect(Checker.lettersAndDigits(of: "第5条（P-4）") == "第5条p4")
  }
}
