/// Precision, recall and their harmonic mean, each from 0 to 1.
package struct PrecisionRecall: Sendable, Hashable, Codable {
  /// The share of test pairs that the gold confirms.
  public var precision: Double
  /// The share of gold pairs (insertions and deletions left out) that the test confirms.
  public var recall: Double
  /// The harmonic mean of precision and recall.
  public var f1: Double

  /// Creates a score from precision and recall; F1 is 0 when both are 0, as in vecalign.
  public init(precision: Double, recall: Double) {
    self.precision = precision
    self.recall = recall
    self.f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
  }

  /// hits / (hits + misses), or 0 with nothing to count (vecalign's `value_for_div_by_0`).
  static func ratio(_ hits: Int, _ misses: Int) -> Double {
    hits + misses == 0 ? 0 : Double(hits) / Double(hits + misses)
  }
}
