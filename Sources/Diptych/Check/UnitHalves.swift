/// Runs a check unit by unit over the two halves of a large alignment at once and joins the
/// findings in unit order: the result is the serial one.
enum UnitHalves {
  /// Alignments with fewer units than this are checked on one thread: a thread costs more than
  /// they take.
  static let minimumUnits = 2_000

  /// The findings of `check` over units `0..<count`, the same as `check(0..<count)`; `check`
  /// must read nothing but its own range of units and shared values. With `threads` 1 (a batch
  /// running pairs side by side) everything stays on the caller's thread.
  static func findings(
    units count: Int, threads: Int = 2, _ check: @Sendable (Range<Int>) -> [Finding]
  ) -> [Finding] {
    guard threads > 1, count >= minimumUnits else { return check(0..<count) }
    let middle = count / 2
    let (first, second) = ParallelWork(threads: 2).both(
      { check(0..<middle) }, { check(middle..<count) })
    return first + second
  }
}
