/// A block while it is being built from lines: its kind, label and the lines it holds.
struct RawBlock {
  var kind: BlockKind
  var label: Label?
  var lines: [SourceLine]
  var footnoteNumber: Int?
  var level: Int?
  /// Line numbers of lines holding only a number (possible footnote calls or page numbers).
  var loneNumberLines: Set<Int> = []
  /// The first line's text after its label, as the label parser found it: joining needs it, and
  /// parsing the line again would find it again.
  var labelRest: String? = nil

  var range: LineRange {
    let numbers = lines.flatMap { [$0.number, $0.through ?? $0.number] }
    return LineRange(numbers.min() ?? 0, numbers.max() ?? 0)
  }
}

extension RawBlock {
  /// What finishing a block needs of its raw block once its lines are joined: no lines, so that
  /// blocks kept or set aside for the last pass hold their text once.
  struct Summary: Hashable {
    var kind: BlockKind
    var label: Label?
    var footnoteNumber: Int?
    var level: Int?
    var range: LineRange
    /// The first line holding only a number, where a page number left in the text was.
    var firstLoneNumberLine: Int?
  }

  var summary: Summary {
    Summary(
      kind: kind, label: label, footnoteNumber: footnoteNumber, level: level, range: range,
      firstLoneNumberLine: loneNumberLines.min())
  }
}
