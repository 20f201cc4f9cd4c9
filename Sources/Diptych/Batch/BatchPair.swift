/// One pair of a batch: the two versions of a document and the id that names it in results.
public struct BatchPair: Sendable, Hashable, Codable {
  /// The id, unique in the batch: the shared name of the two files, or the manifest's id.
  public var id: String
  /// The English version, or one file holding both versions.
  public var source: String
  /// The Chinese version; nil when `source` holds both.
  public var target: String?

  /// Creates a pair.
  public init(id: String, source: String, target: String?) {
    self.id = id
    self.source = source
    self.target = target
  }
}
