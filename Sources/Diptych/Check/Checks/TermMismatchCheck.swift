import Foundation

/// `term-mismatch`: a glossary term on one side without its required equivalent on the other.
struct TermMismatchCheck: DivergenceCheck {
  var glossary: Glossary
  var codes: [FindingCode] { [.termMismatch] }

  func findings(in context: CheckContext) -> [Finding] {
    let sourceIsEnglish = !context.alignment.source.language.isChinese
    var findings: [Finding] = []
    for unit in context.alignment.units where !unit.source.isEmpty && !unit.target.isEmpty {
      let source = context.blocks(of: unit, .source).map(\.text).joined(separator: " ")
      let target = context.blocks(of: unit, .target).map(\.text).joined(separator: " ")
      let (english, chinese) = sourceIsEnglish ? (source, target) : (target, source)
      let lowered = english.lowercased()
      for entry in glossary.entries {
        guard let term = entry.english.first(where: { Self.containsWord(lowered, $0.lowercased()) }) else { continue }
        guard !entry.chinese.contains(where: { chinese.contains($0) }) else { continue }
        findings.append(
          context.finding(
            .termMismatch, .warning, unit,
            "'\(term)' is not rendered as '\(entry.chinese.joined(separator: "' or '"))' in the Chinese",
            facts: [term] + entry.chinese))
      }
    }
    return findings
  }

  /// Whether `text` holds `term` as whole words.
  static func containsWord(_ text: String, _ term: String) -> Bool {
    var searchStart = text.startIndex
    while let range = text.range(of: term, range: searchStart..<text.endIndex) {
      let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
      searchStart = range.upperBound
    }
    return false
  }
}
