import Testing

@testable import Diptych

/// The sentence shapes beyond Gale and Church's: Chinese often joins with commas what English
/// says in four or five sentences.
@Suite struct SentenceShapeTests {
  /// Sentence pairs `range` of the devset sample: the English sentences apart, the Chinese ones
  /// joined into one sentence with commas, as a translator joining them writes it.
  static func joined(_ range: Range<Int>) -> (english: [String], chinese: String) {
    let pairs = DevsetSample.pairs[range]
    let chinese = pairs.map {
      $0.chinese.hasSuffix("。") ? String($0.chinese.dropLast()) : $0.chinese
    }
    return (pairs.map(\.english), chinese.joined(separator: "，") + "。")
  }

  /// Aligns `english` with `chinese` inside one unit, with the lexicon, as the aligner does.
  static func align(_ english: [String], _ chinese: [String]) throws -> [SentencePair] {
    let evidence = TranslationEvidence(
      english: english, chinese: chinese, lexicon: try Lexicon.bundled.get())
    return SentenceAligner.align(
      source: english, target: chinese,
      translation: TranslationWindow(evidence: evidence, sourceOffset: 0, targetOffset: 0),
      lengthModel: LengthModel(), minimumBandWidth: 20)
  }

  @Test(arguments: [4, 5]) func englishSentencesJoinedByCommasAreOneUnit(count: Int) throws {
    // A 1:1 pair on each side of the joined sentence, so the join must be placed between them.
    let joined = Self.joined(10..<10 + count)
    let before = DevsetSample.pairs[20]
    let after = DevsetSample.pairs[21]
    let pairs = try Self.align(
      [before.english] + joined.english + [after.english],
      [before.chinese, joined.chinese, after.chinese])
    #expect(
      pairs.map { "\($0.source):\($0.target)" }
        == ["[0]:[0]", "\(Array(1...count)):[1]", "[\(count + 1)]:[2]"])
  }
}
