/// Why a batch could not start: a folder or manifest that cannot be read or makes no sense.
public struct BatchInputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The folder or manifest, with a line number when one is known (`pairs.csv:4`).
  public var location: String
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(location: String, message: String) {
    self.location = location
    self.message = message
  }

  /// One line: `pairs.csv:4: no source path`.
  public var description: String { "\(location): \(message)" }
}
