/// One aligned unit: blocks of the source and blocks of the target that say the same thing.
///
/// Either side may be empty (a block with no counterpart); n:m units hold paragraphs that the
/// translator merged or split.
public struct AlignmentUnit: Sendable, Hashable, Codable, Identifiable {
  /// The unit's identifier, unique in its alignment: `u1`, `u2` … in document order.
  public var id: String
  /// Indices into the source document's blocks, ascending and contiguous.
  public var source: [Int]
  /// Indices into the target document's blocks, ascending and contiguous.
  public var target: [Int]
  /// How sure the aligner is that the unit is right, from 0 to 1.
  public var confidence: Double
  /// What fixed the unit: a structural anchor or the dynamic programme between anchors.
  public var method: AlignmentMethod
  /// The sentence pairs inside the unit, in order.
  public var sentences: [SentencePair]

  /// Creates a unit.
  public init(
    id: String, source: [Int], target: [Int], confidence: Double, method: AlignmentMethod,
    sentences: [SentencePair] = []
  ) {
    self.id = id
    self.source = source
    self.target = target
    self.confidence = confidence
    self.method = method
    self.sentences = sentences
  }

  /// The unit's shape as "n:m".
  public var shape: String { "\(source.count):\(target.count)" }

  /// The block indices of one side.
  public func blocks(_ side: Side) -> [Int] {
    side == .source ? source : target
  }
}

/// What fixed an alignment unit.
public enum AlignmentMethod: String, Sendable, Hashable, Codable {
  /// Matching labels, footnotes or shared numbers made the unit an anchor.
  case anchor
  /// The length-based dynamic programme between anchors chose the unit.
  case dynamicProgramme = "dp"
}

/// Sentences of a unit's source side aligned with sentences of its target side.
public struct SentencePair: Sendable, Hashable, Codable {
  /// Indices into the unit's source sentences (the sentences of its blocks, in order).
  public var source: [Int]
  /// Indices into the unit's target sentences.
  public var target: [Int]
  /// How sure the aligner is, from 0 to 1.
  public var confidence: Double

  /// Creates a sentence pair.
  public init(source: [Int], target: [Int], confidence: Double) {
    self.source = source
    self.target = target
    self.confidence = confidence
  }

  /// The sentence indices of one side.
  public func sentences(_ side: Side) -> [Int] {
    side == .source ? source : target
  }
}
