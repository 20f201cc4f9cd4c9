/// Ids for tokens the lexicon does not know (names, acronyms, numbers), numbered after its stems so
/// that one id space holds both and an English "UNICEF" meets the Latin "UNICEF" in Chinese.
struct TokenInterner: Sendable {
  private var ids = HashedKeyTable(capacity: 1_024)
  private var next: Int32
  /// The first id given here (the lexicon's stems come before it).
  let firstOwnID: Int32
  /// The hash of each id given here, in order: id `stemCount + k` is `internedHashes[k]`.
  private(set) var internedHashes: [UInt64] = []

  init(lexicon: Lexicon) {
    next = Int32(lexicon.stemCount)
    firstOwnID = next
  }

  /// The ids here of the tokens `other` gave ids of its own, in its order, each given here on
  /// first sight: what this interner, reading on into the text `other` read, would have given.
  mutating func adopt(_ other: TokenInterner) -> [Int32] {
    other.internedHashes.map { interned($0) }
  }

  /// The id of a stem: the lexicon's, or one given here on first sight.
  mutating func stemID(_ stem: [UInt8], lexicon: Lexicon) -> Int32 {
    let hash = LexiconKey.hash(stem)
    if let id = lexicon.stemID(hash: hash) { return id }
    return interned(hash)
  }

  /// The id of a number, written as its digits (and decimal point) without separators.
  mutating func numberID(_ digits: [UInt8]) -> Int32 {
    interned(LexiconKey.combine(LexiconKey.hash(digits), UInt8(ascii: "#")))
  }

  /// What each word already read became, by the hash of its lower-cased bytes: its id, or −1 for
  /// a stop word. A text repeats its words, and stemming each again was most of reading it.
  private var words = HashedKeyTable(capacity: 1_024)

  /// What the word of `hash` became when it was last read (an id, or −1: no content), if it was.
  func word(_ hash: UInt64) -> Int32? { words.value(hash) }

  /// Records what the word of `hash` becomes (see `word(_:)`).
  mutating func remember(word hash: UInt64, as id: Int32) { words.set(hash, id) }

  /// The id given here to the token of `hash`, if it was met.
  func internedID(_ hash: UInt64) -> Int32? { ids.value(hash) }

  private mutating func interned(_ hash: UInt64) -> Int32 {
    if let id = ids.value(hash) { return id }
    let id = next
    next += 1
    ids.set(hash, id)
    internedHashes.append(hash)
    return id
  }
}
