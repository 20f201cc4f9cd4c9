/// Settings of the aligner; the defaults are what the pipeline uses.
public struct AlignerConfiguration: Sendable, Hashable {
  /// Whether structural anchors (labels, footnotes, headings, lists, shared tokens) constrain the
  /// dynamic programme. Off, the aligner is a plain banded length-and-evidence dynamic programme.
  public var usesAnchors: Bool
  /// The English → Chinese length model.
  public var lengthModel: LengthModel
  /// The smallest half-width, in blocks or sentences, of the band around the expected path.
  public var minimumBandWidth: Int

  /// Creates a configuration.
  public init(
    usesAnchors: Bool = true, lengthModel: LengthModel = .init(), minimumBandWidth: Int = 20
  ) {
    self.usesAnchors = usesAnchors
    self.lengthModel = lengthModel
    self.minimumBandWidth = max(1, minimumBandWidth)
  }
}
