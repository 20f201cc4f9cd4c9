/// A writer that turns an alignment and its findings into one output document.
public protocol AlignmentWriter: Sendable {
  /// The file name extension of the output, without the dot: "tmx", "xml", "tsv".
  var fileExtension: String { get }

  /// Writes the alignment and the findings about its units.
  /// - Throws: `WriteError` if the alignment refers to blocks or sentences it does not have.
  func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String

  /// Writes the same text as `write(_:findings:)` into `stream`, piece by piece where the writer
  /// can, so that a long document's output is never whole in memory.
  /// - Throws: `WriteError` as `write(_:findings:)` does; part of the text may have been written.
  func write(_ alignment: Alignment, findings: [Finding], to stream: inout some TextOutputStream)
    throws(WriteError)
}

extension AlignmentWriter {
  /// Writes the whole text at once: writers whose output is small need nothing more.
  public func write(
    _ alignment: Alignment, findings: [Finding], to stream: inout some TextOutputStream
  ) throws(WriteError) {
    stream.write(try write(alignment, findings: findings))
  }
}
