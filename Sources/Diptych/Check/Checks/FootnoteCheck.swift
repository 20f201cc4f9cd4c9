/// `footnote-numbering` and `footnote-missing`: footnote calls paired within aligned units, in
/// order. A constant difference between paired numbers is reported once per document with the
/// offset; calls or bodies left without a partner are reported one by one.
struct FootnoteCheck: DivergenceCheck {
  var codes: [FindingCode] { [.footnoteNumbering, .footnoteMissing] }

  func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    var paired: [(unit: AlignmentUnit, source: Int, target: Int)] = []
    for unit in context.alignment.units {
      let source = context.blocks(of: unit, .source).flatMap(\.footnoteReferences).map(\.number)
      let target = context.blocks(of: unit, .target).flatMap(\.footnoteReferences).map(\.number)
      let common = min(source.count, target.count)
      for index in 0..<common { paired.append((unit, source[index], target[index])) }
      for number in source.dropFirst(common) {
        findings.append(missing(context, unit, number: number, on: .source))
      }
      for number in target.dropFirst(common) {
        findings.append(missing(context, unit, number: number, on: .target))
      }
      // Footnote bodies with no counterpart.
      if unit.source.isEmpty != unit.target.isEmpty {
        let side: Side = unit.source.isEmpty ? .target : .source
        for block in context.blocks(of: unit, side) where block.kind == .footnote {
          let other = context.name(side.other)
          findings.append(
            context.finding(
              .footnoteMissing, .error, unit,
              "the text of \(context.name(side)) footnote \(block.footnoteNumber.map(String.init) ?? "?") has no \(other) counterpart",
              facts: ["footnote \(block.footnoteNumber.map(String.init) ?? "?")"], about: side))
        }
      }
    }
    let differing = paired.filter { $0.source != $0.target }
    if let first = differing.first {
      let offsets = Set(differing.map { $0.target - $0.source })
      let sources = differing.map(\.source)
      let targets = differing.map(\.target)
      let message: String
      if offsets.count == 1, let offset = offsets.first {
        message =
          "\(context.name(.source)) footnotes \(range(sources)) are numbered \(range(targets)) in the \(context.name(.target)) (offset \(offset > 0 ? "+" : "")\(offset))"
      } else {
        message =
          "\(differing.count) footnotes are numbered differently: "
          + differing.prefix(6).map { "\($0.source)→\($0.target)" }.joined(separator: ", ")
      }
      findings.append(
        context.finding(
          .footnoteNumbering, .warning, first.unit, message,
          facts: differing.map { "\($0.source)=\($0.target)" }))
    }
    return findings
  }

  private func missing(_ context: CheckContext, _ unit: AlignmentUnit, number: Int, on side: Side)
    -> Finding
  {
    let other = side.other
    return context.finding(
      .footnoteMissing, .error, unit,
      "\(context.name(side)) footnote \(number) has no \(context.name(other)) counterpart",
      facts: ["footnote \(number)"], about: side)
  }

  private func range(_ numbers: [Int]) -> String {
    guard let first = numbers.first, let last = numbers.last else { return "" }
    let consecutive = zip(numbers, numbers.dropFirst()).allSatisfy { $1 == $0 + 1 }
    if numbers.count == 1 { return "\(first)" }
    return consecutive ? "\(first)–\(last)" : numbers.map(String.init).joined(separator: ", ")
  }
}
