/// Writes documents as ``DocumentTreeDump`` shows them, a block at a time, so that a document of
/// any size is shown without being held.
package struct DocumentTreeWriter: DocumentSink {
  private let write: (String) -> Void
  private var documents = 0
  private var blocks = 0

  /// Creates a writer that hands its output, piece by piece, to `write`.
  public init(_ write: @escaping (String) -> Void) {
    self.write = write
  }

  public mutating func begin(language: Language, sourceName: String) {
    if documents > 0 { write("\n") }
    write(DocumentTreeDump.heading(language: language, sourceName: sourceName))
    blocks = 0
  }

  public mutating func add(_ block: Block) {
    write(DocumentTreeDump.entry(block))
    blocks += 1
  }

  public mutating func end(language: Language, sourceName: String, notes: SegmentationNotes) {
    write(DocumentTreeDump.ending(blockCount: blocks, notes: notes))
    documents += 1
  }
}
