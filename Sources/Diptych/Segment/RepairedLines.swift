/// The lines word repair changed, counted in the order a pass hands them to it: the first pass
/// over a large input notes them, and the next pass over the same lines repairs only those.
struct RepairedLines {
  /// A bit a line, set where repair changed it; no longer than the last such line needs.
  private var bits: [UInt64] = []
  /// Whether every changed line is noted: until then every line must be repaired.
  private(set) var complete = false

  /// Whether line `ordinal` must go through word repair.
  func needsRepair(_ ordinal: Int) -> Bool {
    guard complete else { return true }
    let word = ordinal >> 6
    return word < bits.count && bits[word] & (1 << UInt64(ordinal & 63)) != 0
  }

  /// Notes that repair changed line `ordinal`.
  mutating func note(_ ordinal: Int) {
    let word = ordinal >> 6
    if word >= bits.count { bits += repeatElement(0, count: word + 1 - bits.count) }
    bits[word] |= 1 << UInt64(ordinal & 63)
  }

  /// Marks the pass that noted the lines as done.
  mutating func finish() { complete = true }
}
