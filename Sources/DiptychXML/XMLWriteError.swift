/// A failure of libxml2's writer: which call failed.
package struct XMLWriteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What failed, in one line.
  package var message: String

  /// Creates an error.
  package init(_ message: String) { self.message = message }

  /// The message.
  package var description: String { message }
}
