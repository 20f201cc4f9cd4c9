/// `number-mismatch`: a numeric fact on one side of a unit with no equal counterpart on the other
/// ("'2017' appears in the English only"). Relative years and durations belong to the year
/// convention: explicit years on one side against relative years on the other are reported as
/// `year-convention`, not as numbers.
struct NumberMismatchCheck: DivergenceCheck {
  var codes: [FindingCode] { [.numberMismatch, .yearConvention] }

  func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for unit in context.alignment.units where !unit.source.isEmpty && !unit.target.isEmpty {
      let source = facts(context, unit, .source)
      let target = facts(context, unit, .target)
      let (onlySource, onlyTarget) = FactMatcher.unmatched(source: source, target: target)
      let relativeKinds: Set<FactKind> = [.relativeYear, .duration]
      let sourceRelative = onlySource.filter { relativeKinds.contains($0.kind) }
      let targetRelative = onlyTarget.filter { relativeKinds.contains($0.kind) }
      let sourceYears = onlySource.filter { $0.kind == .year || $0.kind == .yearRange }
      let targetYears = onlyTarget.filter { $0.kind == .year || $0.kind == .yearRange }
      var explained: Set<Fact> = []
      // Explicit years against relative years in running text.
      for (years, relative, yearSide) in [(sourceYears, targetRelative, Side.source), (targetYears, sourceRelative, Side.target)]
      where !years.isEmpty && !relative.isEmpty {
        let relativeSide: Side = yearSide == .source ? .target : .source
        findings.append(
          context.finding(
            .yearConvention, .warning, unit,
            "the \(context.name(yearSide)) states the years \(list(years)) where the \(context.name(relativeSide)) counts \(list(relative))",
            facts: (years + relative).map(\.text)))
        explained.formUnion(years)
      }
      for (facts, side) in [(onlySource, Side.source), (onlyTarget, Side.target)] {
        for fact in facts where !relativeKinds.contains(fact.kind) && !explained.contains(fact) {
          findings.append(
            context.finding(
              .numberMismatch, .error, unit, "'\(fact.text)' appears in the \(context.name(side)) only",
              facts: [fact.text]))
        }
      }
    }
    return findings
  }

  private func facts(_ context: CheckContext, _ unit: AlignmentUnit, _ side: Side) -> [Fact] {
    let language = context.document(side).language
    return context.blocks(of: unit, side).flatMap { FactExtractor.facts(in: $0.text, language: language) }
  }

  private func list(_ facts: [Fact]) -> String {
    facts.map { "'\($0.text)'" }.joined(separator: ", ")
  }
}
