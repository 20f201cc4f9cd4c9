/// The two versions of a document, as read, before alignment.
public struct DocumentPair: Sendable, Hashable, Codable {
  /// The source version (English, unless the caller says otherwise).
  public var source: Document
  /// The target version (Chinese).
  public var target: Document
  /// Where one bilingual file was split, if the pair came from one.
  public var split: BilingualSplit?
  /// What the reader decided that the user should hear about: versions given the wrong way round.
  public var notes: [String]

  /// Creates a pair.
  public init(
    source: Document, target: Document, split: BilingualSplit? = nil, notes: [String] = []
  ) {
    self.source = source
    self.target = target
    self.split = split
    self.notes = notes
  }
}
