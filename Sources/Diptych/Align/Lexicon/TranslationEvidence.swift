/// Lexical translation evidence between the sentences (or blocks) of an English and a Chinese
/// text, analysed once so that scoring a candidate bead is cheap enough for every cell of a
/// dynamic programme.
///
/// Each English sentence becomes its content stems; each Chinese sentence its content words, each
/// with the English stems that translate it, and the sorted set of all those stems. An English
/// word is covered in a bead when its stem is in the set of a Chinese sentence of the bead, and a
/// Chinese word when one of its stems is among the bead's English stems: binary searches over
/// short arrays. Stems that occur nowhere in the English text are dropped from the Chinese side
/// when it is analysed (they can cover nothing), which keeps those arrays short.
package struct TranslationEvidence: Sendable {
  /// The English ids of all sentences, in order, repeats kept; sentence `s` is
  /// `englishTokens[englishStart[s]..<englishStart[s + 1]]`.
  private let englishTokens: [Int32]
  private let englishStart: [Int]
  /// The same per sentence, sorted without repeats.
  private let englishSets: [Int32]
  private let englishSetStart: [Int]
  /// For each Chinese word that has a translation in the English text, those translations:
  /// word `w` is `chineseStems[chineseWordEnd[w - 1]..<chineseWordEnd[w]]`; sentence `s` holds
  /// words `chineseWordStart[s]..<chineseWordStart[s + 1]`.
  private let chineseStems: [Int32]
  private let chineseWordEnd: [Int]
  private let chineseWordStart: [Int]
  /// Content words of each Chinese sentence that nothing in the English text translates.
  private let chineseUntranslatable: [Int]
  /// Every English id that translates some word of each Chinese sentence, ascending.
  private let chineseSets: [Int32]
  private let chineseSetStart: [Int]

  /// Analyses both sides once.
  package init(english: [String], chinese: [String], lexicon: Lexicon) {
    var interner = TokenInterner(lexicon: lexicon)
    let englishReader = EnglishContentWords(lexicon: lexicon)
    var tokens: [Int32] = []
    var starts = [0]
    var sets: [Int32] = []
    var setStarts = [0]
    for sentence in english {
      let ids = englishReader.ids(in: sentence, interner: &interner)
      tokens += ids
      starts.append(tokens.count)
      sets += Set(ids).sorted()
      setStarts.append(sets.count)
    }
    (englishTokens, englishStart, englishSets, englishSetStart) = (tokens, starts, sets, setStarts)
    let present = Set(tokens)

    let chineseReader = ChineseContentWords(lexicon: lexicon)
    var stems: [Int32] = []
    var wordEnds: [Int] = []
    var wordStarts = [0]
    var untranslatable: [Int] = []
    var chineseSets: [Int32] = []
    var chineseSetStarts = [0]
    for sentence in chinese {
      var missing = 0
      let firstStem = stems.count
      for token in chineseReader.tokens(in: sentence, interner: &interner) {
        let before = stems.count
        switch token {
        case .headword(let word):
          for stem in lexicon.stems(ofChinese: word) where present.contains(stem) { stems.append(stem) }
        case .english(let id):
          if present.contains(id) { stems.append(id) }
        }
        if stems.count == before { missing += 1 } else { wordEnds.append(stems.count) }
      }
      wordStarts.append(wordEnds.count)
      untranslatable.append(missing)
      chineseSets += Set(stems[firstStem...]).sorted()
      chineseSetStarts.append(chineseSets.count)
    }
    (chineseStems, chineseWordEnd, chineseWordStart) = (stems, wordEnds, wordStarts)
    (chineseUntranslatable, self.chineseSets, chineseSetStart) = (untranslatable, chineseSets, chineseSetStarts)
  }

  /// How many English sentences were analysed.
  package var englishCount: Int { englishStart.count - 1 }
  /// How many Chinese sentences were analysed.
  package var chineseCount: Int { chineseWordStart.count - 1 }

  /// The content-word ids of one English sentence (stems, or numbers and unknown words), in order.
  package func englishWords(of sentence: Int) -> ArraySlice<Int32> {
    englishTokens[englishStart[sentence]..<englishStart[sentence + 1]]
  }

  /// The coverage of the bead pairing English sentences `english` with Chinese sentences `chinese`.
  package func coverage(english: Range<Int>, chinese: Range<Int>) -> BeadCoverage {
    var result = BeadCoverage()
    for sentence in english {
      for position in englishStart[sentence]..<englishStart[sentence + 1] {
        let word = englishTokens[position]
        result.englishWords += 1
        var covered = false
        for other in chinese where Self.contains(chineseSets, chineseSetStart[other], chineseSetStart[other + 1], word) {
          covered = true
          break
        }
        if !covered { result.englishUncovered += 1 }
      }
    }
    for sentence in chinese {
      let untranslatable = chineseUntranslatable[sentence]
      let firstWord = chineseWordStart[sentence]
      let endWord = chineseWordStart[sentence + 1]
      result.chineseWords += untranslatable + endWord - firstWord
      result.chineseUncovered += untranslatable
      guard !english.isEmpty else {
        result.chineseUncovered += endWord - firstWord
        continue
      }
      for word in firstWord..<endWord where !isCovered(chineseWord: word, by: english) {
        result.chineseUncovered += 1
      }
    }
    return result
  }

  private func isCovered(chineseWord word: Int, by english: Range<Int>) -> Bool {
    let start = word == 0 ? 0 : chineseWordEnd[word - 1]
    for position in start..<chineseWordEnd[word] {
      let stem = chineseStems[position]
      for sentence in english where Self.contains(englishSets, englishSetStart[sentence], englishSetStart[sentence + 1], stem) {
        return true
      }
    }
    return false
  }

  /// Whether `sorted[low..<high]`, ascending, holds `value`.
  @inline(__always)
  static func contains(_ sorted: [Int32], _ start: Int, _ end: Int, _ value: Int32) -> Bool {
    var low = start
    var high = end
    while low < high {
      let middle = (low + high) >> 1
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < end && sorted[low] == value
  }
}
