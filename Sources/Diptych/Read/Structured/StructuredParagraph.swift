/// A paragraph of a structured document (DOCX, HTML, UNPC XML) before it becomes a ``Block``:
/// its role from the markup, the number its automatic numbering displays, and its content.
struct StructuredParagraph: Sendable, Hashable {
  /// What the markup says the paragraph is.
  enum Role: Sendable, Hashable {
    /// Running text; a typed label may still make it a heading or list item.
    case body
    /// A heading of this level, 1 for the outermost.
    case heading(level: Int)
    case title
    case subtitle
    /// A cell of a table, its paragraphs joined.
    case tableCell
    /// The body of the footnote the document displays with this number.
    case footnote(number: Int)
  }

  /// A piece of content, in order.
  enum Inline: Sendable, Hashable {
    case text(String)
    /// A footnote or endnote call, with the number and the mark the document displays.
    case note(number: Int, marker: String)
    /// A soft line break inside the paragraph (Word's Shift+Enter, HTML's `<br>`).
    case lineBreak
  }

  var role: Role
  /// The number automatic numbering displays before the text ("1.", "(a)", "II."), if any.
  var numberLabel: String?
  var content: [Inline]
  /// The paragraph's ordinal in the input, counted from 1: stands for a line number.
  var ordinal: Int

  init(role: Role, numberLabel: String? = nil, content: [Inline], ordinal: Int) {
    self.role = role
    self.numberLabel = numberLabel
    self.content = content
    self.ordinal = ordinal
  }
}
