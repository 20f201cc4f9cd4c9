/// A line of an alignment file that is not in the `[i, j]:[k]` format.
package struct GoldAlignmentError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The 1-based number of the offending line.
  public var line: Int
  /// The offending line as read.
  public var text: String
  /// What is wrong with it.
  public var reason: String

  /// Creates an error.
  public init(line: Int, text: String, reason: String) {
    self.line = line
    self.text = text
    self.reason = reason
  }

  /// The error as one line naming the line number and the text.
  public var description: String { "line \(line): \(reason): \"\(text)\"" }
}
