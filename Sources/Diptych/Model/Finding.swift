/// A divergence between the two versions, found by a check: data, not an error.
public struct Finding: Sendable, Hashable, Codable {
  /// The check's stable code.
  public var code: FindingCode
  /// How much it matters.
  public var severity: Severity
  /// The id of the alignment unit it is about.
  public var unit: String
  /// What a translator reads: "'2017' appears in the English only".
  public var message: String
  /// The facts involved, as printed in the text ("2017", "第一年", "footnote 7").
  public var facts: [String]
  /// The source lines involved, if the source side has any.
  public var sourceLines: LineRange?
  /// The target lines involved, if the target side has any.
  public var targetLines: LineRange?
  /// The version the finding is about when only one is (a number, a footnote or a unit found on
  /// that side alone); nil when both sides matter. Printed locations point at this side's file.
  public var side: Side?
  /// A key that identifies the finding across runs and small edits elsewhere (for suppressions).
  public var key: String

  /// Creates a finding.
  public init(
    code: FindingCode, severity: Severity, unit: String, message: String, facts: [String] = [],
    sourceLines: LineRange? = nil, targetLines: LineRange? = nil, side: Side? = nil,
    key: String = ""
  ) {
    self.code = code
    self.severity = severity
    self.unit = unit
    self.message = message
    self.facts = facts
    self.sourceLines = sourceLines
    self.targetLines = targetLines
    self.side = side
    self.key = key
  }
}
