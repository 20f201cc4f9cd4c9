extension Suppressions {
  /// Parses a suppression file.
  public init(parsing text: String) {
    var keys: Set<String> = []
    for line in text.split(whereSeparator: \.isNewline) {
      let key =
        (line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        .trimmingWhitespace()
      if !key.isEmpty { keys.insert(key) }
    }
    self.keys = keys
  }
}
