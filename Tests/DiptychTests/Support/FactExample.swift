import Testing

@testable import Diptych

/// One fact as a faithful translation states it, and each side with the number changed: the
/// examples of the fact-matching and number-mismatch tests.
struct FactExample: CustomTestStringConvertible, Sendable {
  var english: String
  var chinese: String
  var changedEnglish: String
  var changedChinese: String

  var testDescription: String { "\(english) = \(chinese)" }
}

extension FactExample {
  init(_ english: String, _ chinese: String, _ changedEnglish: String, _ changedChinese: String) {
    self.init(
      english: english, chinese: chinese, changedEnglish: changedEnglish,
      changedChinese: changedChinese)
  }

  /// The whole pipeline on a three-paragraph document whose middle paragraph states the fact.
  func run(english: String, chinese: String) -> PipelineResult {
    CheckFixture.framed("The report states \(english).", "报告指出，\(chinese)。")
  }

  /// Whether `result` has a number-mismatch error for a number the `side` version ("English" or
  /// "Chinese") alone writes, every fact it names in `changed` when that is given.
  static func reportsMismatch(
    _ result: PipelineResult, onlyIn side: String, changed: String? = nil
  ) -> Bool {
    result.findings.contains { finding in
      finding.code == .numberMismatch && finding.severity == .error
        && finding.message.hasSuffix("in the \(side) only")
        && (changed.map { text in finding.facts.allSatisfy { text.contains($0) } } ?? true)
    }
  }

  /// The facts of each text that the other does not match.
  static func unmatched(_ english: String, _ chinese: String) -> (source: [Fact], target: [Fact]) {
    FactMatcher.unmatched(
      source: FactExtractor.facts(in: english, language: .english),
      target: FactExtractor.facts(in: chinese, language: .simplifiedChinese))
  }

  /// Expects the whole pipeline to find nothing at warning or error on the faithful pair.
  func expectFaithfulHasNoFinding(sourceLocation: SourceLocation = #_sourceLocation) {
    let result = run(english: english, chinese: chinese)
    #expect(
      CheckFixture.serious(result).isEmpty, "\(CheckFixture.serious(result).map(\.message))",
      sourceLocation: sourceLocation)
  }

  /// Expects a number-mismatch error for a number the changed `side` ("English" or "Chinese")
  /// alone writes, naming only facts of the changed text when `namingChangedFacts`.
  func expectChangeReported(
    in side: String, namingChangedFacts: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let isEnglish = side == "English"
    let result =
      isEnglish
      ? run(english: changedEnglish, chinese: chinese)
      : run(english: english, chinese: changedChinese)
    let changed = namingChangedFacts ? (isEnglish ? changedEnglish : changedChinese) : nil
    #expect(
      Self.reportsMismatch(result, onlyIn: side, changed: changed),
      "\(result.findings.map(\.message))", sourceLocation: sourceLocation)
  }
}
