/// Writes an alignment as sentence beads, one a line: `[English ids]:[Chinese ids]`, 0-based
/// sentence numbers in document order (`[4, 5]:[4]`, `[7]:[]`), the format of the sentence-
/// alignment gold files and of the aligners evaluated with them (vecalign, Bertalign).
///
/// With `SentenceLinesReader` input a sentence's number is its line's among the sentence lines.
/// A block without sentences counts as one sentence, as `Alignment.sentences(of:side:)` does; a
/// unit without sentence pairs is one bead of all its sentences.
public struct BeadsWriter: AlignmentWriter {
  /// Creates a writer.
  public init() {}

  public var fileExtension: String { "beads" }

  public func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String {
    try AlignmentIntegrity.check(alignment, format: "beads")
    let sourceFirst = Self.firstSentenceNumbers(alignment.source)
    let targetFirst = Self.firstSentenceNumbers(alignment.target)
    var lines: [String] = []
    for unit in alignment.units {
      let sourceStart = unit.source.first.map { sourceFirst[$0] } ?? 0
      let targetStart = unit.target.first.map { targetFirst[$0] } ?? 0
      var pairs = unit.sentences.map { (source: $0.source, target: $0.target) }
      if pairs.isEmpty {
        pairs = [
          (
            Array(0..<alignment.sentences(of: unit, side: .source).count),
            Array(0..<alignment.sentences(of: unit, side: .target).count)
          )
        ]
      }
      for pair in pairs where !(pair.source.isEmpty && pair.target.isEmpty) {
        lines.append(
          Self.list(pair.source.map { $0 + sourceStart }) + ":" + Self.list(pair.target.map { $0 + targetStart }))
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// The number of each block's first sentence in the document.
  private static func firstSentenceNumbers(_ document: Document) -> [Int] {
    var numbers: [Int] = []
    var next = 0
    for block in document.blocks {
      numbers.append(next)
      next += max(1, block.sentences.count)
    }
    return numbers
  }

  private static func list(_ numbers: [Int]) -> String {
    "[" + numbers.map(String.init).joined(separator: ", ") + "]"
  }
}
