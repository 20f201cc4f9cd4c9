/// What the aligner reads from one document on its own, so the two documents of a large pair can
/// be read on two threads: the features of its blocks and of its sentences, each with the token
/// table that numbered them, and the lexicon's reading of its words when a lexicon speaks.
struct AlignmentSideReading<Words: Sendable>: Sendable {
  var blocks: AlignmentSideFeatures
  var blockTokens = AlignmentTokenTable()
  var sentences: AlignmentSideFeatures
  var sentenceTokens = AlignmentTokenTable()
  var words: Words

  /// Reads `document`, whose sentences (`Block.sentencesOrWholeText`, in order) are `sentences`;
  /// `footnoteShift` is added to its footnote numbers, and `words` reads the sentences' words.
  init(
    _ document: Document, sentences: [String], footnoteShift: Int, words: ([String]) -> Words
  ) {
    blocks = AlignmentSideFeatures(
      blocks: document.blocks, footnoteShift: footnoteShift, table: &blockTokens)
    self.sentences = AlignmentSideFeatures(sentences: sentences, table: &sentenceTokens)
    self.words = words(sentences)
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
