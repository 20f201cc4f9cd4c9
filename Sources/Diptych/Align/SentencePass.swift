/// The sentence alignment of every unit of a block alignment, with given translation evidence:
/// run once with the lexicon's evidence, then again with what the document taught it.
struct SentencePass {
  var spans: [AlignmentSpan]
  /// The features of every sentence of each document, measured once for both passes.
  var sourceFeatures: AlignmentSideFeatures
  var targetFeatures: AlignmentSideFeatures
  var isNumericToken: [Bool]
  /// The document index of each block's first sentence, the sentence count at the end.
  var sourceStart: [Int]
  var targetStart: [Int]
  var lengthModel: LengthModel
  /// `lengthModel.lengthsReaching` the most a skipped sentence costs, measured once for all units.
  var skipLengthCapFrom: (source: Int, target: Int)
  var minimumBandWidth: Int
  /// The threads the units are spread over: each unit's programme is independent of the others'.
  var work = ParallelWork.serial

  init(
    spans: [AlignmentSpan], features: AlignmentFeaturePair, sourceStart: [Int],
    targetStart: [Int], lengthModel: LengthModel, minimumBandWidth: Int
  ) {
    (sourceFeatures, targetFeatures) = (features.source, features.target)
    isNumericToken = features.isNumericToken
    (self.spans, self.sourceStart, self.targetStart) = (spans, sourceStart, targetStart)
    (self.lengthModel, self.minimumBandWidth) = (lengthModel, minimumBandWidth)
    skipLengthCapFrom = lengthModel.lengthsReaching(AlignmentCostWeights.maximumSkipLengthCost)
  }

  /// The sentence pairs of every unit, in the units' order.
  func align(_ evidence: TranslationEvidence?) -> [[SentencePair]] {
    eachUnit { align(spans[$0], evidence, scratch: &$1) }
  }

  /// `pairs` aligned again with `learned`, evidence that learned from the document: only the
  /// units with a Chinese sentence that learning widened can change, the others are kept.
  func realign(_ pairs: [[SentencePair]], learned: TranslationEvidence) -> [[SentencePair]] {
    eachUnit { unit, scratch in
      let span = spans[unit]
      let chinese = targetStart[span.target.lowerBound]..<targetStart[span.target.upperBound]
      return chinese.contains(where: { learned.learningWidens(chinese: $0) })
        ? align(span, learned, scratch: &scratch) : pairs[unit]
    }
  }

  /// `body` of every unit index, in order, the units spread over `work`'s threads in runs of
  /// about equal sentence counts, each run with a scratch of its own for the units' windows.
  private func eachUnit(_ body: (Int, inout WindowScratch) -> [SentencePair]) -> [[SentencePair]] {
    let runs = work.ranges(spans.count) { unit in
      let span = spans[unit]
      return sourceStart[span.source.upperBound] - sourceStart[span.source.lowerBound]
        + targetStart[span.target.upperBound] - targetStart[span.target.lowerBound]
    }
    func run(_ units: Range<Int>) -> [[SentencePair]] {
      var scratch = WindowScratch()
      return units.map { body($0, &scratch) }
    }
    if runs.count <= 1 { return run(spans.indices) }
    return Array(work.map(runs.count) { run(runs[$0]) }.joined())
  }

  private func align(
    _ span: AlignmentSpan, _ evidence: TranslationEvidence?, scratch: inout WindowScratch
  ) -> [SentencePair] {
    let source = sourceStart[span.source.lowerBound]..<sourceStart[span.source.upperBound]
    let target = targetStart[span.target.lowerBound]..<targetStart[span.target.upperBound]
    return SentenceAligner.align(
      source: sourceFeatures.items(source), target: targetFeatures.items(target),
      isNumericToken: isNumericToken,
      translation: evidence.map {
        TranslationWindow(
          evidence: $0, sourceOffset: source.lowerBound, targetOffset: target.lowerBound,
          sourceCount: source.count, targetCount: target.count, scratch: &scratch)
      },
      lengthModel: lengthModel, skipLengthCapFrom: skipLengthCapFrom,
      minimumBandWidth: minimumBandWidth, unitConfidence: Aligner.confidence(margin: span.margin))
  }

  /// The 1:1 sentence pairs at least `minimumConfidence` sure, as document sentence indices.
  func confidentPairs(_ pairs: [[SentencePair]], minimumConfidence: Double = confidentPair)
    -> [(english: Int, chinese: Int)]
  {
    var result: [(english: Int, chinese: Int)] = []
    for (span, unitPairs) in zip(spans, pairs) {
      for pair in unitPairs
      where pair.source.count == 1 && pair.target.count == 1
        && pair.confidence >= minimumConfidence
      {
        result.append(
          (
            sourceStart[span.source.lowerBound] + pair.source[0],
            targetStart[span.target.lowerBound] + pair.target[0]
          ))
      }
    }
    return result
  }

  /// The confidence from which a 1:1 pair teaches: 0.7–0.8 did best on the development part of
  /// mac-dev (0.9: −0.002, 0.95: −0.004).
  static let confidentPair = 0.8
}
