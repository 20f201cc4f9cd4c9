/// The distinct evidence tokens of each item of a small grid (one unit's sentences) as the bits
/// of one word: a span's tokens are then the union of a few words, and the counts the cost model
/// needs (shared tokens, numbers on each side, shared numbers) are population counts, where
/// looking each token up in the other side's items was most of the sentence programme's
/// evidence cost. The counts are the same integers either way.
struct AlignmentTokenMasks: Sendable {
  var source: [UInt64]
  var target: [UInt64]
  /// The bits of the tokens that are numbers.
  var numeric: UInt64

  /// The tokens of source items `range`.
  func source(_ range: Range<Int>) -> UInt64 { Self.union(source, range) }
  /// The tokens of target items `range`.
  func target(_ range: Range<Int>) -> UInt64 { Self.union(target, range) }

  private static func union(_ masks: [UInt64], _ range: Range<Int>) -> UInt64 {
    var result: UInt64 = 0
    for item in range { result |= masks[item] }
    return result
  }

  /// No items.
  static let empty = AlignmentTokenMasks(source: [], target: [], numeric: 0)
}

extension AlignmentTokenMasks {
  /// The masks of `source` and `target`'s items, or nil when they hold more than 64 distinct
  /// tokens between them.
  init?(source: AlignmentSideFeatures, target: AlignmentSideFeatures, isNumericToken: [Bool]) {
    var bits: [Int32] = []
    var numeric: UInt64 = 0
    func masks(_ side: AlignmentSideFeatures) -> [UInt64]? {
      var result = [UInt64](repeating: 0, count: side.count)
      for item in 0..<side.count {
        for token in side.tokens(of: item) {
          let bit = bits.firstIndex(of: token) ?? bits.count
          if bit == bits.count {
            guard bit < UInt64.bitWidth else { return nil }
            bits.append(token)
            if isNumericToken[Int(token)] { numeric |= 1 << UInt64(bit) }
          }
          result[item] |= 1 << UInt64(bit)
        }
      }
      return result
    }
    guard let sourceMasks = masks(source), let targetMasks = masks(target) else { return nil }
    (self.source, self.target, self.numeric) = (sourceMasks, targetMasks, numeric)
  }
}
