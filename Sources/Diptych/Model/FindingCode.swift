/// The stable code of a divergence check. Codes are part of the JSON contract: never rename one.
public enum FindingCode: String, Sendable, Hashable, Codable, CaseIterable {
  /// A numeric fact on one side with no equal counterpart on the other.
  case numberMismatch = "number-mismatch"
  /// Explicit calendar years on one side against relative years or a duration on the other.
  case yearConvention = "year-convention"
  /// A footnote reference or body on one side only.
  case footnoteMissing = "footnote-missing"
  /// The two sides number corresponding footnotes differently.
  case footnoteNumbering = "footnote-numbering"
  /// A heading, paragraph, list item, title or footnote with no counterpart.
  case unitMissing = "unit-missing"
  /// Paragraphs merged or split by the translator (an n:m unit).
  case unitMerged = "unit-merged"
  /// Labels that should correspond do not.
  case numberingMismatch = "numbering-mismatch"
  /// A list with a different number of items on each side.
  case listCount = "list-count"
  /// A target unit still in the source language, or identical to the source.
  case untranslated
  /// A unit far outside the calibrated length ratio.
  case lengthRatio = "length-ratio"
  /// A glossary term on one side without its equivalent on the other.
  case termMismatch = "term-mismatch"
}
