/// Why an alignment could not be written: the output format and what went wrong.
public struct WriteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The output format: "TMX", "aligned XML", "TSV".
  public var format: String
  /// What went wrong.
  public var message: String

  /// Creates an error.
  public init(format: String, message: String) {
    self.format = format
    self.message = message
  }

  /// One line: `cannot write TMX: …`.
  public var description: String { "cannot write \(format): \(message)" }
}
