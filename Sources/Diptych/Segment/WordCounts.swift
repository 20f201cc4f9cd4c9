import Foundation

/// How often each word of a document occurs, case-insensitively, keyed by UTF-8 bytes so that
/// counting and looking up an ASCII word costs no `String`.
///
/// A key is the word lower-cased; a word with non-ASCII characters is also put in Unicode
/// normalization form C, so that two words count as one exactly when their lower-cased `String`s
/// are equal (Swift compares strings by canonical equivalence).
struct WordCounts {
  /// A word's key (its bytes in the arena), hash and count; a count of 0 marks an empty slot.
  private struct Entry {
    var start: Int32
    var length: Int32
    var hash: UInt32
    var count: Int32

    static let empty = Entry(start: 0, length: 0, hash: 0, count: 0)
  }

  /// The entries, in the slots of an open-addressing table whose capacity is a power of two:
  /// a lookup reads its slot and the key's bytes, no index to follow to a second array.
  private var slots = [Entry](repeating: .empty, count: 1024)
  /// The keys' bytes, one after another.
  private var arena: [UInt8] = []
  /// A Bloom filter of the keys, two bits a key among eight a slot: most words the table lacks
  /// are told so from a few kilobytes that stay in cache, without reading the table.
  private var filter = [UInt64](repeating: 0, count: 1024 / 8)

  /// The shapes of the keys (length, first two and last two bytes), one bit each: whether two
  /// fragments can join into a word counted is mostly told from their ends, before their joined
  /// bytes are copied and hashed. Of a fixed size: it only spares work, and a full one spares
  /// less.
  private var shapes = [UInt64](repeating: 0, count: shapeBits / 64)
  private static let shapeBits = 1 << 19

  /// The number of distinct words.
  private(set) var count = 0

  /// Adds one occurrence of the word whose key is `key` (ASCII upper case is folded), unless
  /// the word is new and `limit` words are already counted.
  mutating func add(_ key: UnsafeBufferPointer<UInt8>, limit: Int) {
    let hash = Self.hash(key)
    let (found, slot) = find(key, hash: hash)
    if found {
      slots.withUnsafeMutableBufferPointer { $0[slot].count += 1 }
      return
    }
    guard count < limit else { return }
    slots[slot] = Entry(start: Int32(arena.count), length: Int32(key.count), hash: hash, count: 1)
    for byte in key { arena.append(Self.folded(byte)) }
    Self.setFilterBits(hash, in: &filter)
    if key.count >= 2 {
      let shape = Self.shape(
        count: key.count, first: key[0], second: key[1], penultimate: key[key.count - 2],
        last: key[key.count - 1])
      shapes[shape >> 6] |= 1 << (shape & 63)
    }
    count += 1
    // Up to two thirds full: a smaller table stays in cache, and a lookup's few extra probes
    // mostly read the same cache line (four slots a line).
    if count * 3 > slots.count * 2 { grow() }
  }

  /// Whether the word whose key is `key` (ASCII upper case is folded) may occur: false only if
  /// it does not.
  func mayOccur(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let hash = Self.hash(key)
    return filter.withUnsafeBufferPointer { filter in
      let (first, second) = Self.filterBits(hash, size: filter.count)
      return filter[first >> 6] & (1 << (first & 63)) != 0
        && filter[second >> 6] & (1 << (second & 63)) != 0
    }
  }

  /// Whether a word of `count` bytes (two at least) whose first two, and last two, bytes are
  /// these (ASCII upper case is folded) may occur: false only if it does not.
  @inline(__always) func mayOccur(
    count: Int, first: UInt8, second: UInt8, penultimate: UInt8, last: UInt8
  ) -> Bool {
    let shape = Self.shape(
      count: count, first: first, second: second, penultimate: penultimate, last: last)
    return shapes.withUnsafeBufferPointer { $0[shape >> 6] & (1 << (shape & 63)) != 0 }
  }

  /// The bit of a word's shape in `shapes`.
  @inline(__always) private static func shape(
    count: Int, first: UInt8, second: UInt8, penultimate: UInt8, last: UInt8
  ) -> Int {
    let ends =
      UInt64(folded(first)) | UInt64(folded(second)) << 8 | UInt64(folded(penultimate)) << 16
      | UInt64(folded(last)) << 24 | UInt64(truncatingIfNeeded: count) << 32
    return Int(truncatingIfNeeded: mix(ends) >> 45)
  }

  /// The two bits of the filter, of `size` words, that a key's hash sets: from the hash's low
  /// bits, and from its bits rotated by half.
  @inline(__always) private static func filterBits(_ hash: UInt32, size: Int) -> (Int, Int) {
    let mask = size * 64 - 1
    return (Int(hash) & mask, Int(hash >> 16 | hash << 16) & mask)
  }

  private static func setFilterBits(_ hash: UInt32, in filter: inout [UInt64]) {
    let (first, second) = filterBits(hash, size: filter.count)
    filter[first >> 6] |= 1 << (first & 63)
    filter[second >> 6] |= 1 << (second & 63)
  }

  /// How often the word whose key is `key` (ASCII upper case is folded) occurs.
  func occurrences(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    let (found, slot) = find(key, hash: Self.hash(key))
    return found ? Int(slots[slot].count) : 0
  }

  /// Whether the table holds `key`, and the slot that holds it or would.
  @inline(__always) private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (
    found: Bool, slot: Int
  ) {
    slots.withUnsafeBufferPointer { slots in
      arena.withUnsafeBufferPointer { arena in
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot].count != 0 {
          let entry = slots[slot]
          if entry.hash == hash, Int(entry.length) == key.count,
            Self.equal(arena, from: Int(entry.start), key)
          {
            return (true, slot)
          }
          slot = (slot + 1) & mask
        }
        return (false, slot)
      }
    }
  }

  /// Whether the folded `stored` bytes from `start` are `key` folded, compared eight at a time.
  @inline(__always) private static func equal(
    _ stored: UnsafeBufferPointer<UInt8>, from start: Int, _ key: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var index = 0
    if let keyBase = UnsafeRawPointer(key.baseAddress),
      let storedBase = UnsafeRawPointer(stored.baseAddress)
    {
      while index + 8 <= key.count {
        let word = UInt64(
          littleEndian: keyBase.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let kept = UInt64(
          littleEndian: storedBase.loadUnaligned(fromByteOffset: start + index, as: UInt64.self))
        if kept != folded(word) { return false }
        index += 8
      }
    }
    while index < key.count {
      if stored[start + index] != folded(key[index]) { return false }
      index += 1
    }
    return true
  }

  /// Adds one occurrence of `word`, which may have any characters.
  mutating func add(_ word: some StringProtocol, limit: Int) {
    var key = Self.key(word)
    key.withUTF8 { add($0, limit: limit) }
  }

  /// How often `word`, which may have any characters, occurs.
  func occurrences(_ word: some StringProtocol) -> Int {
    var key = Self.key(word)
    return key.withUTF8 { occurrences($0) }
  }

  /// The key of a word: lower-cased, and in normalization form C if not ASCII.
  private static func key(_ word: some StringProtocol) -> String {
    let lowered = word.lowercased()
    if lowered.utf8.allSatisfy({ $0 < 0x80 }) { return lowered }
    return lowered.precomposedStringWithCanonicalMapping
  }

  private mutating func grow() {
    let old = slots
    slots = [Entry](repeating: .empty, count: old.count * 2)
    filter = [UInt64](repeating: 0, count: slots.count / 8)
    let mask = slots.count - 1
    for entry in old where entry.count != 0 {
      var slot = Int(entry.hash) & mask
      while slots[slot].count != 0 { slot = (slot + 1) & mask }
      slots[slot] = entry
      Self.setFilterBits(entry.hash, in: &filter)
    }
  }

  @inline(__always) private static func folded(_ byte: UInt8) -> UInt8 {
    ASCIIBytes.isUppercase(byte) ? byte | 0x20 : byte
  }

  /// A hash of the folded bytes, eight at a time, mixed so that the low bits index the slots well.
  @inline(__always) private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(key.count)
    var index = 0
    if let base = UnsafeRawPointer(key.baseAddress) {
      while index + 8 <= key.count {
        value = mix(
          value
            ^ folded(
              UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))))
        index += 8
      }
    }
    if index < key.count {
      var last: UInt64 = 0
      var shift: UInt64 = 0
      while index < key.count {
        last |= UInt64(key[index]) << shift
        shift += 8
        index += 1
      }
      value = mix(value ^ folded(last))
    }
    return UInt32(truncatingIfNeeded: (value ^ (value >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32)
  }

  @inline(__always) private static func mix(_ value: UInt64) -> UInt64 {
    (value ^ (value >> 31)) &* 0x9E37_79B9_7F4A_7C15
  }

  /// Eight bytes with ASCII upper case folded, as `folded(_:)` folds each.
  @inline(__always) private static func folded(_ word: UInt64) -> UInt64 {
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    // The high bit of each byte: set from "A" (0x41) on, and from past "Z" (0x5B) on.
    let fromA = low &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = low &+ 0x2525_2525_2525_2525
    let upper = fromA & ~pastZ & ~word & 0x8080_8080_8080_8080
    return word | (upper >> 2)
  }
}
