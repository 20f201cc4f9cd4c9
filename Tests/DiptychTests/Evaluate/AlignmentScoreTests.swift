import Diptych
import Testing

/// Expected numbers come from a stdlib re-implementation of vecalign's score.py counting:
///
///     def _precision(gold, test):   # as vecalign: sets, drop ([], []), strict / lax
///         test = {(tuple(x), tuple(y)) for x, y in test if x or y}
///         gold = {(tuple(x), tuple(y)) for x, y in gold if x or y}
///         m = defaultdict(set)
///         for gs, gt in gold:
///             for s in gs: m[s] |= set(gt)
///         c = [0, 0, 0, 0]          # strict tp, strict fp, lax tp, lax fp
///         for ts, tt in test:
///             if (ts, tt) in gold: c[0] += 1; c[2] += 1
///             elif set(tt) & set().union(*(m[s] for s in ts)): c[1] += 1; c[2] += 1
///             else: c[1] += 1; c[3] += 1
///         return c
///     p = _precision(gold, test)
///     r = _precision([a for a in test if a[0] and a[1]], [a for a in gold if a[0] and a[1]])
@Suite struct AlignmentScoreTests {
  private func pairs(_ text: String) throws -> [GoldPair] { try GoldAlignment.parse(text) }

  @Test func perfectAlignmentScoresOne() throws {
    let gold = try pairs(try CorpusFiles.text("unpc-synth-edits", "gold.align"))
    let score = AlignmentScore.score(gold: gold, test: gold)
    for value in [score.strict, score.lax].flatMap({ [$0.precision, $0.recall, $0.f1] }) {
      #expect(value == 1)
    }
    #expect(score.precisionCounts.strictHits == gold.count)
    // Recall leaves out the entry's 3 deleted paragraphs and 2 dropped headings.
    #expect(score.recallCounts.strictHits == gold.count - 5)
  }

  @Test func mergedPairIsLaxButNotStrict() throws {
    let gold = try pairs("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n")
    let test = try pairs("[0]:[0]\n[1, 2]:[1, 2]\n[3]:[3]\n")
    let score = AlignmentScore.score(gold: gold, test: test)
    // vecalign: p = [2, 1, 3, 0], r = [2, 2, 4, 0].
    #expect(
      score.precisionCounts == MatchCounts(strictHits: 2, strictMisses: 1, laxHits: 3, laxMisses: 0)
    )
    #expect(
      score.recallCounts == MatchCounts(strictHits: 2, strictMisses: 2, laxHits: 4, laxMisses: 0))
    #expect(score.strict.precision == 2.0 / 3)
    #expect(score.strict.recall == 0.5)
    #expect(abs(score.strict.f1 - 4.0 / 7) < 1e-12)
    #expect(score.lax == PrecisionRecall(precision: 1, recall: 1))
  }

  @Test func goldDeletionIsIgnoredInRecall() throws {
    // The test folds the deleted source block 1 into its neighbour's pair.
    let gold = try pairs("[0]:[0]\n[1]:[]\n[2]:[1]\n")
    let test = try pairs("[0]:[0]\n[1, 2]:[1]\n")
    let score = AlignmentScore.score(gold: gold, test: test)
    // vecalign: p = [1, 1, 2, 0], r = [1, 1, 2, 0]: recall sees 2 gold pairs, not 3.
    #expect(
      score.recallCounts == MatchCounts(strictHits: 1, strictMisses: 1, laxHits: 2, laxMisses: 0))
    #expect(score.strict == PrecisionRecall(precision: 0.5, recall: 0.5))
    #expect(score.lax == PrecisionRecall(precision: 1, recall: 1))
  }

  @Test func spuriousTestDeletionCostsPrecisionOnly() throws {
    let gold = try pairs("[0]:[0]\n[1]:[1]\n")
    let test = try pairs("[0]:[0]\n[1]:[]\n[]:[1]\n")
    let score = AlignmentScore.score(gold: gold, test: test)
    // vecalign: p = [1, 2, 1, 2], r = [1, 1, 1, 1]; F1 = 2 · (1/3 · 1/2) / (1/3 + 1/2) = 0.4.
    #expect(
      score.precisionCounts == MatchCounts(strictHits: 1, strictMisses: 2, laxHits: 1, laxMisses: 2)
    )
    #expect(
      score.recallCounts == MatchCounts(strictHits: 1, strictMisses: 1, laxHits: 1, laxMisses: 1))
    #expect(abs(score.strict.f1 - 0.4) < 1e-12)
    #expect(score.lax == score.strict)
  }

  @Test func diagonalBaselineOnEditedEntryMatchesVecalign() throws {
    // Pairing block i with block i, as an aligner blind to the edits would; 83 English blocks,
    // 78 Chinese, so English blocks 78…82 become deletions.
    let gold = try pairs(try CorpusFiles.text("unpc-synth-edits", "gold.align"))
    let test =
      (0..<78).map { GoldPair(source: [$0], target: [$0]) }
      + (78..<83).map { GoldPair(source: [$0], target: []) }
    let score = AlignmentScore.score(gold: gold, test: test)
    // vecalign: p = [11, 72, 12, 71], r = [11, 64, 12, 63].
    #expect(
      score.precisionCounts
        == MatchCounts(strictHits: 11, strictMisses: 72, laxHits: 12, laxMisses: 71))
    #expect(
      score.recallCounts
        == MatchCounts(strictHits: 11, strictMisses: 64, laxHits: 12, laxMisses: 63))
    #expect(abs(score.strict.f1 - 0.13924050632911392) < 1e-12)
    #expect(abs(score.lax.f1 - 0.1518987341772152) < 1e-12)
  }

  @Test func documentsAreMicroAveraged() throws {
    let merged = (
      gold: try pairs("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n"),
      test: try pairs("[0]:[0]\n[1, 2]:[1, 2]\n[3]:[3]\n")
    )
    let deleted = (
      gold: try pairs("[0]:[0]\n[1]:[1]\n"), test: try pairs("[0]:[0]\n[1]:[]\n[]:[1]\n")
    )
    let score = AlignmentScore.score(documents: [merged, deleted])
    // Summed counts: p = [3, 3, 4, 2], r = [3, 3, 5, 1].
    #expect(score.strict == PrecisionRecall(precision: 0.5, recall: 0.5))
    #expect(score.lax.precision == 4.0 / 6)
    #expect(score.lax.recall == 5.0 / 6)
  }

  @Test func duplicatesAndEmptyPairsCountOnceOrNotAtAll() throws {
    let gold = try pairs("[0]:[0]\n[1]:[1]\n")
    let test = try pairs("[0]:[0]\n[0]:[0]\n[]:[]\n[1]:[1]\n")
    let score = AlignmentScore.score(gold: gold, test: test)
    #expect(
      score.precisionCounts == MatchCounts(strictHits: 2, strictMisses: 0, laxHits: 2, laxMisses: 0)
    )
  }

  @Test func emptyTestScoresZeroNotNaN() {
    let score = AlignmentScore.score(gold: [GoldPair(source: [0], target: [0])], test: [])
    #expect(score.strict == PrecisionRecall(precision: 0, recall: 0))
    #expect(score.strict.f1 == 0)
  }
}
