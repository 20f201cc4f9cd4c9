/// An English–Chinese lexicon: English stems and simplified Chinese words, each with the other
/// side's translations. Built from CC-CEDICT by `Tools/make-lexicon.py`; see `LexiconFile`.
///
/// Words are interned: a stem is an `Int32` below `stemCount`, a Chinese headword an `Int32`
/// below `chineseWordCount`. Tables are keyed by `LexiconKey` hashes, so lookups build no strings.
package struct Lexicon: Sendable {
  /// English stems, by the hash of their bytes.
  let stemIDs: HashedKeyTable
  /// Lower-case English words that carry no content ("the", "of"), by hash (value 0).
  let stopWords: HashedKeyTable
  /// Irregular forms and their base ("went" → "go"): the form's hash gives the index of its base
  /// in `irregularBaseWords` (a table of hashes, not a dictionary that would hash each word of a
  /// text again).
  let irregularBases: HashedKeyTable
  let irregularBaseWords: [[UInt8]]
  /// Simplified Chinese headwords and every proper prefix (whole scalars) of one, by the hash of
  /// their UTF-8 bytes: the headword's id (−1 for a prefix only) times 2, plus 1 when a longer
  /// headword starts with it. A segmenter extending a match stops at the first prefix no
  /// headword continues instead of trying every length up to `longestHeadword`.
  let chineseSegments: HashedKeyTable
  /// The stems of headword `i` are `stemsOfChinese[stemsStart[i]..<stemsStart[i + 1]]`, ascending.
  let stemsStart: [Int32]
  let stemsOfChinese: [Int32]
  /// The headwords of stem `s` are `chineseOfStem[chineseStart[s]..<chineseStart[s + 1]]`,
  /// ascending.
  let chineseStart: [Int32]
  let chineseOfStem: [Int32]
  /// The longest headword, in Unicode scalars: the segmenter tries no longer match.
  let longestHeadword: Int
  /// One-character Chinese function words (的, 和, 在): absent from the lexicon, and a word that
  /// starts with one yields to a word of two or more characters starting just after it.
  let chineseStopCharacters: Set<Unicode.Scalar>

  /// How many distinct English stems the lexicon knows.
  package var stemCount: Int { chineseStart.count - 1 }
  /// How many Chinese headwords the lexicon knows.
  package var chineseWordCount: Int { stemsStart.count - 1 }

  /// The stem of a lower-case ASCII word, irregular forms first ("went" → "go", "children" →
  /// "child").
  package func stem(_ word: [UInt8]) -> [UInt8] {
    PorterStemmer.stem(irregularBase(of: word) ?? word)
  }

  /// The base of an irregular form ("went" → "go"), nil for any other word.
  func irregularBase(of word: [UInt8]) -> [UInt8]? {
    irregularBases.value(LexiconKey.hash(word)).map { irregularBaseWords[Int($0)] }
  }

  /// Whether a lower-case word carries no content.
  package func isStopWord(_ word: [UInt8]) -> Bool { isStopWord(hash: LexiconKey.hash(word)) }

  /// Whether the lower-case word whose bytes hash to `hash` carries no content.
  func isStopWord(hash: UInt64) -> Bool { stopWords.value(hash) != nil }

  /// The id of a stem, if the lexicon knows it.
  package func stemID(_ stem: [UInt8]) -> Int32? { stemIDs.value(LexiconKey.hash(stem)) }

  /// The id of a stem given by its hash.
  func stemID(hash: UInt64) -> Int32? { stemIDs.value(hash) }

  /// The id of a simplified Chinese headword.
  package func chineseWordID(_ word: String) -> Int32? {
    chineseSegment(hash: LexiconKey.hash(word.utf8)).word
  }

  /// The headword whose bytes hash to `hash`, if any, and whether a longer headword starts with
  /// those bytes.
  @inline(__always)
  func chineseSegment(hash: UInt64) -> (word: Int32?, continues: Bool) {
    guard let value = chineseSegments.value(hash) else { return (nil, false) }
    return (value >= 0 ? value >> 1 : nil, value & 1 == 1)
  }

  /// The stems that translate a Chinese headword, ascending.
  package func stems(ofChinese word: Int32) -> ArraySlice<Int32> {
    stemsOfChinese[Int(stemsStart[Int(word)])..<Int(stemsStart[Int(word) + 1])]
  }

  /// The Chinese headwords that translate a stem, ascending.
  package func chineseWords(ofStem stem: Int32) -> ArraySlice<Int32> {
    chineseOfStem[Int(chineseStart[Int(stem)])..<Int(chineseStart[Int(stem) + 1])]
  }
}
