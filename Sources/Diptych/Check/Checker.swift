/// Runs the divergence checks over an alignment and returns the findings in document order.
public struct Checker: Sendable {
  /// What to check and what to leave out.
  public struct Options: Sendable {
    /// Codes not to report.
    public var ignored: Set<FindingCode>
    /// Findings accepted earlier.
    public var suppressions: Suppressions
    /// A glossary for `term-mismatch`; the check runs only with one.
    public var glossary: Glossary?

    /// Creates options.
    public init(
      ignored: Set<FindingCode> = [], suppressions: Suppressions = Suppressions(keys: []),
      glossary: Glossary? = nil
    ) {
      self.ignored = ignored
      self.suppressions = suppressions
      self.glossary = glossary
    }
  }

  /// The options.
  public var options: Options

  /// Creates a checker.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// The checks that run: the whole catalog, less what these options cannot run.
  var checks: [any DivergenceCheck] {
    CheckCatalog.allCases.compactMap { $0.check(glossary: options.glossary) }
  }

  /// The findings on `alignment`, ordered by unit, then severity (errors first), then code.
  public func findings(for alignment: Alignment) -> [Finding] {
    let context = CheckContext(alignment: alignment)
    let order = Dictionary(uniqueKeysWithValues: alignment.units.enumerated().map { ($1.id, $0) })
    let units = Dictionary(uniqueKeysWithValues: alignment.units.map { ($0.id, $0) })
    var findings: [Finding] = []
    for check in checks where !Set(check.codes).isSubset(of: options.ignored) {
      for var finding in check.findings(in: context) where !options.ignored.contains(finding.code) {
        finding.key = Self.key(of: finding, unit: units[finding.unit], in: context)
        if !options.suppressions.keys.contains(finding.key) { findings.append(finding) }
      }
    }
    return findings.sorted { a, b in
      let (ua, ub) = (order[a.unit] ?? 0, order[b.unit] ?? 0)
      if ua != ub { return ua < ub }
      if a.severity != b.severity { return a.severity > b.severity }
      return a.code.rawValue < b.code.rawValue
    }
  }

  /// A key that identifies a finding by its code, facts and unit text, not by position.
  static func key(of finding: Finding, unit: AlignmentUnit?, in context: CheckContext) -> String {
    guard let unit else { return finding.code.rawValue }
    var hasher = FNV1a()
    for side in Side.allCases {
      for block in context.blocks(of: unit, side) {
        hasher.combine(block.text.lowercased().filter { $0.isLetter || $0.isNumber })
      }
      hasher.combine("|")
    }
    hasher.combine(finding.facts.joined(separator: ","))
    hasher.combine(finding.message)
    return "\(finding.code.rawValue):\(hasher.hex)"
  }
}
