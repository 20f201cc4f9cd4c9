/// The words of an English and a Chinese text as the lexicon reads them, before anything is
/// learned:
/// tokenizing is most of the cost of `TranslationEvidence`, and learning from the document reuses
/// it instead of reading both texts again.
struct LexicalAnalysis: Sendable {
  /// The content word ids of each English sentence, repeats kept.
  let englishIDs: [[Int32]]
  /// Every id the English text holds.
  let present: Set<Int32>
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

  init(english: [String], chinese: [String], lexicon: Lexicon) {
    var interner = TokenInterner(lexicon: lexicon)
    let englishReader = EnglishContentWords(lexicon: lexicon)
    let englishIDs = english.map { englishReader.ids(in: $0, interner: &interner) }
    let present = Set(englishIDs.joined())
    let chineseReader = ChineseContentWords(lexicon: lexicon)
    var stems: [Int32] = []
    var stemStarts = [0]
    var wordEnds: [Int] = []
    var wordStarts = [0]
    var counts: [Int] = []
    var missings: [Int] = []
    for sentence in chinese {
      var count = 0
      var missing = 0
      for token in chineseReader.tokens(in: sentence, interner: &interner) {
        count += 1
        let before = stems.count
        switch token {
        case .headword(let word):
          for stem in lexicon.stems(ofChinese: word) where present.contains(stem) {
            stems.append(stem)
          }
        case .english(let id):
          if present.contains(id) { stems.append(id) }
        }
        if stems.count == before { missing += 1 } else { wordEnds.append(stems.count) }
      }
      stemStarts.append(stems.count)
      wordStarts.append(wordEnds.count)
      counts.append(count)
      missings.append(missing)
    }
    (self.englishIDs, self.present) = (englishIDs, present)
    (chineseStems, chineseStemStart, chineseWordEnd, chineseWordStart) = (
      stems, stemStarts, wordEnds, wordStarts
    )
    (chineseWordCount, chineseUntranslatable) = (counts, missings)
  }
}
