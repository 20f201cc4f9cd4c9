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

/// Runs of consecutive units of about equal text, for checks that read each unit alone.
enum UnitRanges {
  /// Runs per thread: enough that the threads finish together although the units' costs differ.
  static let piecesPerThread = 8

  /// The runs of `alignment`'s units, weighed by the bytes of their texts.
  static func ranges(of alignment: Alignment, threads: Int) -> [Range<Int>] {
    let units = alignment.units
    let (source, target) = (alignment.source.blocks, alignment.target.blocks)
    return ParallelWork(threads: threads).ranges(
      units.count,
      weight: { index in
        units[index].source.reduce(0) { $0 + source[$1].text.utf8.count }
          + units[index].target.reduce(0) { $0 + target[$1].text.utf8.count }
      }, piecesPerThread: piecesPerThread)
  }
}
