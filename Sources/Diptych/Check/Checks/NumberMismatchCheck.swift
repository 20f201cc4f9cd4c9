/// `number-mismatch`: a numeric fact on one side of a unit with no equal counterpart on the other
/// ("'2017' appears in the English only"). Explicit years on one side against relative years or
/// durations on the other are reported as `year-convention`, not as numbers; a duration left over
/// otherwise ("a term of 10 years" against 12年) is a number like any other.
struct NumberMismatchCheck: DivergenceCheck {
  var codes: [FindingCode] { [.numberMismatch, .yearConvention] }

  /// Blocks of a unit compared together, by index on each side.
  private struct Group {
    var source: [Int]
    var target: [Int]
  }

  /// Units are compared one by one, each alone.
  func findings(in context: CheckContext) -> [Finding] {
    findings(in: context.alignment.units.indices, context, Shared(context))
  }

  /// Runs of units of about equal text, checked at once on a large alignment.
  func pieces(in context: CheckContext) -> [CheckPiece] {
    let shared = Shared(context)
    return UnitRanges.ranges(of: context.alignment, threads: context.threads).map { range in
      CheckPiece { findings(in: range, context, shared) }
    }
  }

  private func findings(in range: Range<Int>, _ context: CheckContext, _ shared: Shared)
    -> [Finding]
  {
    var findings: [Finding] = []
    for unit in context.alignment.units[range] where !unit.source.isEmpty && !unit.target.isEmpty {
      for part in context.parts(of: unit) {
        let group = Group(source: part.source, target: part.target)
        findings += self.findings(in: group, of: unit, context, shared)
      }
    }
    return findings
  }

  /// What every unit's comparison reads: the list items of each side, built once per document,
  /// and the document's numbered bodies, read when a paragraph first numbers one.
  private struct Shared: Sendable {
    var lists: Lists
    var bodies: NumberedBodies.OnDemand

    init(_ context: CheckContext) {
      lists = Lists(
        source: ListStructure(context.alignment.source),
        target: ListStructure(context.alignment.target))
      bodies = NumberedBodies.OnDemand(context.alignment)
    }
  }

  /// The list items of each side.
  private struct Lists {
    var source: ListStructure
    var target: ListStructure
  }

  private func findings(
    in group: Group, of unit: AlignmentUnit, _ context: CheckContext, _ shared: Shared
  ) -> [Finding] {
    // Each block's scalars, read once for its facts, its contextual years and its names.
    let sourceTexts = group.source.map { ScalarText(context.alignment.source.blocks[$0].text) }
    let targetTexts = group.target.map { ScalarText(context.alignment.target.blocks[$0].text) }
    let (source, target) = NumberedBodies.firming(
      source: facts(sourceTexts, context.alignment.source.language),
      target: facts(targetTexts, context.alignment.target.language), bodies: shared.bodies)
    // No fact on either side: nothing to compare, no year convention to say.
    if source.isEmpty && target.isEmpty { return [] }
    let (sourceNames, targetNames) = names(context, group, sourceTexts, targetTexts)
    let (matchedSource, matchedTarget) = FactMatcher.unmatched(
      source: source, target: target, sourceNames: sourceNames, targetNames: targetNames)
    let onlySource = ContextualYears.closing(
      matchedSource, count: contextualYears(targetTexts, context.alignment.target.language),
      otherLeftovers: matchedTarget)
    let onlyTarget = ContextualYears.closing(
      matchedTarget, count: contextualYears(sourceTexts, context.alignment.source.language),
      otherLeftovers: matchedSource)
    let relativeKinds: Set<FactKind> = [.relativeYear, .duration]
    let sourceRelative = onlySource.filter { relativeKinds.contains($0.kind) }
    let targetRelative = onlyTarget.filter { relativeKinds.contains($0.kind) }
    let sourceYears = onlySource.filter { $0.kind == .year || $0.kind == .yearRange }
    let targetYears = onlyTarget.filter { $0.kind == .year || $0.kind == .yearRange }
    var findings: [Finding] = []
    var explained: Set<Fact> = []
    // Explicit years against relative years in running text.
    for (years, relative, yearSide) in [
      (sourceYears, targetRelative, Side.source), (targetYears, sourceRelative, Side.target),
    ]
    where !years.isEmpty && !relative.isEmpty {
      let relativeSide = yearSide.other
      findings.append(
        context.finding(
          .yearConvention, .warning, unit,
          "the \(context.name(yearSide)) states the years \(list(years)) where the "
            + "\(context.name(relativeSide)) counts \(list(relative))",
          facts: (years + relative).map(\.text), sourceBlocks: group.source,
          targetBlocks: group.target))
      explained.formUnion(years + relative)
    }
    // A plan's length ("五年期") against list items labelled by calendar years is the year
    // convention's, which `YearConventionCheck` reports.
    for (relative, otherSide) in [(sourceRelative, Side.target), (targetRelative, Side.source)]
    where !relative.isEmpty
      && plansByCalendarYears(
        context, otherSide == .source ? group.source : group.target, otherSide,
        otherSide == .source ? shared.lists.source : shared.lists.target)
    {
      explained.formUnion(relative)
    }
    // Relative years are the year convention's, unless both sides count them and differ ("Year 1"
    // against 第四年).
    let countsRelativeYears =
      onlySource.contains { $0.kind == .relativeYear }
      && onlyTarget.contains { $0.kind == .relativeYear }
    for (facts, side) in [(onlySource, Side.source), (onlyTarget, Side.target)] {
      for fact in facts
      where (fact.kind != .relativeYear || countsRelativeYears) && !explained.contains(fact) {
        findings.append(
          context.finding(
            .numberMismatch, .error, unit,
            "'\(fact.text)' appears in the \(context.name(side)) only",
            facts: [fact.text], sourceBlocks: group.source, targetBlocks: group.target, about: side)
        )
      }
    }
    return findings
  }

  private func facts(_ texts: [ScalarText], _ language: Language) -> [(
    facts: [Fact], text: ScalarText
  )] {
    texts.map { (FactExtractor.facts(in: $0, language: language), $0) }
  }

  /// Whether the list items under these blocks are labelled by calendar years ("2022
  /// (Stocktaking)").
  private func plansByCalendarYears(
    _ context: CheckContext, _ blocks: [Int], _ side: Side, _ lists: ListStructure
  ) -> Bool {
    let document = context.document(side)
    return lists.items(of: blocks).contains { document.blocks[$0].label?.style == .calendarYear }
  }

  private func contextualYears(_ texts: [ScalarText], _ language: Language) -> Int {
    texts.reduce(0) { $0 + ContextualYears.count(in: $1, language: language) }
  }

  /// The numbers each side writes inside names more often than the other, and the footnote calls
  /// it has that the other lacks: a number the reader took for a call on one side is still the
  /// same number.
  private func names(
    _ context: CheckContext, _ group: Group, _ sourceTexts: [ScalarText],
    _ targetTexts: [ScalarText]
  ) -> (source: Set<String>, target: Set<String>) {
    var sourceCalls = group.source.flatMap {
      context.alignment.source.blocks[$0].footnoteReferences.map(\.number)
    }
    var targetCalls = group.target.flatMap {
      context.alignment.target.blocks[$0].footnoteReferences.map(\.number)
    }
    for number in Set(sourceCalls) {
      let common = min(sourceCalls.count { $0 == number }, targetCalls.count { $0 == number })
      for _ in 0..<common {
        sourceCalls.remove(at: sourceCalls.firstIndex(of: number) ?? 0)
        targetCalls.remove(at: targetCalls.firstIndex(of: number) ?? 0)
      }
    }
    let sourceCounts = sourceTexts.reduce(into: [:]) {
      $0.merge(NameNumbers.counts(in: $1), uniquingKeysWith: +)
    }
    let targetCounts = targetTexts.reduce(into: [:]) {
      $0.merge(NameNumbers.counts(in: $1), uniquingKeysWith: +)
    }
    return (
      NameNumbers.surplus(of: sourceCounts, over: targetCounts).union(sourceCalls.map(String.init)),
      NameNumbers.surplus(of: targetCounts, over: sourceCounts).union(targetCalls.map(String.init))
    )
  }

  private func list(_ facts: [Fact]) -> String {
    facts.map { "'\($0.text)'" }.joined(separator: ", ")
  }
}
