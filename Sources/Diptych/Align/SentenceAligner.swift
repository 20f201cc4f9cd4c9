/// Pairs the sentences inside one aligned unit with the same programme as the blocks.
enum SentenceAligner {
  /// Sentence pairs covering every sentence of both sides exactly once, in order.
  static func align(
    source: [String], target: [String], lengthModel: LengthModel, minimumBandWidth: Int
  ) -> [SentencePair] {
    if source.isEmpty || target.isEmpty {
      // Nothing to pair with: each sentence stands alone, as uncertain as a one-sided unit.
      let lone = Aligner.confidence(cost: AlignmentCostModel.prior(source: 1, target: 0))
      return source.indices.map { SentencePair(source: [$0], target: [], confidence: lone) }
        + target.indices.map { SentencePair(source: [], target: [$0], confidence: lone) }
    }
    var table = AlignmentTokenTable()
    let model = AlignmentCostModel(
      source: AlignmentSideFeatures(sentences: source, table: &table),
      target: AlignmentSideFeatures(sentences: target, table: &table),
      lengthModel: lengthModel, isNumericToken: table.isNumeric, footnoteShift: 0)
    if source.count == 1 && target.count == 1 {
      let cost = model.cost(source: 0..<1, target: 0..<1)
      return [SentencePair(source: [0], target: [0], confidence: Aligner.confidence(cost: cost))]
    }
    let result = BandedDynamicProgramme.solve(
      model: model, anchors: [], minimumHalfWidth: minimumBandWidth)
    return result.spans.map { span in
      SentencePair(
        source: Array(span.source), target: Array(span.target), confidence: Aligner.confidence(cost: span.cost))
    }
  }
}
