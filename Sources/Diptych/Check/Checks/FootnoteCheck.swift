/// `footnote-numbering` and `footnote-missing`: footnote calls paired within aligned units, in
/// order. A constant difference between paired numbers is reported once per document with the
/// offset; calls or bodies left without a partner are reported one by one.
struct FootnoteCheck: DivergenceCheck {
  var codes: [FindingCode] { [.footnoteNumbering, .footnoteMissing] }

  func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    var paired: [(unit: AlignmentUnit, source: Int, target: Int)] = []
    let units = context.alignment.units
    let calls = units.map { unit in
      (
        source: context.footnoteCalls(of: unit, .source),
        target: context.footnoteCalls(of: unit, .target)
      )
    }
    let bodyPartner = Self.bodyPartners(context)
    let neighbourOffsets = Self.neighbourOffsets(calls)
    for (index, unit) in units.enumerated() {
      let (source, target) = calls[index]
      let pairing = FootnoteCallPairing(
        bodyPartner: bodyPartner, neighbourOffsets: neighbourOffsets[index])
      let pairs = pairing.pairs(source: source, target: target)
      for pair in pairs { paired.append((unit, source[pair.source], target[pair.target])) }
      let pairedSource = Set(pairs.map(\.source))
      let pairedTarget = Set(pairs.map(\.target))
      for (position, number) in source.enumerated() where !pairedSource.contains(position) {
        findings.append(missing(context, unit, number: number, on: .source))
      }
      for (position, number) in target.enumerated() where !pairedTarget.contains(position) {
        findings.append(missing(context, unit, number: number, on: .target))
      }
      // Footnote bodies with no counterpart.
      if unit.source.isEmpty != unit.target.isEmpty {
        let side: Side = unit.source.isEmpty ? .target : .source
        for block in context.blocks(of: unit, side) where block.kind == .footnote {
          let other = context.name(side.other)
          let number = block.footnoteNumber.map(String.init) ?? "?"
          findings.append(
            context.finding(
              .footnoteMissing, .error, unit,
              "the text of \(context.name(side)) footnote \(number) has no \(other) counterpart",
              facts: ["footnote \(number)"], about: side))
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
          "\(context.name(.source)) footnotes \(range(sources)) are numbered \(range(targets))"
          + " in the \(context.name(.target)) (offset \(offset > 0 ? "+" : "")\(offset))"
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

  /// Source footnote number → target footnote number, for bodies the aligner paired one to one.
  private static func bodyPartners(_ context: CheckContext) -> [Int: Int] {
    var partners: [Int: Int] = [:]
    for unit in context.alignment.units {
      let source = context.blocks(of: unit, .source).compactMap(\.footnoteNumber)
      let target = context.blocks(of: unit, .target).compactMap(\.footnoteNumber)
      if source.count == 1, target.count == 1 { partners[source[0]] = target[0] }
    }
    return partners
  }

  /// For each unit, the numbering offsets of the nearest units before and after it whose calls
  /// pair without doubt (as many on each side), found in one pass each way.
  private static func neighbourOffsets(_ calls: [(source: [Int], target: [Int])]) -> [Set<Int>] {
    let own: [[Int]?] = calls.map { unit in
      guard !unit.source.isEmpty, unit.source.count == unit.target.count else { return nil }
      return zip(unit.source, unit.target).map { $1 - $0 }
    }
    var before = [[Int]](repeating: [], count: calls.count)
    var last: [Int] = []
    for index in calls.indices {
      before[index] = last
      if let offsets = own[index] { last = offsets }
    }
    var result = [Set<Int>](repeating: [], count: calls.count)
    last = []
    for index in calls.indices.reversed() {
      result[index] = Set(before[index] + last)
      if let offsets = own[index] { last = offsets }
    }
    return result
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
