/// A block while it is being built from lines: its kind, label and the lines it holds.
struct RawBlock {
  var kind: BlockKind
  var label: Label?
  var lines: [SourceLine]
  var footnoteNumber: Int?
  var level: Int?
  /// Line numbers of lines holding only a number (possible footnote calls or page numbers).
  var loneNumberLines: Set<Int> = []

  var range: LineRange {
    let numbers = lines.flatMap { [$0.number, $0.through ?? $0.number] }
    return LineRange(numbers.min() ?? 0, numbers.max() ?? 0)
  }
}
