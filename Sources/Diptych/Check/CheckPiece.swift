/// A piece of a check's work that runs beside the others: it reads its own share of the
/// alignment and values shared read-only, and its findings take their place in the check's
/// findings by the piece's order, so the outcome is the serial one whatever the timing.
struct CheckPiece: Sendable {
  /// The piece's findings.
  let findings: @Sendable () -> [Finding]
}

extension DivergenceCheck {
  /// The whole check as one piece: a check that takes little time need not split.
  func pieces(in context: CheckContext) -> [CheckPiece] {
    [CheckPiece { findings(in: context) }]
  }
}
