/// The coverage of every bead inside a window of at most 64 sentences a side, measured once: each
/// content word keeps, as one bit per sentence of the other side, the sentences holding one of its
/// translations, so a bead's coverage is one mask test per word instead of a membership search
/// per word and sentence (the sentence pass asks for it in every cell of every unit's programme).
struct WindowCoverage: Sendable {
  /// Per English sentence of the window: its content words, those nothing in the text translates,
  /// and the Chinese sentences (bits) covering each other word, sentence `s` holding
  /// `englishMasks[englishStart[s]..<englishStart[s + 1]]`.
  var englishWords: [Int] = []
  var englishUntranslatable: [Int] = []
  var englishMasks: [UInt64] = []
  var englishStart = [0]
  /// The same for the Chinese sentences, with the English sentences covering each word.
  var chineseWords: [Int] = []
  var chineseUntranslatable: [Int] = []
  var chineseMasks: [UInt64] = []
  var chineseStart = [0]

  /// The most sentences a side a window can hold (one bit each).
  static let maximumSentences = 64

  /// The coverage of the bead pairing the window's English sentences `english` with its Chinese
  /// sentences `chinese`: what `TranslationEvidence.coverage` gives for the same sentences.
  func coverage(english: Range<Int>, chinese: Range<Int>) -> BeadCoverage {
    let englishBits = Self.bits(english)
    let chineseBits = Self.bits(chinese)
    var result = BeadCoverage()
    for sentence in english {
      result.englishWords += englishWords[sentence]
      result.englishUncovered += englishUntranslatable[sentence]
      for position in englishStart[sentence]..<englishStart[sentence + 1]
      where englishMasks[position] & chineseBits == 0 {
        result.englishUncovered += 1
      }
    }
    for sentence in chinese {
      result.chineseWords += chineseWords[sentence]
      result.chineseUncovered += chineseUntranslatable[sentence]
      for position in chineseStart[sentence]..<chineseStart[sentence + 1]
      where chineseMasks[position] & englishBits == 0 {
        result.chineseUncovered += 1
      }
    }
    return result
  }

  /// One bit for each sentence of `range` (window-relative, at most 64).
  private static func bits(_ range: Range<Int>) -> UInt64 {
    if range.isEmpty { return 0 }
    let ones: UInt64 = range.count >= 64 ? ~0 : (1 << UInt64(range.count)) - 1
    return ones << UInt64(range.lowerBound)
  }
}
