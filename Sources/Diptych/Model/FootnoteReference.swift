/// A footnote call inside a block's text.
public struct FootnoteReference: Sendable, Hashable, Codable {
  /// The footnote's number as the document displays it.
  public var number: Int
  /// Where the call stands in the block's text, in Unicode scalars from its start.
  public var offset: Int
  /// The call as it was printed: "1", "8", "[1]", "¹".
  public var marker: String

  /// Creates a footnote reference.
  public init(number: Int, offset: Int, marker: String) {
    self.number = number
    self.offset = offset
    self.marker = marker
  }
}
