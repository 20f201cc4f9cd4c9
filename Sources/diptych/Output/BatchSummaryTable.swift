import Diptych

/// The totals of a batch and the table `diptych batch` prints at the end; its status words are
/// those of the JSON lines' `status` (`ok`, `flagged`, `failed`).
struct BatchSummaryTable {
  /// One pair's line of the table.
  struct Row {
    var id: String
    var status: BatchResult.Status
    var units: Int
    var matched: Int
    var counts: SeverityCounts
  }

  /// The threshold the runner flagged pairs by, named in the totals line.
  var failOn: Severity
  /// One row per pair, in input order.
  private(set) var rows: [Row] = []

  /// The pairs with this status.
  func count(_ status: BatchResult.Status) -> Int {
    rows.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
  }

  /// Counts one result.
  mutating func add(_ result: BatchResult) {
    rows.append(
      Row(
        id: result.id, status: result.status, units: result.summary?.units ?? 0,
        matched: result.summary?.matched ?? 0, counts: SeverityCounts(result.findings)))
  }

  /// The table: the pairs not ok (all pairs when there are few), worst first, at most `limit` of
  /// them, then a totals line.
  func table(limit: Int = 20) -> String {
    let shown =
      rows.count <= limit
      ? rows
      : rows.filter { $0.status != .ok }
        .sorted {
          ($0.status == .failed ? 1 : 0, $0.counts[.error], $0.counts[.warning]) > (
            $1.status == .failed ? 1 : 0, $1.counts[.error], $1.counts[.warning]
          )
        }
    let header =
      ["pair", "status", "units", "matched"] + Severity.mostSevereFirst.map { "\($0.rawValue)s" }
    var lines = shown.prefix(limit).map { row in
      [row.id, row.status.rawValue, "\(row.units)", "\(row.matched)"]
        + Severity.mostSevereFirst.map { "\(row.counts[$0])" }
    }
    lines.insert(header, at: 0)
    let widths = header.indices.map { column in
      lines.map { DisplayWidth.columns(of: $0[column]) }.max() ?? 0
    }
    var text = lines.map { fields in
      fields.indices.map { column in
        let padding = String(
          repeating: " ", count: widths[column] - DisplayWidth.columns(of: fields[column]))
        return column == 0 || column == 1 ? fields[column] + padding : padding + fields[column]
      }.joined(separator: "  ")
    }
    if shown.count > limit { text.append("… and \(shown.count - limit) more") }
    var totals = SeverityCounts()
    for row in rows { totals += row.counts }
    text.append(
      "\(rows.count) pair\(rows.count == 1 ? "" : "s"): \(count(.ok)) ok, "
        + "\(count(.flagged)) flagged "
        + "(a finding at or above \(failOn.rawValue)), \(count(.failed)) failed; "
        + "\(totals.description)"
    )
    return text.joined(separator: "\n")
  }
}
