/// The content words of Chinese text: words found by greedy longest match over the lexicon's
/// headwords (会员国 before 会员 before 会), Chinese numerals as numbers (十八 = 18), and Latin
/// words and digits read as English ("UNICEF", "2015").
struct ChineseContentWords {
  let lexicon: Lexicon

  /// One content word: a lexicon headword, or an English-side id (a number, a Latin word).
  enum Token: Equatable {
    case headword(Int32)
    case english(Int32)
  }

  /// The content words of `text` in order, repeats kept. Characters that start no headword and
  /// function words (的, 了, 在; absent from the lexicon) are skipped; a headword that starts with
  /// a function word yields to a word of two or more characters just after it.
  func tokens(in text: String, interner: inout TokenInterner) -> [Token] {
    let scalars = UnicodeScalars.array(text)
    var tokens: [Token] = []
    // A run of other scripts, read as English (its scalars as they are, not a string of them).
    var latin: [Unicode.Scalar] = []
    let english = EnglishContentWords(lexicon: lexicon)
    func flushLatin() {
      guard !latin.isEmpty else { return }
      tokens += english.ids(in: latin, interner: &interner).map(Token.english)
      latin.removeAll(keepingCapacity: true)
    }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard EnglishContentWords.isHan(scalar) else {
        latin.append(Self.halfWidth(scalar))
        index += 1
        continue
      }
      flushLatin()
      var (length, word) = longestHeadword(in: scalars, from: index)
      if length > 1, lexicon.chineseStopCharacters.contains(scalar) {
        // 和服务 is 和 + 服务 (and service), not 和服 (kimono) + 务.
        let next = longestHeadword(in: scalars, from: index + 1).0
        if next >= 2, next + 1 >= length {
          (length, word) = (0, nil)
        }
      }
      let numeral = numeralLength(in: scalars, from: index)
      if numeral > 0, numeral >= length,
        let value = ChineseNumeral.value(
          of: String(String.UnicodeScalarView(scalars[index..<(index + numeral)]))),
        numeral > 1 || !Self.articleNumerals.contains(scalar)
      {
        tokens.append(.english(interner.numberID(Array(String(value).utf8))))
        index += numeral
      } else if let word {
        tokens.append(.headword(word))
        index += length
      } else {
        index += 1
      }
    }
    flushLatin()
    return tokens
  }

  /// The distinct pairs of adjacent Han characters of `text`, hashed, ascending: the keys that
  /// learning from the document pairs with English words the lexicon lacks (names: Abyei,
  /// 阿卜耶伊). Sorted rather than a set: building a set per sentence of a long document cost
  /// more than the learning.
  static func hanBigrams(in text: String) -> [UInt64] {
    var keys: [UInt64] = []
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      guard EnglishContentWords.isHan(scalar) else {
        previous = nil
        continue
      }
      if let previous {
        keys.append(LexiconKey.combine(LexiconKey.combine(LexiconKey.seed, previous), scalar))
      }
      previous = scalar
    }
    keys.sortAndRemoveRepeats()
    return keys
  }

  /// 一 and 两 alone mostly mean "a" and "a couple", not the digits 1 and 2.
  private static let articleNumerals: Set<Unicode.Scalar> = ["一", "两"]

  /// The longest headword starting at `start`, hashing each longer prefix incrementally until no
  /// headword continues it.
  private func longestHeadword(in scalars: [Unicode.Scalar], from start: Int) -> (Int, Int32?) {
    var hash = LexiconKey.seed
    var best: (Int, Int32?) = (0, nil)
    let end = min(scalars.count, start + lexicon.longestHeadword)
    var position = start
    while position < end, EnglishContentWords.isHan(scalars[position]) {
      hash = LexiconKey.combine(hash, scalars[position])
      position += 1
      let segment = lexicon.chineseSegment(hash: hash)
      if let id = segment.word { best = (position - start, id) }
      if !segment.continues { break }
    }
    return best
  }

  private func numeralLength(in scalars: [Unicode.Scalar], from start: Int) -> Int {
    var position = start
    while position < scalars.count, Self.isNumeral(scalars[position]) {
      position += 1
    }
    return position - start
  }

  /// The characters of Chinese numerals, as scalars: cheaper to look up than `Character`s.
  private static let numeralScalars: Set<Unicode.Scalar> = Set(
    [ChineseNumeral.digits.keys, ChineseNumeral.smallUnits.keys, ChineseNumeral.largeUnits.keys]
      .joined()
      .flatMap(\.unicodeScalars))

  /// Whether `scalar` is one of `numeralScalars`: a bit test for the Basic Multilingual Plane,
  /// where every numeral is (hashing each character into the set had been a tenth of reading
  /// Chinese).
  private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    let value = Int(scalar.value)
    if value < 0x10000 { return numeralBits[value >> 6] & 1 << UInt64(value & 63) != 0 }
    return numeralScalars.contains(scalar)
  }

  /// One bit per scalar of the Basic Multilingual Plane, set for the numerals' scalars there.
  private static let numeralBits: [UInt64] = numeralScalars.reduce(
    into: [UInt64](repeating: 0, count: 0x10000 / 64)
  ) { bits, scalar in
    let value = Int(scalar.value)
    if value < 0x10000 { bits[value >> 6] |= 1 << UInt64(value & 63) }
  }

  /// Full-width ASCII (Ａ, ２) as ASCII, so that Latin words and digits read alike in both scripts.
  private static func halfWidth(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    guard (0xFF01...0xFF5E).contains(scalar.value) else { return scalar }
    return Unicode.Scalar(scalar.value - 0xFEE0)!
  }
}
