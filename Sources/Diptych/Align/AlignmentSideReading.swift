/// What the aligner reads from one document on its own, so the two documents of a large pair can
/// be read on two threads: the features of its blocks and of its sentences, each with the token
/// table that numbered them.
struct AlignmentSideReading: Sendable {
  var blocks: AlignmentSideFeatures
  var blockTokens = AlignmentTokenTable()
  var sentences: AlignmentSideFeatures
  var sentenceTokens = AlignmentTokenTable()

  /// Reads `document`, whose sentences (`Block.sentencesOrWholeText`, in order) are `sentences`;
  /// `footnoteShift` is added to its footnote numbers.
  init(_ document: Document, sentences: [String], footnoteShift: Int) {
    blocks = AlignmentSideFeatures(
      blocks: document.blocks, footnoteShift: footnoteShift, table: &blockTokens)
    self.sentences = AlignmentSideFeatures(sentences: sentences, table: &sentenceTokens)
  }
}

/// What the aligner reads from a document pair before aligning: each document's features and,
/// when a lexicon speaks, each one's words as the lexicon reads them. The pieces are independent
/// and spread over the threads, longest first (the English words, then the features), so that no
/// thread is left alone with one at the end; the Chinese words, which would be the longest, are
/// read in runs of sentences and joined.
struct AlignmentPairReading: Sendable {
  var source: AlignmentSideReading
  var target: AlignmentSideReading
  var englishWords: LexicalAnalysis.EnglishReading?
  var chineseWords: LexicalAnalysis.ChineseReading?

  /// Reads `source` and `target`, whose sentences are `english` and `chinese`, with the lexicon
  /// `lexicon()` gives, if any.
  init(
    source document: Document, english: [String], footnoteShift: Int, target other: Document,
    chinese: [String], lexicon: () -> Lexicon?, work: ParallelWork
  ) {
    let runs = work.ranges(chinese.count, weight: { chinese[$0].utf8.count }, piecesPerThread: 2)
    let chineseRuns = runs.isEmpty ? [0..<chinese.count] : runs
    let pieces = work.map(3 + chineseRuns.count) { piece -> Piece in
      switch piece {
      case 0: .englishWords(lexicon().map { LexicalAnalysis.EnglishReading(english, lexicon: $0) })
      case 1:
        .features(AlignmentSideReading(document, sentences: english, footnoteShift: footnoteShift))
      case 2: .features(AlignmentSideReading(other, sentences: chinese, footnoteShift: 0))
      default:
        .chineseWords(
          lexicon().map {
            LexicalAnalysis.ChineseReading(chinese[chineseRuns[piece - 3]], lexicon: $0)
          })
      }
    }
    var features: [AlignmentSideReading] = []
    var chineseParts: [LexicalAnalysis.ChineseReading] = []
    for piece in pieces {
      switch piece {
      case .features(let reading): features.append(reading)
      case .englishWords(let words): englishWords = words
      case .chineseWords(let words): if let words { chineseParts.append(words) }
      }
    }
    (source, target) = (features[0], features[1])
    chineseWords =
      chineseParts.isEmpty ? nil : LexicalAnalysis.ChineseReading(joining: chineseParts)
  }

  private enum Piece: Sendable {
    case features(AlignmentSideReading)
    case englishWords(LexicalAnalysis.EnglishReading?)
    case chineseWords(LexicalAnalysis.ChineseReading?)
  }
}

/// The features of a source and a target read apart, in one token id space: the one a single
/// table reading the source and then the target would have made.
struct AlignmentFeaturePair: Sendable {
  var source: AlignmentSideFeatures
  var target: AlignmentSideFeatures
  /// Whether each token id is a number.
  var isNumericToken: [Bool]

  init(
    source: AlignmentSideFeatures, sourceTokens: AlignmentTokenTable,
    target: AlignmentSideFeatures, targetTokens: AlignmentTokenTable
  ) {
    var table = sourceTokens
    let ids = table.merge(targetTokens)
    self.source = source
    self.target = target.renumberingTokens(ids)
    isNumericToken = table.isNumeric
  }
}
