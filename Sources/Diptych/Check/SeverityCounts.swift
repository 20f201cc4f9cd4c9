/// How many findings there are of each severity, and the one rule for a `--fail-on` threshold
/// (`contains(severityAtLeast:)`): a finding counts when its severity is at or above it.
package struct SeverityCounts: Sendable, Hashable {
  private var counts: [Severity: Int] = [:]

  /// No findings.
  public init() {}

  /// The counts of `findings`.
  public init(_ findings: some Sequence<Finding>) {
    for finding in findings { counts[finding.severity, default: 0] += 1 }
  }

  /// The number of findings of one severity.
  public subscript(severity: Severity) -> Int {
    get { counts[severity] ?? 0 }
    set { counts[severity] = newValue }
  }

  /// Adds another set of counts.
  public static func += (lhs: inout SeverityCounts, rhs: SeverityCounts) {
    for severity in Severity.allCases { lhs[severity] += rhs[severity] }
  }

  /// "6 errors, 4 warnings, 1 info": most severe first, the way summaries print them.
  public var description: String {
    Severity.mostSevereFirst.map { severity in
      let count = self[severity]
      return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
    }.joined(separator: ", ")
  }
}

extension Severity {
  /// The severities from the most serious down, the order summaries list them in.
  public static let mostSevereFirst: [Severity] = allCases.sorted(by: >)
}

extension Sequence<Finding> {
  /// Whether any finding is at or above `threshold`: what makes `check` and `batch` exit 1.
  public func contains(severityAtLeast threshold: Severity) -> Bool {
    contains { $0.severity >= threshold }
  }
}
