/// Which ids each sentence holds, for constant-time "does sentence r hold id v?" tests: a row of
/// bits per sentence when the table fits `byteBudget`, else sorted ids searched by bisection.
struct SentenceMembership: Sendable {
  /// UInt64 words per row of bits; 0 when the table is kept as sorted ids.
  private let wordsPerRow: Int
  private let bits: [UInt64]
  private let sorted: [Int32]
  private let start: [Int]

  /// The largest bit table built: 1,000 sentences a side over 5,000 ids take 1.25 MB.
  static let byteBudget = 32 << 20

  /// - Parameters:
  ///   - rows: each sentence's ids, ascending and without repeats, all below `universe`.
  ///   - byteBudget: the largest bit table to build.
  init(rows: [[Int32]], universe: Int, byteBudget: Int = SentenceMembership.byteBudget) {
    let words = (universe + 63) / 64
    if rows.count * words * 8 <= byteBudget {
      var bits = [UInt64](repeating: 0, count: rows.count * words)
      for (row, ids) in rows.enumerated() {
        for id in ids { bits[row * words + Int(id) >> 6] |= 1 << UInt64(id & 63) }
      }
      (wordsPerRow, self.bits, sorted, start) = (words, bits, [], [])
    } else {
      var start = [0]
      for ids in rows { start.append(start.last! + ids.count) }
      (wordsPerRow, bits, sorted, self.start) = (0, [], Array(rows.joined()), start)
    }
  }

  /// Whether sentence `row` holds `id`.
  @inline(__always)
  func contains(_ row: Int, _ id: Int32) -> Bool {
    if wordsPerRow > 0 {
      return bits[row * wordsPerRow + Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }
    var low = start[row]
    let end = start[row + 1]
    var high = end
    while low < high {
      let middle = (low + high) >> 1
      if sorted[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low < end && sorted[low] == id
  }
}
