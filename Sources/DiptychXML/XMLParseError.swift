/// Why an input could not be parsed: its name and what libxml2 (or the layer over it) said.
package struct XMLParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name of the input, as given by the caller.
  package let sourceName: String
  /// The messages, first one first; never empty.
  package let diagnostics: [XMLDiagnostic]

  /// Creates an error; an empty list gets a generic message so that the error always says
  /// something.
  package init(sourceName: String, diagnostics: [XMLDiagnostic]) {
    self.sourceName = sourceName
    self.diagnostics =
      diagnostics.isEmpty
      ? [
        XMLDiagnostic(
          severity: .fatal, message: "the input could not be parsed", line: 0, column: 0)
      ]
      : diagnostics
  }

  /// Creates an error with a single message of our own.
  package init(sourceName: String, message: String, line: Int = 0, column: Int = 0) {
    self.init(
      sourceName: sourceName,
      diagnostics: [XMLDiagnostic(severity: .fatal, message: message, line: line, column: column)])
  }

  /// The most serious diagnostic, the first of that severity.
  package var primary: XMLDiagnostic {
    diagnostics.first { $0.severity == .fatal } ?? diagnostics.first { $0.severity == .error }
      ?? diagnostics.first
      ?? XMLDiagnostic(
        severity: .fatal, message: "the input could not be parsed", line: 0, column: 0)
  }

  /// One line: `name:line:col: message`.
  package var description: String { "\(sourceName):\(primary)" }
}
