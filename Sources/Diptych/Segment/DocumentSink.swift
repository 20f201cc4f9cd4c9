/// Receives documents as they are read: each one's start, its blocks in order, then its notes.
///
/// What ``DocumentReader/stream(contentsOf:language:options:into:)`` writes to, so that a
/// document of any size can be shown or saved without being held whole.
package protocol DocumentSink {
  /// A document starts.
  mutating func begin(language: Language, sourceName: String)
  /// The next block of the document.
  mutating func add(_ block: Block)
  /// The document ends, with the repairs and furniture segmentation noted.
  mutating func end(language: Language, sourceName: String, notes: SegmentationNotes)
}

extension DocumentSink {
  /// Hands a whole document to the sink.
  mutating func add(_ document: Document) {
    begin(language: document.language, sourceName: document.sourceName)
    for block in document.blocks { add(block) }
    end(
      language: document.language, sourceName: document.sourceName,
      notes: SegmentationNotes(repairs: document.repairs, furniture: document.furniture))
  }
}
