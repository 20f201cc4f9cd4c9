/// Lexical translation evidence between the sentences (or blocks) of an English and a Chinese
/// text, analysed once so that scoring a candidate bead is cheap enough for every cell of a
/// dynamic programme.
///
/// Each English sentence becomes its content stems; each Chinese sentence its content words and
/// the sorted set of every English stem that translates one of them. An English word is covered
/// in a bead when its stem is in the set of a Chinese sentence of the bead, and a Chinese word when
/// one of its stems is among the bead's English stems: a few binary searches per word.
package struct TranslationEvidence: Sendable {
  /// The English stems of each English sentence, in order, repeats kept.
  package let englishWords: [[Int32]]
  /// The same, sorted without repeats.
  let englishSets: [[Int32]]
  /// The translations (English ids, ascending) of each content word of each Chinese sentence.
  let chineseWords: [[[Int32]]]
  /// Every English id that translates some word of each Chinese sentence, ascending.
  let chineseSets: [[Int32]]

  /// Analyses both sides once.
  package init(english: [String], chinese: [String], lexicon: Lexicon) {
    var interner = TokenInterner(lexicon: lexicon)
    let englishReader = EnglishContentWords(lexicon: lexicon)
    englishWords = english.map { englishReader.ids(in: $0, interner: &interner) }
    englishSets = englishWords.map { Array(Set($0)).sorted() }
    let chineseReader = ChineseContentWords(lexicon: lexicon)
    chineseWords = chinese.map { sentence in
      chineseReader.tokens(in: sentence, interner: &interner).map { token in
        switch token {
        case .headword(let word): Array(lexicon.stems(ofChinese: word))
        case .english(let id): [id]
        }
      }
    }
    chineseSets = chineseWords.map { Array(Set($0.joined())).sorted() }
  }

  /// The coverage of the bead pairing English sentences `english` with Chinese sentences `chinese`.
  package func coverage(english: Range<Int>, chinese: Range<Int>) -> BeadCoverage {
    var result = BeadCoverage()
    for sentence in english {
      let words = englishWords[sentence]
      result.englishWords += words.count
      for word in words where !chinese.contains(where: { Self.contains(chineseSets[$0], word) }) {
        result.englishUncovered += 1
      }
    }
    for sentence in chinese {
      let words = chineseWords[sentence]
      result.chineseWords += words.count
      for translations in words
      where !translations.contains(where: { id in english.contains { Self.contains(englishSets[$0], id) } }) {
        result.chineseUncovered += 1
      }
    }
    return result
  }

  @inline(__always)
  static func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) >> 1
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == value
  }
}
