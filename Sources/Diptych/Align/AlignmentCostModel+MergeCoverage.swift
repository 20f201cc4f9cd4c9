extension AlignmentCostModel {
  /// A unit that joins several blocks of one side claims that the other side carries all of
  /// them: each joined block whose content words the other side leaves uncovered, beyond what a
  /// right pair leaves, makes the unit dearer. Without it a block dropped from one side is cheaper
  /// glued to its neighbour's unit than left alone (2:1 at about 4 against a skip at about 10).
  func mergeCoverageCost(source s: Range<Int>, target t: Range<Int>) -> Double {
    typealias W = AlignmentCostWeights
    guard let blockTranslation, hasMergeCoverageCost(source: s, target: t) else { return 0 }
    let rate = BeadCoverage.typicalEnglishUncoveredRate
    var excess = 0.0
    if s.count > 1 {
      for block in s {
        let coverage = blockTranslation.coverage(
          source: block..<block + 1, target: t, countsSource: true, countsTarget: false)
        excess += max(0, Double(coverage.englishUncovered) - rate * Double(coverage.englishWords))
      }
    }
    if t.count > 1 {
      for block in t {
        let coverage = blockTranslation.coverage(
          source: s, target: block..<block + 1, countsSource: false, countsTarget: true)
        excess += max(0, Double(coverage.chineseUncovered) - rate * Double(coverage.chineseWords))
      }
    }
    return W.uncoveredMergedWordCost * excess
  }

  /// The same, each side's ids marked once in `scratch` (all zero, and left so) rather than
  /// searched for: what the dynamic programme asks, each of its threads with a scratch of its own.
  func mergeCoverageCost(source s: Range<Int>, target t: Range<Int>, scratch: inout WindowScratch)
    -> Double
  {
    typealias W = AlignmentCostWeights
    guard let blockTranslation, hasMergeCoverageCost(source: s, target: t) else { return 0 }
    let rate = BeadCoverage.typicalEnglishUncoveredRate
    var excess = 0.0
    if s.count > 1 {
      blockTranslation.sourceCoverage(ofEach: s, by: t, scratch: &scratch) { coverage in
        excess += max(0, Double(coverage.englishUncovered) - rate * Double(coverage.englishWords))
      }
    }
    if t.count > 1 {
      blockTranslation.targetCoverage(ofEach: t, by: s, scratch: &scratch) { coverage in
        excess += max(0, Double(coverage.chineseUncovered) - rate * Double(coverage.chineseWords))
      }
    }
    return W.uncoveredMergedWordCost * excess
  }

  /// Whether `mergeCoverageCost` may be positive for the unit: it joins blocks, and a lexicon
  /// speaks.
  func hasMergeCoverageCost(source s: Range<Int>, target t: Range<Int>) -> Bool {
    hasBlockTranslation && (s.count > 1 || t.count > 1) && !s.isEmpty && !t.isEmpty
  }
}
