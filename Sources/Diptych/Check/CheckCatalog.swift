/// Every divergence check, in the order they run.
///
/// The catalog is the one list of checks: `Checker` runs what it makes, and `FindingCode.check`
/// names the entry that reports each code. Both switches are exhaustive, so the compiler refuses a
/// new code without a check, or a new entry without an implementation. Checks stay internal: their
/// codes are a closed, documented set that the JSON contract names.
enum CheckCatalog: CaseIterable, Sendable {
  case unitMissing, unitMerged, numberingMismatch, footnotes, listCount, yearConvention
  case numberMismatch, untranslated, lengthRatio, termMismatch

  /// The check, or nil where it cannot run with these options (term-mismatch needs a glossary).
  func check(glossary: Glossary?) -> (any DivergenceCheck)? {
    switch self {
    case .unitMissing: UnitMissingCheck()
    case .unitMerged: UnitMergedCheck()
    case .numberingMismatch: NumberingMismatchCheck()
    case .footnotes: FootnoteCheck()
    case .listCount: ListCountCheck()
    case .yearConvention: YearConventionCheck()
    case .numberMismatch: NumberMismatchCheck()
    case .untranslated: UntranslatedCheck()
    case .lengthRatio: LengthRatioCheck()
    case .termMismatch: glossary.map { TermMismatchCheck(glossary: $0) }
    }
  }
}

extension FindingCode {
  /// The catalog entry whose check reports this code.
  var check: CheckCatalog {
    switch self {
    case .unitMissing: .unitMissing
    case .unitMerged: .unitMerged
    case .numberingMismatch: .numberingMismatch
    case .footnoteMissing, .footnoteNumbering: .footnotes
    case .listCount: .listCount
    case .yearConvention: .yearConvention
    case .numberMismatch: .numberMismatch
    case .untranslated: .untranslated
    case .lengthRatio: .lengthRatio
    case .termMismatch: .termMismatch
    }
  }
}
