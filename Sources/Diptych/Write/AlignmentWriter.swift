/// A writer that turns an alignment and its findings into one output document.
public protocol AlignmentWriter: Sendable {
  /// The file name extension of the output, without the dot: "tmx", "xml", "tsv".
  var fileExtension: String { get }

  /// Writes the alignment and the findings about its units.
  /// - Throws: `WriteError` if the alignment refers to blocks or sentences it does not have.
  func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String
}
