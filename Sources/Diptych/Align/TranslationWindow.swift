/// One unit's view of the translation evidence of a whole document pair: the lexicon's analysis
/// is made once for every sentence of both documents, and each unit reads it at its offsets.
///
/// Coverage is the same as an analysis of the unit alone would give: a word whose translations
/// occur elsewhere in the document but not in the unit is uncovered either way.
struct TranslationWindow: Sendable {
  var evidence: TranslationEvidence
  /// The index, in `evidence`, of the unit's first source and first target sentence.
  var sourceOffset: Int
  var targetOffset: Int
  /// The unit's coverage measured once, when the unit's size is known and small enough.
  var window: WindowCoverage? = nil

  /// The coverage of the bead of the unit's source sentences `s` and target sentences `t`.
  func coverage(source s: Range<Int>, target t: Range<Int>) -> BeadCoverage {
    // Through the optional in place: `if let` copied the window (and retained its arrays).
    if let coverage = window?.coverage(english: s, chinese: t) { return coverage }
    return evidence.coverage(
      english: s.lowerBound + sourceOffset..<s.upperBound + sourceOffset,
      chinese: t.lowerBound + targetOffset..<t.upperBound + targetOffset)
  }
}

extension TranslationWindow {
  /// The window of the unit of `sourceCount` source and `targetCount` target sentences starting
  /// at the offsets, every word's coverage in it measured once (with `scratch`, see
  /// `TranslationEvidence.windowCoverage(english:chinese:scratch:)`).
  init(
    evidence: TranslationEvidence, sourceOffset: Int, targetOffset: Int, sourceCount: Int,
    targetCount: Int, scratch: inout WindowScratch
  ) {
    self.init(evidence: evidence, sourceOffset: sourceOffset, targetOffset: targetOffset)
    window = evidence.windowCoverage(
      english: sourceOffset..<(sourceOffset + sourceCount),
      chinese: targetOffset..<(targetOffset + targetCount), scratch: &scratch)
  }
}
