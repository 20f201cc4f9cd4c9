/// The 64-bit FNV-1a hash of a word's UTF-8 bytes: the lexicon's tables are keyed by it, so that
/// loading builds no strings and a segmenter can hash every prefix of a run incrementally.
///
/// With about 150,000 keys a collision of two 64-bit hashes has odds near 10⁻⁹; it would only
/// merge two words' translations.
struct LexiconKey {
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x0000_0100_0000_01B3

  @inline(__always)
  static func combine(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* prime
  }

  static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var value = seed
    for byte in bytes { value = combine(value, byte) }
    return value
  }

  /// Continues `hash` with the UTF-8 bytes of `scalar`, encoded here: through `UTF8.encode`'s
  /// optional buffer, this was most of hashing a Chinese text's prefixes and bigrams.
  @inline(__always)
  static func combine(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
    let value = scalar.value
    if value < 0x80 { return combine(hash, UInt8(value)) }
    let continuation = { (shift: UInt32) in UInt8(0x80 | (value >> shift) & 0x3F) }
    if value < 0x800 {
      return combine(combine(hash, UInt8(0xC0 | value >> 6)), continuation(0))
    }
    if value < 0x1_0000 {
      return combine(
        combine(combine(hash, UInt8(0xE0 | value >> 12)), continuation(6)), continuation(0))
    }
    return combine(
      combine(combine(combine(hash, UInt8(0xF0 | value >> 18)), continuation(12)), continuation(6)),
      continuation(0))
  }
}
