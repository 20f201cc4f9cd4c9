/// Strict and lax precision, recall and F1 of a test alignment against a gold one, counted exactly
/// as vecalign's `score.py` counts them (after Sennrich & Volk 2011).
///
/// Precision looks at every test pair. Recall swaps the roles, after dropping insertions and
/// deletions from both sides: a gold `[3]:[]` neither helps nor hurts recall.
package struct AlignmentScore: Sendable, Hashable, Codable {
  /// Exact pair matches.
  public var strict: PrecisionRecall
  /// Matches that overlap a counterpart on both sides.
  public var lax: PrecisionRecall
  /// The counts behind precision (test pairs checked against gold).
  public var precisionCounts: MatchCounts
  /// The counts behind recall (gold pairs checked against test, without insertions and deletions).
  public var recallCounts: MatchCounts

  /// Creates a score from its counts.
  public init(precisionCounts: MatchCounts, recallCounts: MatchCounts) {
    self.precisionCounts = precisionCounts
    self.recallCounts = recallCounts
    strict = PrecisionRecall(
      precision: PrecisionRecall.ratio(precisionCounts.strictHits, precisionCounts.strictMisses),
      recall: PrecisionRecall.ratio(recallCounts.strictHits, recallCounts.strictMisses))
    lax = PrecisionRecall(
      precision: PrecisionRecall.ratio(precisionCounts.laxHits, precisionCounts.laxMisses),
      recall: PrecisionRecall.ratio(recallCounts.laxHits, recallCounts.laxMisses))
  }

  /// Scores one document's test alignment against its gold alignment.
  public static func score(gold: [GoldPair], test: [GoldPair]) -> AlignmentScore {
    AlignmentScore(
      precisionCounts: MatchCounts.count(candidates: test, reference: gold),
      recallCounts: MatchCounts.count(
        candidates: gold.filter { !$0.isInsertionOrDeletion },
        reference: test.filter { !$0.isInsertionOrDeletion }))
  }

  /// Scores several documents at once by summing their counts (micro-average), as vecalign's
  /// `score_multiple` does; this is not the mean of the documents' scores.
  public static func score(documents: [(gold: [GoldPair], test: [GoldPair])]) -> AlignmentScore {
    let scores = documents.map { score(gold: $0.gold, test: $0.test) }
    return AlignmentScore(
      precisionCounts: scores.reduce(MatchCounts()) { $0 + $1.precisionCounts },
      recallCounts: scores.reduce(MatchCounts()) { $0 + $1.recallCounts })
  }
}
