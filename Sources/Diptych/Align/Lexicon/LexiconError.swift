/// Why the bundled lexicon could not be loaded.
package struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, in one line.
  package var message: String

  package var description: String { "lexicon: \(message)" }

  static func notFound(searched: [String]) -> LexiconError {
    LexiconError(message: "lexicon.txt not found (looked in \(searched.joined(separator: ", ")))")
  }

  static func malformed(_ path: String, line: Int, _ reason: String) -> LexiconError {
    LexiconError(message: "\(path), line \(line): \(reason)")
  }
}
