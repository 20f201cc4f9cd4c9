/// Accepted differences: findings a batch should no longer report.
///
/// Each line of a suppression file is a finding key as `check --format json` prints it
/// (`code:fingerprint`); `#` starts a comment. Keys hash the finding's facts and the text of its
/// unit, not positions, so they survive edits elsewhere in the document.
public struct Suppressions: Sendable, Hashable {
  /// The suppressed keys.
  public var keys: Set<String>

  /// Creates a suppression list.
  public init(keys: Set<String>) {
    self.keys = keys
  }
}
