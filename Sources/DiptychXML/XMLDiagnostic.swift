/// One message from libxml2 about an input: a parse error, a warning or a validity error.
package struct XMLDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious the message is.
  package enum Severity: String, Sendable, Hashable {
    /// The input is acceptable but odd.
    case warning
    /// The input breaks a rule; a parser could go on.
    case error
    /// The input is not well-formed; the parser stopped.
    case fatal
  }

  /// How serious the message is.
  package var severity: Severity
  /// libxml2's message, on one line, without a trailing newline.
  package var message: String
  /// The 1-based line, 0 if unknown.
  package var line: Int
  /// The 1-based column, 0 if unknown.
  package var column: Int

  /// Creates a diagnostic.
  package init(severity: Severity, message: String, line: Int, column: Int) {
    self.severity = severity
    self.message = message
    self.line = line
    self.column = column
  }

  /// `line:column: message`.
  package var description: String { "\(line):\(column): \(message)" }
}
