/// A repair of text-extraction damage, recorded so that a user can see what was changed.
public struct Repair: Sendable, Hashable, Codable {
  /// The kind of damage repaired.
  public var kind: RepairKind
  /// The input line the repair is on.
  public var line: Int
  /// The text as it was.
  public var original: String
  /// The text as repaired.
  public var replacement: String

  /// Creates a repair record.
  public init(kind: RepairKind, line: Int, original: String, replacement: String) {
    self.kind = kind
    self.line = line
    self.original = original
    self.replacement = replacement
  }
}

/// A kind of text-extraction damage.
public enum RepairKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A word split by a stray space: "w orking".
  case splitWord = "split-word"
  /// A space before a hyphen: "long -term".
  case spaceBeforeHyphen = "space-before-hyphen"
  /// Stray spaces at the start of a line.
  case leadingSpace = "leading-space"
  /// A line holding only closing punctuation ("。") that belongs to the line above.
  case orphanPunctuation = "orphan-punctuation"
  /// A soft hyphen (U+00AD) removed.
  case softHyphen = "soft-hyphen"
  /// A ligature ("ﬁ") expanded.
  case ligature
  /// A control character removed.
  case controlCharacter = "control-character"
  /// A word hyphenated across a line break and joined.
  case lineBreakHyphen = "line-break-hyphen"
}

/// A line of the input kept out of the paragraphs: page furniture.
public struct FurnitureLine: Sendable, Hashable, Codable {
  /// What the line is.
  public var kind: FurnitureKind
  /// The line number.
  public var line: Int
  /// The line's text.
  public var text: String

  /// Creates a furniture record.
  public init(kind: FurnitureKind, line: Int, text: String) {
    self.kind = kind
    self.line = line
    self.text = text
  }
}

/// A kind of page furniture.
public enum FurnitureKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A footnote separator rule (`______`).
  case footnoteRule = "footnote-rule"
  /// A page number on its own line.
  case pageNumber = "page-number"
  /// A running header or footer with the document symbol or job number.
  case runningHeader = "running-header"
  /// A heading that introduces the footnotes ("Footnotes", "脚注").
  case footnotesHeading = "footnotes-heading"
}
