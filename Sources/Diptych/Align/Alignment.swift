/// Two versions of a document and the units that align them.
public struct Alignment: Sendable, Hashable, Codable {
  /// The source version (usually English).
  public var source: Document
  /// The target version (usually Chinese).
  public var target: Document
  /// The units in document order; every block of both documents is in exactly one unit.
  public var units: [AlignmentUnit]

  /// Creates an alignment.
  public init(source: Document, target: Document, units: [AlignmentUnit]) {
    self.source = source
    self.target = target
    self.units = units
  }

  /// The sentences of one side of a unit, in order; a block without sentences counts as one
  /// sentence of its whole text, as `SentencePair` indices do.
  public func sentences(of unit: AlignmentUnit, side: Side) -> [Sentence] {
    let document = side == .source ? source : target
    let indices = side == .source ? unit.source : unit.target
    return indices.flatMap { index in
      let block = document.blocks[index]
      return block.sentences.isEmpty ? [Sentence(text: block.text, offset: 0)] : block.sentences
    }
  }

  /// The text of one side of a unit: its blocks' display texts joined by line breaks.
  public func text(of unit: AlignmentUnit, side: Side) -> String {
    let document = side == .source ? source : target
    let indices = side == .source ? unit.source : unit.target
    return indices.map { document.blocks[$0].displayText }.joined(separator: "\n")
  }

  /// The input lines one side of a unit covers, if it has blocks.
  public func lines(of unit: AlignmentUnit, side: Side) -> LineRange? {
    let document = side == .source ? source : target
    let indices = side == .source ? unit.source : unit.target
    return indices.map { document.blocks[$0].lines }.reduce(nil) { $0?.union($1) ?? $1 }
  }
}

/// One of the two versions in an alignment.
public enum Side: String, Sendable, Hashable, Codable, CaseIterable {
  /// The source version.
  case source
  /// The target version.
  case target
}
