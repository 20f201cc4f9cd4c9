/// Lexical translation evidence between the sentences (or blocks) of an English and a Chinese
/// text, analysed once so that scoring a candidate bead is cheap enough for every cell of a
/// dynamic programme.
///
/// Each English sentence becomes its content stems; each Chinese sentence its content words, each
/// with the English stems that translate it. An English word is covered in a bead when a Chinese
/// sentence of the bead has a word it translates, and a Chinese word when one of its stems is in
/// an English sentence of the bead. Words with no possible counterpart anywhere in the other text
/// are counted once when analysing; the others are renumbered densely so that each test is a bit
/// lookup in a `SentenceMembership`.
package struct TranslationEvidence: Sendable {
  /// The English content words of each sentence, repeats counted.
  private let englishWordCount: [Int]
  /// Those that no Chinese word of the text translates.
  private let englishUntranslatable: [Int]
  /// The others, as dense ids: sentence `s` is `englishTokens[englishStart[s]..<englishStart[s + 1]]`.
  private let englishTokens: [Int32]
  private let englishStart: [Int]
  /// The Chinese content words of each sentence, and those that nothing in the English translates.
  private let chineseWordCount: [Int]
  private let chineseUntranslatable: [Int]
  /// The stems (dense ids) of each other Chinese word: word `w` is
  /// `chineseStems[chineseWordEnd[w - 1]..<chineseWordEnd[w]]`; sentence `s` holds words
  /// `chineseWordStart[s]..<chineseWordStart[s + 1]`.
  private let chineseStems: [Int32]
  private let chineseWordEnd: [Int]
  private let chineseWordStart: [Int]
  /// The dense ids each English sentence holds, and those each Chinese sentence translates.
  private let englishSets: SentenceMembership
  private let chineseSets: SentenceMembership

  /// Analyses both sides once.
  package init(english: [String], chinese: [String], lexicon: Lexicon) {
    var interner = TokenInterner(lexicon: lexicon)
    let englishReader = EnglishContentWords(lexicon: lexicon)
    let englishIDs = english.map { englishReader.ids(in: $0, interner: &interner) }
    let present = Set(englishIDs.joined())

    // Chinese words with their stems found in the English text, and the dense numbering.
    let chineseReader = ChineseContentWords(lexicon: lexicon)
    var dense: [Int32: Int32] = [:]
    var stems: [Int32] = []
    var wordEnds: [Int] = []
    var wordStarts = [0]
    var chineseCounts: [Int] = []
    var chineseMissing: [Int] = []
    var chineseRows: [[Int32]] = []
    for sentence in chinese {
      var count = 0
      var missing = 0
      let firstStem = stems.count
      for token in chineseReader.tokens(in: sentence, interner: &interner) {
        count += 1
        let before = stems.count
        switch token {
        case .headword(let word):
          for stem in lexicon.stems(ofChinese: word) where present.contains(stem) { stems.append(stem) }
        case .english(let id):
          if present.contains(id) { stems.append(id) }
        }
        if stems.count == before { missing += 1 } else { wordEnds.append(stems.count) }
      }
      for index in firstStem..<stems.count {
        let id = stems[index]
        if let number = dense[id] {
          stems[index] = number
        } else {
          let number = Int32(dense.count)
          dense[id] = number
          stems[index] = number
        }
      }
      wordStarts.append(wordEnds.count)
      chineseCounts.append(count)
      chineseMissing.append(missing)
      chineseRows.append(Set(stems[firstStem...]).sorted())
    }
    (chineseStems, chineseWordEnd, chineseWordStart) = (stems, wordEnds, wordStarts)
    (chineseWordCount, chineseUntranslatable) = (chineseCounts, chineseMissing)

    var tokens: [Int32] = []
    var starts = [0]
    var englishRows: [[Int32]] = []
    for ids in englishIDs {
      let relevant = ids.compactMap { dense[$0] }
      tokens += relevant
      starts.append(tokens.count)
      englishRows.append(Set(relevant).sorted())
    }
    (englishTokens, englishStart) = (tokens, starts)
    englishWordCount = englishIDs.map(\.count)
    englishUntranslatable = zip(englishIDs, englishRows.indices).map { ids, row in ids.count - (starts[row + 1] - starts[row]) }
    englishSets = SentenceMembership(rows: englishRows, universe: dense.count)
    chineseSets = SentenceMembership(rows: chineseRows, universe: dense.count)
  }

  /// How many English sentences were analysed.
  package var englishCount: Int { englishWordCount.count }
  /// How many Chinese sentences were analysed.
  package var chineseCount: Int { chineseWordCount.count }

  /// The coverage of the bead pairing English sentences `english` with Chinese sentences `chinese`.
  package func coverage(english: Range<Int>, chinese: Range<Int>) -> BeadCoverage {
    var result = BeadCoverage()
    for sentence in english {
      result.englishWords += englishWordCount[sentence]
      result.englishUncovered += englishUntranslatable[sentence]
      for position in englishStart[sentence]..<englishStart[sentence + 1] {
        let word = englishTokens[position]
        var covered = false
        for other in chinese where chineseSets.contains(other, word) {
          covered = true
          break
        }
        if !covered { result.englishUncovered += 1 }
      }
    }
    for sentence in chinese {
      result.chineseWords += chineseWordCount[sentence]
      result.chineseUncovered += chineseUntranslatable[sentence]
      for word in chineseWordStart[sentence]..<chineseWordStart[sentence + 1] where !isCovered(chineseWord: word, by: english) {
        result.chineseUncovered += 1
      }
    }
    return result
  }

  private func isCovered(chineseWord word: Int, by english: Range<Int>) -> Bool {
    let start = word == 0 ? 0 : chineseWordEnd[word - 1]
    for position in start..<chineseWordEnd[word] {
      let stem = chineseStems[position]
      for sentence in english where englishSets.contains(sentence, stem) { return true }
    }
    return false
  }
}
