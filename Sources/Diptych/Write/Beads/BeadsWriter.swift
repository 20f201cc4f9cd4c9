/// Writes an alignment as sentence beads, one a line: `[English ids]:[Chinese ids]`, 0-based
/// sentence numbers counted through each document (`[4, 5]:[4]`, `[7]:[]`), the format of the
/// sentence-alignment gold files and of the aligners evaluated with them (vecalign, Bertalign).
///
/// With `SentenceLinesReader` input a sentence's number is its line's among the sentence lines.
/// Numbering is `Alignment.sentencePairs`'s: a block without sentences counts as one sentence.
public struct BeadsWriter: AlignmentWriter {
  /// Creates a writer.
  public init() {}

  public var fileExtension: String { "beads" }

  /// - Throws: `WriteError` if a unit has blocks but no sentence pairs (the aligner always gives
  ///   them; an alignment made elsewhere may not), since its sentences would be lost.
  public func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String {
    try AlignmentIntegrity.check(alignment, format: "beads")
    if let unit = alignment.units.first(where: {
      $0.sentences.isEmpty && !($0.source.isEmpty && $0.target.isEmpty)
    }) {
      throw WriteError(format: "beads", message: "unit '\(unit.id)' has no sentence pairs")
    }
    return GoldAlignment.format(
      alignment.sentencePairs.filter { !($0.source.isEmpty && $0.target.isEmpty) })
  }
}
