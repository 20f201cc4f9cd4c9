/// The words of an English and a Chinese text as the lexicon reads them, before anything is
/// learned:
/// tokenizing is most of the cost of `TranslationEvidence`, and learning from the document reuses
/// it instead of reading both texts again.
struct LexicalAnalysis: Sendable {
  /// The content word ids of each English sentence, repeats kept.
  let englishIDs: [[Int32]]
  /// Whether the English text holds each id (ids are small: the lexicon's stems, then the
  /// text's own words), an array rather than a set so that each test is one load.
  let present: [Bool]
  /// The English ids (present ones only) that translate each Chinese content word with any:
  /// sentence `s`'s are `chineseStems[chineseStemStart[s]..<chineseStemStart[s + 1]]`, word `w`
  /// of the document ends at `chineseWordEnd[w]`, sentence `s` holds words
  /// `chineseWordStart[s]..<chineseWordStart[s + 1]`.
  let chineseStems: [Int32]
  let chineseStemStart: [Int]
  let chineseWordEnd: [Int]
  let chineseWordStart: [Int]
  /// The Chinese content words of each sentence, and those that nothing in the English translates.
  let chineseWordCount: [Int]
  let chineseUntranslatable: [Int]

  /// Reads both texts, the English and the Chinese at once when `work` has two threads.
  init(english: [String], chinese: [String], lexicon: Lexicon, work: ParallelWork = .serial) {
    let (english, chinese) = work.both(
      { EnglishReading(english, lexicon: lexicon) }, { ChineseReading(chinese, lexicon: lexicon) })
    self.init(english: english, chinese: chinese, lexicon: lexicon, work: work)
  }

  /// The analysis of two texts read apart, each with its own interner; `work` spreads the
  /// Chinese sentences over its threads.
  init(
    english: EnglishReading, chinese: ChineseReading, lexicon: Lexicon,
    work: ParallelWork = .serial
  ) {
    let englishIDs = english.ids
    var present = [Bool](
      repeating: false, count: lexicon.stemCount + english.interner.internedHashes.count)
    for ids in englishIDs {
      for id in ids { present[Int(id)] = true }
    }
    // The Chinese reading's own ids (past the lexicon's stems) become the English reading's id
    // for the same token, or none when the English lacks it: the ids one interner reading the
    // English and then the Chinese would have given, for every token that can matter.
    let ownIDs = chinese.interner.internedHashes.map { english.interner.internedID($0) ?? -1 }
    let runs = work.ranges(chinese.tokenStart.count - 1) {
      chinese.tokenStart[$0 + 1] - chinese.tokenStart[$0]
    }
    let parts = work.map(runs.count) { run in
      ChineseStems(
        chinese, sentences: runs[run], present: present, ownIDs: ownIDs, lexicon: lexicon)
    }
    // The runs' positions continue one another.
    var whole = ChineseStems()
    for part in parts {
      let (stemBase, wordBase) = (whole.stems.count, whole.wordEnds.count)
      whole.stems += part.stems
      whole.stemStarts += part.stemStarts.dropFirst().lazy.map { $0 + stemBase }
      whole.wordEnds += part.wordEnds.lazy.map { $0 + stemBase }
      whole.wordStarts += part.wordStarts.dropFirst().lazy.map { $0 + wordBase }
      whole.counts += part.counts
      whole.missings += part.missings
    }
    (self.englishIDs, self.present) = (englishIDs, present)
    (chineseStems, chineseStemStart, chineseWordEnd, chineseWordStart) = (
      whole.stems, whole.stemStarts, whole.wordEnds, whole.wordStarts
    )
    (chineseWordCount, chineseUntranslatable) = (whole.counts, whole.missings)
  }

  /// The present English ids translating the content words of some Chinese sentences, laid out
  /// as `LexicalAnalysis` keeps them, positions counted from the first of those sentences.
  private struct ChineseStems {
    var stems: [Int32] = []
    var stemStarts = [0]
    var wordEnds: [Int] = []
    var wordStarts = [0]
    var counts: [Int] = []
    var missings: [Int] = []

    init() {}

    init(
      _ chinese: ChineseReading, sentences: Range<Int>, present: [Bool], ownIDs: [Int32],
      lexicon: Lexicon
    ) {
      let firstOwnID = Int32(lexicon.stemCount)
      for sentence in sentences {
        var count = 0
        var missing = 0
        for token in chinese.tokens[chinese.tokenStart[sentence]..<chinese.tokenStart[sentence + 1]]
        {
          count += 1
          let before = stems.count
          switch token {
          case .headword(let word):
            for stem in lexicon.stems(ofChinese: word) where present[Int(stem)] {
              stems.append(stem)
            }
          case .english(let own):
            let id = own < firstOwnID ? own : ownIDs[Int(own - firstOwnID)]
            if id >= 0 && present[Int(id)] { stems.append(id) }
          }
          if stems.count == before { missing += 1 } else { wordEnds.append(stems.count) }
        }
        stemStarts.append(stems.count)
        wordStarts.append(wordEnds.count)
        counts.append(count)
        missings.append(missing)
      }
    }
  }

  /// The content word ids of each English sentence, and the interner that numbered them.
  struct EnglishReading: Sendable {
    let ids: [[Int32]]
    let interner: TokenInterner

    init(_ sentences: [String], lexicon: Lexicon) {
      var interner = TokenInterner(lexicon: lexicon)
      let reader = EnglishContentWords(lexicon: lexicon)
      ids = sentences.map { reader.ids(in: $0, interner: &interner) }
      self.interner = interner
    }
  }

  /// The content words of each Chinese sentence, numbered by an interner of their own:
  /// sentence `s`'s are `tokens[tokenStart[s]..<tokenStart[s + 1]]`.
  struct ChineseReading: Sendable {
    let tokens: [ChineseContentWords.Token]
    let tokenStart: [Int]
    let interner: TokenInterner

    init(_ sentences: some Collection<String>, lexicon: Lexicon) {
      var interner = TokenInterner(lexicon: lexicon)
      let reader = ChineseContentWords(lexicon: lexicon)
      var tokens: [ChineseContentWords.Token] = []
      var starts = [0]
      starts.reserveCapacity(sentences.count + 1)
      for sentence in sentences {
        tokens += reader.tokens(in: sentence, interner: &interner)
        starts.append(tokens.count)
      }
      (self.tokens, tokenStart, self.interner) = (tokens, starts, interner)
    }

    /// The reading of runs of sentences read apart (on several threads), in their order: the
    /// same as one reading of them all, own ids renumbered as one interner would have given them.
    init(joining parts: [ChineseReading]) {
      guard var interner = parts.first?.interner else {
        preconditionFailure("a reading joins at least one part")
      }
      var tokens = parts[0].tokens
      var starts = parts[0].tokenStart
      for part in parts.dropFirst() {
        let ids = interner.adopt(part.interner)
        let base = tokens.count
        for token in part.tokens {
          if case .english(let own) = token, own >= interner.firstOwnID {
            tokens.append(.english(ids[Int(own - interner.firstOwnID)]))
          } else {
            tokens.append(token)
          }
        }
        starts += part.tokenStart.dropFirst().lazy.map { $0 + base }
      }
      (self.tokens, tokenStart, self.interner) = (tokens, starts, interner)
    }
  }
}
