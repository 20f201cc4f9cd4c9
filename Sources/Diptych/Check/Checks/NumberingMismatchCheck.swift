/// `numbering-mismatch`: labels that should correspond do not — headings II–IV numbered 一–三,
/// paragraph 8 numbered 7 after an omission. One finding per run of units with the same offset,
/// kept per numbering family: headings between paragraphs do not cut the paragraphs' run (an
/// omission renumbers every later paragraph, whatever headings lie between), nor paragraphs the
/// headings'.
struct NumberingMismatchCheck: DivergenceCheck {
  var codes: [FindingCode] { [.numberingMismatch] }

  /// Label styles whose values count the same things, so their values must agree.
  private enum Family: Hashable {
    case outline, paragraph, item
  }

  private func family(_ style: LabelStyle) -> Family? {
    switch style {
    case .upperRoman, .chineseNumeral, .upperLetter, .chineseOrdinalSection: .outline
    case .arabic: .paragraph
    case .lowerLetter, .lowerRoman, .parenthesizedArabic, .parenthesizedChineseNumeral: .item
    case .relativeYear, .calendarYear, .englishRelativeYear, .bullet: nil
    }
  }

  func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    var runs: [Family: (offset: Int, units: [(AlignmentUnit, Label, Label)])] = [:]
    var unlabelled: [Side: Int] = [:]

    func flush(_ family: Family) {
      guard let current = runs[family], let (first, _, _) = current.units.first else { return }
      let sourceLabels = current.units.map(\.1.text)
      let targetLabels = current.units.map(\.2.text)
      let what = family == .outline ? "headings" : family == .paragraph ? "paragraphs" : "items"
      let message =
        "\(context.name(.source)) \(what) \(span(sourceLabels)) are numbered "
        + "\(span(targetLabels)) in the \(context.name(.target))"
      findings.append(
        context.finding(
          .numberingMismatch, .warning, first, message, facts: sourceLabels + targetLabels))
      runs[family] = nil
    }

    for unit in context.alignment.units {
      let source = context.blocks(of: unit, .source)
      let target = context.blocks(of: unit, .target)
      guard source.count == 1, target.count == 1 else { continue }
      switch (source[0].label, target[0].label) {
      case (let s?, let t?):
        guard let family = family(s.style), family == self.family(t.style) else { continue }
        let offset = t.value - s.value
        if let current = runs[family], current.offset == offset {
          runs[family]?.units.append((unit, s, t))
          continue
        }
        flush(family)
        if offset != 0 { runs[family] = (offset, [(unit, s, t)]) }
      case (_?, nil) where source[0].kind == .paragraph: unlabelled[.target, default: 0] += 1
      case (nil, _?) where target[0].kind == .paragraph: unlabelled[.source, default: 0] += 1
      default: continue
      }
    }
    for family in [Family.outline, .paragraph, .item] { flush(family) }
    // Numbers lost in extraction are common and harmless; said once, as information.
    for (side, count) in unlabelled.sorted(by: { $0.key.rawValue < $1.key.rawValue })
    where count >= 3 {
      if let unit = context.alignment.units.first(where: {
        !$0.source.isEmpty && !$0.target.isEmpty
      }) {
        findings.append(
          context.finding(
            .numberingMismatch, .info, unit,
            "\(count) \(context.name(side)) paragraphs carry no paragraph number where the other "
              + "version numbers them"
          ))
      }
    }
    return findings
  }

  private func span(_ labels: [String]) -> String {
    let trimmed = labels.map { $0.trimmingCharacters(in: ".、") }
    guard let first = trimmed.first, let last = trimmed.last else { return "" }
    return trimmed.count == 1 ? first : "\(first)–\(last)"
  }
}
