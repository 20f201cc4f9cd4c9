/// Runs a check unit by unit over the two halves of a large alignment at once and joins the
/// findings in unit order: the result is the serial one.
enum UnitHalves {
  /// Alignments with fewer units than this are checked on one thread: a thread costs more than
  /// they take, and `diptych batch` already runs one pair a core, mostly pairs far below it.
  static let minimumUnits = 2_000

  /// The findings of `check` over units `0..<count`, the same as `check(0..<count)`; `check`
  /// must read nothing but its own range of units and shared values.
  static func findings(
    units count: Int, _ check: @Sendable (Range<Int>) -> [Finding]
  ) -> [Finding] {
    guard count >= minimumUnits else { return check(0..<count) }
    let middle = count / 2
    let (first, second) = ParallelWork(threads: 2).both(
      { check(0..<middle) }, { check(middle..<count) })
    return first + second
  }
}
