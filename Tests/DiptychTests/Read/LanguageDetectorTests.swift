import Testing

@testable import Diptych

@Suite struct LanguageDetectorTests {
  /// Each variant character outweighs one of the other script when it comes twice: every one is
  /// counted, whichever path (the E5–E9 byte path or the decoded scalar) reads it.
  @Test func everyVariantCharacterCountsForItsScript() {
    for character in LanguageDetector.simplifiedCharacters {
      let text = "國\(character)\(character)"
      #expect(LanguageDetector.detect(text) == .simplifiedChinese, "\(text)")
    }
    for character in LanguageDetector.traditionalCharacters {
      let text = "国\(character)\(character)"
      #expect(LanguageDetector.detect(text) == .traditionalChinese, "\(text)")
    }
  }
}
