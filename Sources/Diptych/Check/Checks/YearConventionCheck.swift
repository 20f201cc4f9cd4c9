/// `year-convention`: explicit calendar years on one side against relative years or a duration on
/// the other ("2022 … 2026" against "第一年 … 第五年" and "五年期"). Relative on both sides is
/// not a finding. Says which side uses which, and whether the counts agree.
struct YearConventionCheck: DivergenceCheck {
  var codes: [FindingCode] { [.yearConvention] }

  func findings(in context: CheckContext) -> [Finding] {
    let lists = (
      source: ListStructure(context.alignment.source),
      target: ListStructure(context.alignment.target)
    )
    var findings: [Finding] = []
    for unit in context.alignment.units where !unit.source.isEmpty && !unit.target.isEmpty {
      let sourceItems = lists.source.items(of: unit.source).map {
        context.alignment.source.blocks[$0]
      }
      let targetItems = lists.target.items(of: unit.target).map {
        context.alignment.target.blocks[$0]
      }
      let sourceYears = sourceItems.compactMap { $0.label }.filter { $0.style.isYearPlan }
      let targetYears = targetItems.compactMap { $0.label }.filter { $0.style.isYearPlan }
      guard !sourceYears.isEmpty, !targetYears.isEmpty else { continue }
      let sourceAbsolute = sourceYears.allSatisfy { $0.style == .calendarYear }
      let targetAbsolute = targetYears.allSatisfy { $0.style == .calendarYear }
      guard sourceAbsolute != targetAbsolute else { continue }
      let (absoluteSide, relativeSide) =
        sourceAbsolute ? (Side.source, Side.target) : (.target, .source)
      let absolute = sourceAbsolute ? sourceYears : targetYears
      let relative = sourceAbsolute ? targetYears : sourceYears
      let relativeText = context.texts(of: unit, relativeSide).joined()
      let duration = Self.duration(in: relativeText)
      var message =
        "the \(context.name(absoluteSide)) plans by calendar years \(span(absolute)) where the "
        + "\(context.name(relativeSide)) counts relative years \(span(relative))"
      if let duration { message += " (a '\(duration)' plan)" }
      let counted = absolute.count == relative.count
      message +=
        counted
        ? "; both count \(absolute.count) years"
        : "; the counts differ: \(absolute.count) against \(relative.count)"
      findings.append(
        context.finding(
          .yearConvention, counted ? .warning : .error, unit, message,
          facts: absolute.map(\.text) + relative.map(\.text) + (duration.map { [$0] } ?? [])))
    }
    return findings
  }

  private func span(_ labels: [Label]) -> String {
    let texts = labels.map {
      $0.style == .calendarYear ? String($0.value) : $0.text.trimmingCharacters(in: "：:")
    }
    guard let first = texts.first, let last = texts.last else { return "" }
    return texts.count == 1 ? first : "\(first)–\(last)"
  }

  /// A duration stated in the text: "五年期", "five-year".
  static func duration(in text: String) -> String? {
    let characters = Array(text)
    for index in characters.indices
    where characters[index] == "期" && index >= 2 && characters[index - 1] == "年" {
      let numeral = characters[..<(index - 1)].reversed().prefix {
        ChineseNumeral.isNumeralCharacter($0) || $0.isASCIIDigit
      }
      if !numeral.isEmpty { return String(numeral.reversed()) + "年期" }
    }
    for word in ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    where text.lowercased().contains("\(word)-year") {
      return "\(word)-year"
    }
    return nil
  }
}
