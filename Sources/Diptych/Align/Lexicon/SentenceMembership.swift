/// Which ids each sentence holds, for constant-time "does sentence r hold id v?" tests: a row of
/// bits per sentence when the table fits `byteBudget`, else sorted ids searched by bisection
/// behind a 64-bit signature per sentence that turns most absent ids away without searching
/// (long documents: at 100,000 sentences a side the searches had made coverage 2.5× dearer).
struct SentenceMembership: Sendable {
  /// UInt64 words per row of bits; 0 when the table is kept as sorted ids.
  private let wordsPerRow: Int
  private let bits: [UInt64]
  /// Row `r`'s ids are `rowIDs[start[r]..<start[r + 1]]`: ascending in the sorted layout, in the
  /// order first met beside the bits.
  private let rowIDs: [Int32]
  private let start: [Int]
  /// Per sentence, bit `signatureBit(id)` set for each id it holds (sorted ids only).
  private let signatures: [UInt64]

  /// The largest bit table built: 1,000 sentences a side over 5,000 ids take 1.25 MB.
  static let byteBudget = 32 << 20

  /// - Parameters:
  ///   - rows: each sentence's ids, in any order, repeats allowed, all below `universe`. Only the
  ///     sorted layout sorts them, each in place in the joined ids (sorting every row first had
  ///     been 1.6 % of aligning 20,000 sentences, which take the bits).
  ///   - byteBudget: the largest bit table to build.
  init(rows: [[Int32]], universe: Int, byteBudget: Int = SentenceMembership.byteBudget) {
    let words = (universe + 63) / 64
    if rows.count * words * 8 <= byteBudget {
      // Each row's ids once, in the order first met (beside the bits, for `forEachID`).
      var bits = [UInt64](repeating: 0, count: rows.count * words)
      var distinct: [Int32] = []
      distinct.reserveCapacity(rows.reduce(0) { $0 + $1.count })
      var start = [0]
      start.reserveCapacity(rows.count + 1)
      for (row, ids) in rows.enumerated() {
        for id in ids {
          let (word, bit) = (row * words + Int(id) >> 6, UInt64(1) << UInt64(id & 63))
          if bits[word] & bit == 0 {
            bits[word] |= bit
            distinct.append(id)
          }
        }
        start.append(distinct.count)
      }
      (wordsPerRow, self.bits, rowIDs, self.start, signatures) = (words, bits, distinct, start, [])
    } else {
      var start = [0]
      var signatures: [UInt64] = []
      signatures.reserveCapacity(rows.count)
      var sorted: [Int32] = []
      sorted.reserveCapacity(rows.reduce(0) { $0 + $1.count })
      for ids in rows {
        let rowStart = sorted.count
        sorted += ids
        let kept = sorted.withUnsafeMutableBufferPointer { buffer in
          UnsafeMutableBufferPointer(rebasing: buffer[rowStart...]).sortAndRemoveRepeats()
        }
        sorted.removeLast(sorted.count - rowStart - kept)
        start.append(sorted.count)
        signatures.append(ids.reduce(0) { $0 | 1 << Self.signatureBit($1) })
      }
      (wordsPerRow, bits, rowIDs, self.start) = (0, [], sorted, start)
      self.signatures = signatures
    }
  }

  /// Whether sentence `row` holds `id`.
  @inline(__always)
  func contains(_ row: Int, _ id: Int32) -> Bool {
    if wordsPerRow > 0 {
      return bits[row * wordsPerRow + Int(id) >> 6] & (1 << UInt64(id & 63)) != 0
    }
    if signatures[row] & 1 << Self.signatureBit(id) == 0 { return false }
    var low = start[row]
    let end = start[row + 1]
    var high = end
    while low < high {
      let middle = (low + high) >> 1
      if rowIDs[middle] < id { low = middle + 1 } else { high = middle }
    }
    return low < end && rowIDs[low] == id
  }

  /// Calls `body` with every id sentence `row` holds, once each, in no promised order: what a
  /// window of sentences needs to mark the ids of each of its sentences at once (see
  /// `TranslationEvidence.windowCoverage`). From the row's list of ids in either layout: reading
  /// them off the bits had cost a test of each bit set.
  @inline(__always)
  func forEachID(inRow row: Int, _ body: (Int32) -> Void) {
    for position in start[row]..<start[row + 1] { body(rowIDs[position]) }
  }

  /// The signature bit of an id: its top six bits after a Fibonacci-hashing multiply, so that
  /// neighbouring ids spread over the 64 bits.
  @inline(__always)
  private static func signatureBit(_ id: Int32) -> UInt64 {
    (UInt64(UInt32(bitPattern: id)) &* 0x9E37_79B9_7F4A_7C15) >> 58
  }
}
