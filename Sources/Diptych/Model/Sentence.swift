/// A sentence of a block.
public struct Sentence: Sendable, Hashable, Codable {
  /// The sentence's text, trimmed.
  public var text: String
  /// Where the sentence starts in the block's text, in Unicode scalars.
  public var offset: Int

  /// Creates a sentence.
  public init(text: String, offset: Int) {
    self.text = text
    self.offset = offset
  }
}
