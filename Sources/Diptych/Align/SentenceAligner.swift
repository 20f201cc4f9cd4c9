/// Pairs the sentences inside one aligned unit with the same programme as the blocks, with the
/// lexicon's translation evidence when the aligner has it.
enum SentenceAligner {
  /// Sentence pairs covering every sentence of both sides exactly once, in order.
  static func align(
    source: [String], target: [String], translation: TranslationWindow? = nil,
    lengthModel: LengthModel,
    minimumBandWidth: Int, unitConfidence: Double = 1
  ) -> [SentencePair] {
    var table = AlignmentTokenTable()
    let sourceFeatures = AlignmentSideFeatures(sentences: source, table: &table)
    let targetFeatures = AlignmentSideFeatures(sentences: target, table: &table)
    return align(
      source: sourceFeatures, target: targetFeatures, isNumericToken: table.isNumeric,
      translation: translation, lengthModel: lengthModel, minimumBandWidth: minimumBandWidth,
      unitConfidence: unitConfidence)
  }

  /// The same, from the sentences' features (`isNumericToken` for their evidence tokens;
  /// `skipLengthCapFrom` is `lengthModel`'s, see `AlignmentCostModel.skipLengthCapFrom`).
  static func align(
    source: AlignmentSideFeatures, target: AlignmentSideFeatures, isNumericToken: [Bool],
    translation: TranslationWindow? = nil,
    lengthModel: LengthModel, skipLengthCapFrom: (source: Int, target: Int) = (.max, .max),
    minimumBandWidth: Int, unitConfidence: Double = 1
  ) -> [SentencePair] {
    if source.count == 0 || target.count == 0 {
      // Nothing to pair with: each sentence stands alone, as sure as its unit.
      return (0..<source.count).map {
        SentencePair(source: [$0], target: [], confidence: unitConfidence)
      }
        + (0..<target.count).map {
          SentencePair(source: [], target: [$0], confidence: unitConfidence)
        }
    }
    var model = AlignmentCostModel(
      source: source, target: target, lengthModel: lengthModel, isNumericToken: isNumericToken,
      footnoteShift: 0)
    model.level = .sentences
    model.skipLengthCapFrom = skipLengthCapFrom
    model.translation = translation
    if let masks = AlignmentTokenMasks(
      source: source, target: target, isNumericToken: isNumericToken)
    {
      model.tokenMasks = masks
    }
    if source.count == 1 && target.count == 1 {
      // The only rival of the pair is leaving both sentences alone.
      let margin =
        model.cost(source: 0..<1, target: 0..<0) + model.cost(source: 0..<0, target: 0..<1)
        - model.cost(source: 0..<1, target: 0..<1)
      return [
        SentencePair(
          source: [0], target: [0], confidence: unitConfidence * Aligner.confidence(margin: margin))
      ]
    }
    let result = BandedDynamicProgramme.solve(
      model: model, anchors: [], minimumHalfWidth: minimumBandWidth)
    return result.spans.map { span in
      SentencePair(
        source: Array(span.source), target: Array(span.target),
        confidence: unitConfidence * Aligner.confidence(margin: span.margin))
    }
  }
}
