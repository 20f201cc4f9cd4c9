/// The blocks' view of the sentence-level translation evidence of a document pair: block `b` is
/// its sentences `sourceStart[b]..<sourceStart[b + 1]` (or `targetStart`) in the evidence, so the
/// block cost model reads the one analysis the sentence aligner uses.
struct BlockTranslation: Sendable {
  var evidence: TranslationEvidence
  /// The index of each block's first sentence in `evidence`, with the sentence count at the end.
  var sourceStart: [Int]
  var targetStart: [Int]

  /// The coverage of the bead of source blocks `s` and target blocks `t`.
  func coverage(source s: Range<Int>, target t: Range<Int>) -> BeadCoverage {
    coverage(source: s, target: t, countsSource: true, countsTarget: true)
  }

  /// The coverage of the bead counting only the words of the sides asked for.
  func coverage(source s: Range<Int>, target t: Range<Int>, countsSource: Bool, countsTarget: Bool)
    -> BeadCoverage
  {
    evidence.coverage(
      english: sourceStart[s.lowerBound]..<sourceStart[s.upperBound],
      chinese: targetStart[t.lowerBound]..<targetStart[t.upperBound], countsEnglish: countsSource,
      countsChinese: countsTarget)
  }

  /// The English coverage of each source block of `s` by target blocks `t`, in order (see
  /// `TranslationEvidence.englishCoverage(of:by:scratch:_:)`): what `coverage(source: block..<block
  /// + 1, target: t, countsSource: true, countsTarget: false)` gives for each.
  func sourceCoverage(
    ofEach s: Range<Int>, by t: Range<Int>, scratch: inout WindowScratch,
    _ body: (BeadCoverage) -> Void
  ) {
    evidence.englishCoverage(
      of: s.lazy.map { sourceStart[$0]..<sourceStart[$0 + 1] },
      by: targetStart[t.lowerBound]..<targetStart[t.upperBound], scratch: &scratch, body)
  }

  /// The Chinese coverage of each target block of `t` by source blocks `s`, in order.
  func targetCoverage(
    ofEach t: Range<Int>, by s: Range<Int>, scratch: inout WindowScratch,
    _ body: (BeadCoverage) -> Void
  ) {
    evidence.chineseCoverage(
      of: t.lazy.map { targetStart[$0]..<targetStart[$0 + 1] },
      by: sourceStart[s.lowerBound]..<sourceStart[s.upperBound], scratch: &scratch, body)
  }
}
