/// `unit-missing`: a title, heading, paragraph or list item with no counterpart.
/// Footnote bodies on one side only are reported by ``FootnoteCheck`` as `footnote-missing`.
struct UnitMissingCheck: DivergenceCheck {
  var codes: [FindingCode] { [.unitMissing] }

  func findings(in context: CheckContext) -> [Finding] {
    context.alignment.units.compactMap { unit -> Finding? in
      guard unit.source.isEmpty != unit.target.isEmpty else { return nil }
      let side: Side = unit.source.isEmpty ? .target : .source
      let other: Side = side == .source ? .target : .source
      let blocks = context.blocks(of: unit, side)
      guard let first = blocks.first, first.kind != .footnote else { return nil }
      let what =
        blocks.count == 1
        ? "\(first.kind.phrase) \(context.quote(first))"
        : "\(blocks.count) blocks from \(context.quote(first))"
      // A subtitle alone is part of a missing title, and says less than a missing paragraph.
      let severity: Severity = first.kind == .subtitle ? .warning : .error
      return context.finding(
        .unitMissing, severity, unit,
        "the \(context.name(side)) \(what) has no \(context.name(other)) counterpart",
        facts: blocks.compactMap { $0.label?.text })
    }
  }
}

extension BlockKind {
  /// How a message names a block of this kind.
  var phrase: String {
    switch self {
    case .title: "title"
    case .subtitle: "title line"
    case .heading: "heading"
    case .paragraph: "paragraph"
    case .listItem: "list item"
    case .footnote: "footnote"
    case .tableCell: "table cell"
    }
  }
}
