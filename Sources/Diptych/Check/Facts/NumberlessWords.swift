/// Chinese words and set phrases that hold a numeral but state no number: the headwords of the
/// aligner's lexicon whose English glosses carry no number word (放之四海而皆准 "universally
/// applicable", 四平八稳 "steady", 韦编三绝 "to study diligently"), where a count
/// holds one (三中全会 "third plenum", 两国 "two countries", 三峡 "Three Gorges").
struct NumberlessWords: Sendable {
  let lexicon: Lexicon
  /// The stems of English cardinals, ordinals, scale words and multipliers ("triple" = 三重);
  /// not "dual" or "binary", which name a kind (二元结构 = "dual structure").
  let numberStems: Set<Int32>

  /// Built from the bundled lexicon; nil when it cannot be read (the numerals are then counts).
  static let bundled: NumberlessWords? = {
    guard case .success(let lexicon) = Lexicon.bundled else { return nil }
    return NumberlessWords(lexicon: lexicon)
  }()

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
    let words =
      [
        EnglishNumberWords.cardinals.keys, EnglishNumberWords.ordinals.keys,
        EnglishNumberWords.scales.keys, EnglishNumberWords.folds.keys,
      ].joined() + ["double", "twice", "triple", "treble", "quadruple"]
    numberStems = Set(words.compactMap { lexicon.stemID(lexicon.stem(Array($0.utf8))) })
  }

  /// The longest headword, at most this many scalars, is looked for around a numeral.
  static let longestWord = 8

  /// The shortest set phrase looked up: a word of two scalars (二心, 四国 "Shikoku") may be a count
  /// changed into another word.
  static let shortestWord = 3

  /// Whether the longest headword holding `range` of `text` (three scalars or more) has English
  /// glosses and none of them is a number word.
  func holdsNoNumber(_ range: Range<Int>, in text: ScalarText) -> Bool {
    // A spelled number longer than any headword looked for ("一万二千三百四十五") is in none.
    guard range.count <= Self.longestWord else { return false }
    var best: (length: Int, word: Int32)?
    let firstStart = max(0, range.upperBound - Self.longestWord)
    for start in firstStart...range.lowerBound {
      guard (start..<range.lowerBound).allSatisfy({ text[$0]?.isHan == true }) else { continue }
      var end = max(range.upperBound, start + Self.shortestWord)
      while end <= min(text.count, start + Self.longestWord), text[end - 1]?.isHan == true {
        if end - start > best?.length ?? 0,
          let word = lexicon.chineseWordID(text.text(start..<end))
        {
          best = (end - start, word)
        }
        end += 1
      }
    }
    guard let word = best?.word else { return false }
    let stems = lexicon.stems(ofChinese: word)
    return !stems.isEmpty && !stems.contains(where: numberStems.contains)
  }
}
