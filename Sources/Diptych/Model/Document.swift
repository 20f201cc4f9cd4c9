/// One language version of a document: its blocks in order, and what reading it involved.
public struct Document: Sendable, Hashable, Codable {
  /// The language of this version.
  public var language: Language
  /// The blocks in document order; footnote bodies come last.
  public var blocks: [Block]
  /// The extraction repairs made while reading.
  public var repairs: [Repair]
  /// The lines recognized as page furniture and kept out of the blocks.
  public var furniture: [FurnitureLine]
  /// Where the document came from: a path, or a name given by the caller.
  public var sourceName: String

  /// Creates a document.
  public init(
    language: Language, blocks: [Block], repairs: [Repair] = [], furniture: [FurnitureLine] = [],
    sourceName: String = ""
  ) {
    self.language = language
    self.blocks = blocks
    self.repairs = repairs
    self.furniture = furniture
    self.sourceName = sourceName
  }

  /// The footnote bodies, by the number the document displays for them.
  public var footnoteBodies: [Int: Block] {
    var bodies: [Int: Block] = [:]
    for block in blocks where block.kind == .footnote {
      if let number = block.footnoteNumber, bodies[number] == nil { bodies[number] = block }
    }
    return bodies
  }

  /// Every footnote call in the document with the index of the block that makes it.
  public var footnoteReferences: [(block: Int, reference: FootnoteReference)] {
    blocks.indices.flatMap { index in
      blocks[index].footnoteReferences.map { (block: index, reference: $0) }
    }
  }
}
