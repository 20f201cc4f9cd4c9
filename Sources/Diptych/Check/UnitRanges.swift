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
