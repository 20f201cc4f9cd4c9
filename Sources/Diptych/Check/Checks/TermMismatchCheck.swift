/// `term-mismatch`: a glossary term on one side without any of its equivalents on the other.
///
/// English terms match as whole words, case-insensitively, plurals included ("permanent
/// observers" for "permanent observer"); Chinese terms match anywhere; a term inside a longer
/// term that matched does not count alone. Both directions are checked, once per entry and unit.
/// A Chinese term whose English has the head noun of an English term ("the Committee" for 外空委)
/// is a short reference, not a divergence: Chinese spells out what English refers back to.
struct TermMismatchCheck: DivergenceCheck {
  var glossary: Glossary
  var codes: [FindingCode] { [.termMismatch] }

  func findings(in context: CheckContext) -> [Finding] {
    let sourceIsEnglish = !context.alignment.source.language.isChinese
    let englishSide: Side = sourceIsEnglish ? .source : .target
    let chineseSide: Side = sourceIsEnglish ? .target : .source
    let englishTerms = glossary.entries.map(\.english)
    let chineseTerms = glossary.entries.map(\.chinese)
    var findings: [Finding] = []
    for unit in context.alignment.units where !unit.source.isEmpty && !unit.target.isEmpty {
      let englishText = context.texts(of: unit, englishSide).joined(separator: " ")
      let chineseText = context.texts(of: unit, chineseSide).joined()
      let english = TermOccurrences(text: englishText, terms: englishTerms, wholeWords: true)
      let chinese = TermOccurrences(text: chineseText, terms: chineseTerms, wholeWords: false)
      for (index, entry) in glossary.entries.enumerated() {
        switch (english.found[index], chinese.found[index]) {
        case (let term?, nil):
          findings.append(
            context.finding(
              .termMismatch, .warning, unit,
              "'\(term)' is not rendered as '\(entry.chinese.joined(separator: "' or '"))'"
                + " in the \(context.name(chineseSide))",
              facts: [term] + entry.chinese))
        case (nil, let term?) where !refersBack(to: entry, in: englishText):
          findings.append(
            context.finding(
              .termMismatch, .warning, unit,
              "'\(term)' in the \(context.name(chineseSide))"
                + " has no '\(entry.english.joined(separator: "' or '"))'"
                + " in the \(context.name(englishSide))",
              facts: [term] + entry.english))
        default:
          continue
        }
      }
    }
    return findings
  }

  /// Whether the English names the entry by the head noun of one of its terms of several words.
  private func refersBack(to entry: Glossary.Entry, in english: String) -> Bool {
    // The head noun comes before a preposition ("Committee on the …", "Office for …"), else last.
    let heads = entry.english.compactMap { term -> String? in
      let words = term.split(separator: " ").map(String.init)
      guard words.count > 1 else { return nil }
      let preposition = words.firstIndex {
        ["on", "of", "for", "in", "to"].contains($0.lowercased())
      }
      return preposition.map { $0 > 0 ? words[$0 - 1] : words[0] } ?? words.last
    }
    return TermOccurrences(text: english, terms: [heads], wholeWords: true).found[0] != nil
  }
}
