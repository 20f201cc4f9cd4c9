/// What a block is in the structure of a document.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The document's title.
  case title
  /// A line that belongs to the title: a subtitle, "Submitted by …", a session line.
  case subtitle
  /// A section heading ("II. General Principles", "一、总体建议").
  case heading
  /// A body paragraph, numbered or not.
  case paragraph
  /// An item of a list: "(a) …", "2022 (Stocktaking) …", "第一年：…".
  case listItem = "list-item"
  /// The body of a footnote or endnote.
  case footnote
  /// A cell of a table.
  case tableCell = "table-cell"

  /// Whether blocks of this kind belong to the document's running text.
  public var isBody: Bool { self == .paragraph || self == .listItem || self == .tableCell }
}
