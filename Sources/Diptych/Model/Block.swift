/// One structural block of a document: a title, heading, paragraph, list item or footnote body.
public struct Block: Sendable, Hashable, Codable, Identifiable {
  /// The block's identifier, unique in its document: `b1`, `b2` … in document order.
  public var id: String
  /// What the block is.
  public var kind: BlockKind
  /// The block's numbering as printed and parsed, if it has one.
  public var label: Label?
  /// The block's text, without its label and without footnote calls; lines joined.
  public var text: String
  /// The footnote calls in the text, in order.
  public var footnoteReferences: [FootnoteReference]
  /// For a footnote body: the number of the footnote it is.
  public var footnoteNumber: Int?
  /// The text split into sentences.
  public var sentences: [Sentence]
  /// Where the block came from in the input.
  public var lines: LineRange
  /// The index of the block this one belongs to (a list item's paragraph), if any.
  public var parent: Int?
  /// The heading level, 1 for the outermost, for headings.
  public var level: Int?

  /// Creates a block.
  public init(
    id: String, kind: BlockKind, label: Label? = nil, text: String,
    footnoteReferences: [FootnoteReference] = [], footnoteNumber: Int? = nil,
    sentences: [Sentence] = [], lines: LineRange, parent: Int? = nil, level: Int? = nil
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.text = text
    self.footnoteReferences = footnoteReferences
    self.footnoteNumber = footnoteNumber
    self.sentences = sentences
    self.lines = lines
    self.parent = parent
    self.level = level
  }

  /// The label and the text as a reader sees them printed together.
  public var displayText: String {
    guard let label else { return text }
    // Chinese labels end in their own punctuation ("一、", "第一年："); no space follows them.
    let joiner = label.text.last.map { "、：）:".contains($0) } == true ? "" : " "
    return text.isEmpty ? label.text : label.text + joiner + text
  }
}
