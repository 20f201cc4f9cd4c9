/// A table from 64-bit keys that are already hashes (the lexicon's FNV-1a keys) to `Int32`
/// values, by open addressing with linear probing.
///
/// Swift's `Dictionary` hashes every key again with SipHash; segmenting Chinese looks a key up
/// for every character it tries, and that hashing was most of its cost. Here a lookup is one
/// multiplication, a shift and, mostly, one probe.
struct HashedKeyTable: Sendable {
  /// A key beside its value, so that a probe reads one cache line (with keys and values in two
  /// arrays, a lookup in the lexicon's large tables missed the cache twice).
  private struct Slot {
    var key: UInt64
    var value: Int32
  }
  private var slots: [Slot]
  /// 64 minus log2 of the slot count: the top bits of the mixed key pick the slot.
  private var shift: UInt64
  /// How many keys have a value.
  private(set) var count = 0
  private var mask: Int { slots.count - 1 }
  /// Marks a free slot; never a stored value.
  private static let free = Int32.min

  /// An empty table for about `capacity` keys (at most half the slots are filled).
  init(capacity: Int) {
    var bits: UInt64 = 4
    while 1 << bits < 2 * max(1, capacity) { bits += 1 }
    slots = [Slot](repeating: Slot(key: 0, value: Self.free), count: 1 << bits)
    shift = 64 - bits
  }

  /// The value of `key`, if it has one.
  @inline(__always)
  func value(_ key: UInt64) -> Int32? {
    var slot = slot(of: key)
    while slots[slot].value != Self.free {
      if slots[slot].key == key { return slots[slot].value }
      slot = (slot + 1) & mask
    }
    return nil
  }

  /// Sets the value of `key` (not `Int32.min`), doubling the slots when half are filled.
  mutating func set(_ key: UInt64, _ value: Int32) {
    precondition(value != Self.free)
    var slot = slot(of: key)
    while slots[slot].value != Self.free && slots[slot].key != key { slot = (slot + 1) & mask }
    if slots[slot].value == Self.free {
      if 2 * (count + 1) > slots.count {
        grow()
        set(key, value)
        return
      }
      count += 1
    }
    slots[slot] = Slot(key: key, value: value)
  }

  /// `pairs` in the order of the slots their keys' probes start at (pairs of one slot in their
  /// order in `pairs`): set or looked up in this order, keys walk the table from its start to its
  /// end, which the processor reads ahead of them, instead of missing the cache on nearly every
  /// one (loading the lexicon in file order had, and those misses were most of its time).
  func inSlotOrder(_ pairs: [(key: UInt64, value: Int32)]) -> [(key: UInt64, value: Int32)] {
    // A radix sort of the slots, low half of their bits then high half, each pass stable.
    let slotBits = 64 - Int(shift)
    let lowBits = slotBits / 2
    let low = Self.countingSort(pairs, buckets: 1 << lowBits) { slot(of: $0) & (1 << lowBits - 1) }
    return Self.countingSort(low, buckets: 1 << (slotBits - lowBits)) { slot(of: $0) >> lowBits }
  }

  /// `pairs` stably sorted by the bucket of their keys, which is below `buckets`.
  private static func countingSort(
    _ pairs: [(key: UInt64, value: Int32)], buckets: Int, by bucket: (UInt64) -> Int
  ) -> [(key: UInt64, value: Int32)] {
    var start = [Int](repeating: 0, count: buckets + 1)
    for pair in pairs { start[bucket(pair.key) + 1] += 1 }
    for index in 0..<buckets { start[index + 1] += start[index] }
    return [(key: UInt64, value: Int32)](unsafeUninitializedCapacity: pairs.count) {
      sorted, initialized in
      for pair in pairs {
        let index = bucket(pair.key)
        (sorted.baseAddress! + start[index]).initialize(to: pair)
        start[index] += 1
      }
      initialized = pairs.count
    }
  }

  private mutating func grow() {
    var larger = HashedKeyTable(capacity: slots.count)
    for slot in slots where slot.value != Self.free {
      larger.set(slot.key, slot.value)
    }
    self = larger
  }

  /// Fibonacci hashing: FNV-1a's low bits alone are not mixed enough to pick a slot.
  @inline(__always)
  private func slot(of key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* Self.multiplier) >> shift)
  }

  private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
}
