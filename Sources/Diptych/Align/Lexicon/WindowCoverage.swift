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

  /// Per English sentence `e` and run of `k` Chinese sentences from `c` (1 ≤ k ≤
  /// `tabulatedRun`): how many of e's masked words no sentence of the run covers, at
  /// `englishUncoveredIn[(e × Chinese sentences + c) × tabulatedRun + k − 1]`; the same for the
  /// Chinese sentences against runs of English ones. A unit's programme asks for the same
  /// sentence against the same run from many cells and shapes; counted once here, each ask is a
  /// lookup (empty until `tabulate()`).
  private var englishUncoveredIn: [Int32] = []
  private var chineseUncoveredIn: [Int32] = []

  init() {}

  /// An empty window with room for the given numbers of sentences and masked words a side.
  init(englishSentences: Int, englishWords: Int, chineseSentences: Int, chineseWords: Int) {
    self.englishWords.reserveCapacity(englishSentences)
    englishUntranslatable.reserveCapacity(englishSentences)
    englishMasks.reserveCapacity(englishWords)
    englishStart.reserveCapacity(englishSentences + 1)
    self.chineseWords.reserveCapacity(chineseSentences)
    chineseUntranslatable.reserveCapacity(chineseSentences)
    chineseMasks.reserveCapacity(chineseWords)
    chineseStart.reserveCapacity(chineseSentences + 1)
  }

  /// The most sentences a side a window can hold (one bit each).
  static let maximumSentences = 64
  /// The longest run of sentences tabulated: the longest side of a sentence shape.
  static let tabulatedRun = 5

  /// Fills the tables of uncovered words per sentence and run of the other side's sentences.
  mutating func tabulate() {
    englishUncoveredIn = Self.uncoveredIn(
      masks: englishMasks, starts: englishStart, otherCount: chineseWords.count)
    chineseUncoveredIn = Self.uncoveredIn(
      masks: chineseMasks, starts: chineseStart, otherCount: englishWords.count)
  }

  /// One pass over a sentence's masks per first sentence of a run: a word is first covered by
  /// the run of the length one more than the zero bits its mask has from `first` on, so counting
  /// the words by that length gives every length's count at once (a pass per length had been
  /// most of measuring a window).
  private static func uncoveredIn(masks: [UInt64], starts: [Int], otherCount: Int) -> [Int32] {
    var table = [Int32](repeating: 0, count: (starts.count - 1) * otherCount * tabulatedRun)
    var coveredFrom = [Int32](repeating: 0, count: tabulatedRun)
    for sentence in 0..<(starts.count - 1) {
      for first in 0..<otherCount {
        let longest = min(tabulatedRun, otherCount - first)
        for length in 0..<longest { coveredFrom[length] = 0 }
        for position in starts[sentence]..<starts[sentence + 1] {
          let gap = (masks[position] >> UInt64(first)).trailingZeroBitCount
          if gap < longest { coveredFrom[gap] += 1 }
        }
        var uncovered = Int32(starts[sentence + 1] - starts[sentence])
        for length in 1...longest {
          uncovered -= coveredFrom[length - 1]
          table[(sentence * otherCount + first) * tabulatedRun + length - 1] = uncovered
        }
      }
    }
    return table
  }

  /// How many of the masked words of sentence `sentence` no sentence of `others` covers, from the
  /// table when it holds the run.
  @inline(__always)
  private static func uncovered(
    _ sentence: Int, by others: Range<Int>, otherCount: Int, table: [Int32], masks: [UInt64],
    starts: [Int]
  ) -> Int {
    if others.isEmpty { return starts[sentence + 1] - starts[sentence] }
    if !table.isEmpty && others.count <= tabulatedRun && others.upperBound <= otherCount {
      return Int(
        table[(sentence * otherCount + others.lowerBound) * tabulatedRun + others.count - 1])
    }
    let bits = Self.bits(others)
    var uncovered = 0
    for position in starts[sentence]..<starts[sentence + 1] where masks[position] & bits == 0 {
      uncovered += 1
    }
    return uncovered
  }

  /// The coverage of the bead pairing the window's English sentences `english` with its Chinese
  /// sentences `chinese`: what `TranslationEvidence.coverage` gives for the same sentences.
  func coverage(english: Range<Int>, chinese: Range<Int>) -> BeadCoverage {
    var result = BeadCoverage()
    for sentence in english {
      result.englishWords += englishWords[sentence]
      result.englishUncovered +=
        englishUntranslatable[sentence]
        + Self.uncovered(
          sentence, by: chinese, otherCount: chineseWords.count, table: englishUncoveredIn,
          masks: englishMasks, starts: englishStart)
    }
    for sentence in chinese {
      result.chineseWords += chineseWords[sentence]
      result.chineseUncovered +=
        chineseUntranslatable[sentence]
        + Self.uncovered(
          sentence, by: english, otherCount: englishWords.count, table: chineseUncoveredIn,
          masks: chineseMasks, starts: chineseStart)
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

/// A mask for every id of an evidence, all zero between uses, with which
/// `TranslationEvidence.windowCoverage` measures a window: one for each thread measuring units,
/// so that measuring one allocates nothing of the document's size.
struct WindowScratch {
  var masks: [UInt64] = []
}
