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

  /// The document on one side.
  public func document(_ side: Side) -> Document {
    side == .source ? source : target
  }

  /// The blocks of one side of a unit, in order.
  public func blocks(of unit: AlignmentUnit, _ side: Side) -> [Block] {
    let document = document(side)
    return unit.blocks(side).map { document.blocks[$0] }
  }

  /// The kind of a unit: its source blocks' kind, else its target blocks'.
  public func kind(of unit: AlignmentUnit) -> BlockKind {
    (blocks(of: unit, .source).first ?? blocks(of: unit, .target).first)?.kind ?? .paragraph
  }

  /// The sentences of one side of a unit, in order; a block without sentences counts as one
  /// sentence of its whole text, as `SentencePair` indices do.
  public func sentences(of unit: AlignmentUnit, side: Side) -> [Sentence] {
    blocks(of: unit, side).flatMap(\.sentencesOrWholeBlock)
  }

  /// The text of one side of a unit: its blocks' display texts joined by line breaks.
  public func text(of unit: AlignmentUnit, side: Side) -> String {
    blocks(of: unit, side).map(\.displayText).joined(separator: "\n")
  }

  /// The input lines one side of a unit covers, if it has blocks.
  public func lines(of unit: AlignmentUnit, side: Side) -> LineRange? {
    blocks(of: unit, side).map(\.lines).reduce(nil) { $0?.union($1) ?? $1 }
  }
}

/// One of the two versions in an alignment.
public enum Side: String, Sendable, Hashable, Codable, CaseIterable {
  /// The source version.
  case source
  /// The target version.
  case target

  /// The other version.
  public var other: Side { self == .source ? .target : .source }
}
