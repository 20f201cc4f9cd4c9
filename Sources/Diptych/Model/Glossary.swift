/// A bilingual glossary: terms and their required equivalents, for the `term-mismatch` check.
public struct Glossary: Sendable, Hashable {
  /// One concept: its English terms and its Chinese terms (synonyms allowed on each side).
  public struct Entry: Sendable, Hashable {
    /// The English terms.
    public var english: [String]
    /// The Chinese terms.
    public var chinese: [String]

    /// Creates an entry.
    public init(english: [String], chinese: [String]) {
      self.english = english
      self.chinese = chinese
    }
  }

  /// The entries.
  public var entries: [Entry]

  /// Creates a glossary.
  public init(entries: [Entry]) {
    self.entries = entries
  }
}
