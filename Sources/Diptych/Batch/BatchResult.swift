import Foundation

/// The result of one pair of a batch: one JSON line of `diptych batch` output.
///
/// Lines carry `schemaVersion` (the version of the JSON contract, as in `AlignmentReport`), so
/// that the lines of many machines can be concatenated and read by one consumer.
public struct BatchResult: Sendable, Codable {
  /// What became of the pair: the words of the `status` field and of the batch's summary table.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Aligned and checked; no finding at or above the batch's threshold (`--fail-on`).
    case ok
    /// Aligned and checked, with a finding at or above the threshold.
    case flagged
    /// Not processed: the error says why.
    case failed
  }

  /// The schema version of the line.
  public var schemaVersion: Int
  /// The pair's id.
  public var id: String
  /// The English version (or the bilingual file).
  public var source: String
  /// The Chinese version, if a separate file.
  public var target: String?
  /// Whether the pair was processed.
  public var status: Status
  /// Why it failed: one line naming the file.
  public var error: String?
  /// Counts, as in the JSON report; absent when the pair failed.
  public var summary: AlignmentReport.Summary?
  /// The divergences found.
  public var findings: [Finding]
  /// The files written for the pair (TMX, XML, HTML), in the order of the writers.
  public var outputs: [String]

  /// The result of a pair that was processed: flagged when a finding is at or above `failOn`.
  public init(
    pair: BatchPair, summary: AlignmentReport.Summary, findings: [Finding], outputs: [String] = [],
    failOn: Severity = .error
  ) {
    let status: Status = findings.contains(severityAtLeast: failOn) ? .flagged : .ok
    self.init(
      pair: pair, status: status, error: nil, summary: summary, findings: findings, outputs: outputs
    )
  }

  /// The result of a pair that could not be processed.
  public init(pair: BatchPair, error: String) {
    self.init(pair: pair, status: .failed, error: error, summary: nil, findings: [], outputs: [])
  }

  private init(
    pair: BatchPair, status: Status, error: String?, summary: AlignmentReport.Summary?,
    findings: [Finding], outputs: [String]
  ) {
    schemaVersion = JSONReport.schemaVersion
    id = pair.id
    source = pair.source
    target = pair.target
    self.status = status
    self.error = error
    self.summary = summary
    self.findings = findings
    self.outputs = outputs
  }

  /// Whether any finding is at or above `severity`.
  public func hasFindings(atLeast severity: Severity) -> Bool {
    findings.contains(severityAtLeast: severity)
  }

  /// The number of findings of a severity.
  public func count(_ severity: Severity) -> Int {
    SeverityCounts(findings)[severity]
  }

  /// The result as one line of JSON, keys sorted, without the line break.
  public func jsonLine() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }

  /// Reads a line written by `jsonLine()`.
  public init(jsonLine: String) throws {
    self = try JSONDecoder().decode(BatchResult.self, from: Data(jsonLine.utf8))
  }
}
