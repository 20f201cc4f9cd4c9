/// The totals of a batch and the table `diptych batch` prints at the end.
public struct BatchSummary: Sendable, Hashable {
  /// One pair's line of the table.
  public struct Row: Sendable, Hashable {
    public var id: String
    public var failed: Bool
    public var units: Int
    public var matched: Int
    public var errors: Int
    public var warnings: Int
    public var infos: Int
  }

  /// Findings at or above this severity make a pair count as failing the check.
  public var failOn: Severity
  /// One row per pair, in input order.
  public private(set) var rows: [Row] = []
  /// The pairs that could not be processed.
  public private(set) var failed = 0
  /// The pairs with findings at or above `failOn`.
  public private(set) var flagged = 0

  /// An empty summary.
  public init(failOn: Severity) { self.failOn = failOn }

  /// Counts one result.
  public mutating func add(_ result: BatchResult) {
    if result.status == .failed { failed += 1 }
    if result.hasFindings(atLeast: failOn) { flagged += 1 }
    rows.append(
      Row(
        id: result.id, failed: result.status == .failed, units: result.summary?.units ?? 0,
        matched: result.summary?.matched ?? 0, errors: result.count(.error), warnings: result.count(.warning),
        infos: result.count(.info)))
  }

  /// The table: the pairs that failed or were flagged (all pairs when there are few), worst first,
  /// at most `limit` of them, then a totals line.
  public func table(limit: Int = 20) -> String {
    let shown =
      rows.count <= limit
      ? rows
      : rows.filter { $0.failed || severityCount($0) > 0 }
        .sorted { ($0.failed ? 1 : 0, $0.errors, $0.warnings) > ($1.failed ? 1 : 0, $1.errors, $1.warnings) }
    let header = ["pair", "status", "units", "matched", "errors", "warnings", "info"]
    var lines = shown.prefix(limit).map { row in
      [
        row.id, row.failed ? "FAILED" : (severityCount(row) > 0 ? "flagged" : "ok"), "\(row.units)", "\(row.matched)",
        "\(row.errors)", "\(row.warnings)", "\(row.infos)",
      ]
    }
    lines.insert(header, at: 0)
    let widths = header.indices.map { column in lines.map { DisplayWidth.columns(of: $0[column]) }.max() ?? 0 }
    var text = lines.map { fields in
      fields.indices.map { column in
        let padding = String(repeating: " ", count: widths[column] - DisplayWidth.columns(of: fields[column]))
        return column == 0 || column == 1 ? fields[column] + padding : padding + fields[column]
      }.joined(separator: "  ")
    }
    if shown.count > limit { text.append("… and \(shown.count - limit) more") }
    let totals = ["error", "warning", "info"].enumerated().map { index, name in
      let count = rows.reduce(0) { $0 + [$1.errors, $1.warnings, $1.infos][index] }
      return "\(count) \(name)\(count == 1 ? "" : "s")"
    }
    text.append(
      "\(rows.count) pair\(rows.count == 1 ? "" : "s"): \(rows.count - failed - flagged) clean, \(flagged) with findings at or above \(failOn.rawValue), "
        + "\(failed) failed; " + totals.joined(separator: ", "))
    return text.joined(separator: "\n")
  }

  private func severityCount(_ row: Row) -> Int {
    switch failOn {
    case .error: row.errors
    case .warning: row.errors + row.warnings
    case .info: row.errors + row.warnings + row.infos
    }
  }
}
