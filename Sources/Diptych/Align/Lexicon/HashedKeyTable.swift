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
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }
}
