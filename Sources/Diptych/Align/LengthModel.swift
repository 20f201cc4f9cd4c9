import Foundation

/// The Gale–Church length model: how likely two texts of given lengths are translations.
///
/// Lengths are counts of non-white-space Unicode scalars in both languages. The target length is
/// modelled as normal with mean `c·l` and variance `s²·l` for a source of length `l`; to keep the
/// model symmetric, `l` is the mean of the source length and the target length divided by `c`.
public struct LengthModel: Sendable, Hashable {
  /// Target scalars per source scalar (`c`).
  public var meanRatio: Double
  /// The variance of the target length per source scalar (`s²`).
  public var variance: Double

  /// Creates a model with these constants.
  public init(meanRatio: Double, variance: Double) {
    self.meanRatio = meanRatio
    self.variance = variance
  }

  /// The English → Chinese model calibrated on UN text (`Tools/calibrate-length-model.py`).
  public init() {
    self.init(meanRatio: LengthCalibration.meanRatio, variance: LengthCalibration.variance)
  }

  /// The length of `text` as the model counts it: its non-white-space Unicode scalars.
  public static func length(of text: some StringProtocol) -> Int {
    // Decoding the UTF-8 by hand costs a third of walking the scalar view (measuring every block
    // and sentence of both documents was 2 % of a long document's alignment).
    if let count = text.utf8.withContiguousStorageIfAvailable(length(ofUTF8:)) { return count }
    var count = 0
    for scalar in text.unicodeScalars where counts(scalar.value) { count += 1 }
    return count
  }

  /// The length of valid UTF-8 `bytes`, scalar by scalar as `counts` says.
  private static func length(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      if lead < 0x80 {
        if counts(UInt32(lead)) { count += 1 }
        index += 1
        continue
      }
      if counts(UnicodeScalars.scalar(at: index, in: bytes).value) { count += 1 }
      index += UnicodeScalars.width(lead: lead)
    }
    return count
  }

  /// Whether the scalar of `value` counts: it is not white space.
  @inline(__always)
  private static func counts(_ value: UInt32) -> Bool {
    // ASCII white space is U+0009–U+000D and U+0020; the property lookup only beyond ASCII.
    if value < 0x80 { return value != 0x20 && !(0x09...0x0D).contains(value) }
    // CJK punctuation, kana, ideographs, Hangul: no white space among them (U+3000 is).
    if (0x3001...0xD7FF).contains(value) { return true }
    return !Unicode.Scalar(value)!.properties.isWhitespace
  }

  /// −log P(match | lengths): 0 for a perfect length match, growing with the length mismatch.
  public func cost(sourceLength: Int, targetLength: Int) -> Double {
    if sourceLength == 0 && targetLength == 0 { return 0 }
    let source = Double(sourceLength)
    let target = Double(targetLength)
    let mean = (source + target / meanRatio) / 2
    let z = abs(target - meanRatio * source) / (variance * mean).squareRoot()
    return Self.negativeLogTwoSidedTail(z)
  }

  /// The shortest lengths from which a unit of source text alone, and one of target text alone,
  /// costs at least `maximum`: the cost grows with the length, so from there on `min(maximum,
  /// cost)` is `maximum` without computing the cost (which takes an erfc and a log). `Int.max`
  /// where no length up to 2^16 reaches it.
  func lengthsReaching(_ maximum: Double) -> (source: Int, target: Int) {
    func first(_ cost: (Int) -> Double) -> Int {
      (1...(1 << 16)).first { cost($0) >= maximum } ?? .max
    }
    return (
      first { self.cost(sourceLength: $0, targetLength: 0) },
      first { self.cost(sourceLength: 0, targetLength: $0) }
    )
  }

  /// The model with the mean ratio of a document pair whose sides have the given total lengths,
  /// kept within the calibrated 5th–95th percentile ratios scaled to this model's mean.
  func adapted(sourceLength: Int, targetLength: Int) -> LengthModel {
    guard sourceLength > 0, targetLength > 0 else { return self }
    let scale = meanRatio / LengthCalibration.meanRatio
    let low = LengthCalibration.ratioP05 * scale
    let high = LengthCalibration.ratioP95 * scale
    var model = self
    model.meanRatio = min(high, max(low, Double(targetLength) / Double(sourceLength)))
    return model
  }

  /// −log(2·(1 − Φ(z))) = −log erfc(z/√2), with the asymptotic form where erfc underflows.
  /// Computed, not tabulated: since the band stays narrow it is a few per cent of the aligner's
  /// time, and a table would move costs in the tenth digit (visible in the XML's confidences).
  static func negativeLogTwoSidedTail(_ z: Double) -> Double {
    let t = z / 2.0.squareRoot()
    if t < 20 { return -log(max(erfc(t), .leastNormalMagnitude)) }
    return t * t + log(t * Double.pi.squareRoot())
  }
}
