import Foundation

/// Aligns the two language versions of a document: blocks first, then sentences inside each unit.
///
/// How it works, and why:
/// - **Labels.** Paragraph numbers, item letters and outline headings (`II.` with `一、`) pair
///   blocks only where the content agrees (`LabelCorrespondence`): per numbering sequence, the
///   label offset (target value − source value) is constant over runs and may change between them,
///   as it does after an omission in a consecutively renumbered translation; a Viterbi pass picks
///   the offsets that lengths, numbers and positions confirm, and pairs the content contradicts
///   are dropped. A unit holding a label pair is cheaper, one separating a pair dearer.
/// - **Anchors.** Everything both versions share is evidence that two blocks belong together:
///   the label pairs, footnote calls and bodies (after the constant numbering offset d that
///   matches the most footnote-bearing blocks, see `FootnoteOffset`), lists of equal length
///   (`2024 (Designing)` with `第三年`), and numbers, acronyms and symbols that occur in exactly one
///   block of each document. Candidates far from each other in relative position are dropped, and
///   only the heaviest chain increasing on both sides is kept, so crossing candidates cannot break
///   the order.
/// - **Anchors are constraints, not units.** An anchor (i, j) only says that blocks i and j end up
///   in the same unit, so a paragraph the translator split around a footnote still comes out 1:2.
///   The anchors cut the grid of the dynamic programme into boxes along a staircase.
/// - **Dynamic programme.** Between anchors, units of shape 1:1, 1:0, 0:1, 2:1, 1:2, 2:2, 3:1 and
///   1:3 are chosen by a cost that adds the shape's prior, the Gale–Church length cost
///   (`LengthModel`), the kinds' compatibility (a title or subtitle never joins a heading or a
///   paragraph; footnote bodies only join footnote bodies; a heading or title present on one side
///   only is cheap to leave alone) and the evidence (shared numbers, footnotes and labels lower the
///   cost; numbers or footnotes missing on one side raise it).
/// - **Merges need content.** With a lexicon (English with Chinese), a unit joining several blocks
///   pays for each joined block whose content words the other side leaves untranslated
///   (`mergeCoverageCost`): a paragraph dropped from one side is then left alone (`unit-missing`)
///   rather than glued to its neighbour, and a real merge, which carries both, stays cheap.
/// - **Scale.** Inside each box the programme visits only a band around the path the cumulative
///   lengths predict; the band is as wide as `minimumBandWidth` or a quarter of the box's count
///   difference, and doubles while the best path runs along its edge. From 1,000 blocks a side
///   the search is coarse to fine: a guide pass with a cheap model (lengths, kinds, labels,
///   footnotes; units of one item or a pair) finds the path in that band, and the full model
///   searches only a few blocks either side of it, so the full cost is paid on a narrow band even
///   where labels do not anchor and the path drifts from the lengths' prediction. Time and memory
///   grow with the number of blocks times the band width, so linearly; nothing is quadratic in the
///   document.
/// - **Translation style.** Translators compress differently: the mean ratio used for a document
///   pair is its own overall length ratio, kept within the calibrated 5th–95th percentiles.
/// - **Sentences.** Inside every unit, the same programme (length, numbers and the lexicon, no
///   anchors; shapes up to 4:1 and 5:1) pairs the sentences of the unit's blocks; a block without
///   sentences counts as one sentence. With a lexicon the sentences are aligned twice: the
///   confident 1:1 pairs of the first pass teach the evidence the document's own terms
///   (`TranslationEvidence.learning(from:)`), and the second pass is kept.
/// - **Confidence.** A unit's confidence comes from its margin: how much dearer the best path
///   without that unit is than the chosen path (forward and backward costs of the programme give
///   it for every unit at once; rivals are looked for a few items around the unit). It maps to
///   1 / (1 + e^(−margin/2)), so 0.5 is a coin toss and a threshold means the same everywhere. A
///   sentence pair's confidence is its own margin's times its unit's.
public struct Aligner: Sendable {
  /// The settings.
  public var configuration: AlignerConfiguration

  /// Creates an aligner.
  public init(configuration: AlignerConfiguration = .init()) {
    self.configuration = configuration
  }

  /// Aligns `source` with `target`: every block of both is in exactly one unit, in order.
  public func align(source: Document, target: Document) -> Alignment {
    let english = source.blocks.flatMap(\.sentencesOrWholeText)
    let chinese = target.blocks.flatMap(\.sentencesOrWholeText)
    // Sentence k of block b is sentence sentenceStart[b] + k of the document.
    let sourceStart = source.sentenceStarts
    let targetStart = target.sentenceStarts
    let work = configuration.work(sentences: english.count + chinese.count)
    let readsWords = source.language == .english && target.language.isChinese
    func bundledLexicon() -> Lexicon? {
      if readsWords, case .success(let lexicon) = Lexicon.bundled { lexicon } else { nil }
    }
    // Each document is read on its own (in pieces over the threads when the pair is large), then
    // the two readings are put in one id space.
    let shift = FootnoteOffset.estimate(source: source, target: target)
    let reading = AlignmentPairReading(
      source: source, english: english, footnoteShift: shift, target: target, chinese: chinese,
      lexicon: bundledLexicon, work: work)
    let (sourceReading, targetReading) = (reading.source, reading.target)
    let lexicon = bundledLexicon()
    var translation: TranslationEvidence? =
      if let lexicon, let englishWords = reading.englishWords,
        let chineseWords = reading.chineseWords
      {
        TranslationEvidence(
          english: english, chinese: chinese, lexicon: lexicon,
          analysis: LexicalAnalysis(
            english: englishWords, chinese: chineseWords, lexicon: lexicon, work: work),
          work: work)
      } else {
        nil
      }
    var blocks = alignBlocks(
      source: source, target: target,
      model: Self.blockCostModel(
        AlignmentFeaturePair(
          source: sourceReading.blocks, sourceTokens: sourceReading.blockTokens,
          target: targetReading.blocks, targetTokens: targetReading.blockTokens),
        footnoteShift: shift, lengthModel: configuration.lengthModel),
      translation: translation.map {
        BlockTranslation(evidence: $0, sourceStart: sourceStart, targetStart: targetStart)
      }, work: work)
    let anchored = Set(blocks.anchors.map(\.source))
    var sentences = SentencePass(
      spans: blocks.spans,
      features: AlignmentFeaturePair(
        source: sourceReading.sentences, sourceTokens: sourceReading.sentenceTokens,
        target: targetReading.sentences, targetTokens: targetReading.sentenceTokens),
      sourceStart: sourceStart, targetStart: targetStart, lengthModel: blocks.model.lengthModel,
      minimumBandWidth: configuration.minimumBandWidth)
    sentences.work = work
    var sentencePairs = sentences.align(translation)
    // The block model's hold on the evidence ends here: only its spans are needed from now on.
    blocks.model.blockTranslation = nil
    if let evidence = translation.take() {
      // Learn the document's own terms from its confident pairs, then align again (hunalign's
      // -realign): +0.013 strict F1 on novels (mac-dev dev part), none lost on pol. The first
      // evidence is let go before the learned one is built: two at once were the peak (about
      // 270 MB at 100,000 sentences a side).
      let learning = evidence.learned(from: sentences.confidentPairs(sentencePairs), work: work)
      _ = consume evidence
      sentencePairs = sentences.realign(
        sentencePairs, learned: TranslationEvidence(learning, work: work))
    }
    var units: [AlignmentUnit] = []
    units.reserveCapacity(blocks.spans.count)
    for (span, sentences) in zip(blocks.spans, sentencePairs) {
      units.append(
        AlignmentUnit(
          id: "u\(units.count + 1)", source: Array(span.source), target: Array(span.target),
          confidence: Self.confidence(margin: span.margin),
          method: span.source.contains { anchored.contains($0) } ? .anchor : .dynamicProgramme,
          sentences: sentences))
    }
    return Alignment(source: source, target: target, units: units)
  }

  /// The block-level result: the units as spans, the anchors that constrained them, the total cost.
  struct BlockAlignment: Sendable {
    var spans: [AlignmentSpan]
    var anchors: [AlignmentAnchor]
    var totalCost: Double
    var model: AlignmentCostModel
  }

  /// Aligns the blocks only, with the translation evidence between their sentences when there is
  /// some.
  func alignBlocks(source: Document, target: Document, translation: BlockTranslation? = nil)
    -> BlockAlignment
  {
    alignBlocks(
      source: source, target: target,
      model: Self.blockCostModel(
        source: source, target: target, lengthModel: configuration.lengthModel),
      translation: translation,
      work: configuration.work(
        sentences: (source.sentenceStarts.last ?? 0) + (target.sentenceStarts.last ?? 0)))
  }

  /// The same with the block cost model of the two documents already built.
  private func alignBlocks(
    source: Document, target: Document, model: AlignmentCostModel,
    translation: BlockTranslation?, work: ParallelWork
  ) -> BlockAlignment {
    var model = model
    model.blockTranslation = translation
    var anchors: [AlignmentAnchor] = []
    if configuration.usesAnchors {
      // Label pairs are found with a model that knows no labels, then become evidence in it.
      let labelPairs = LabelCorrespondence.pairs(source: source, target: target, model: model)
      model.setLabelPartners(labelPairs)
      anchors = AnchorFinder.anchors(
        source: source, target: target, model: model, labelPairs: labelPairs)
    }
    let result = BandedDynamicProgramme.solve(
      model: model, anchors: anchors, minimumHalfWidth: configuration.minimumBandWidth,
      work: work)
    return BlockAlignment(
      spans: result.spans, anchors: anchors, totalCost: result.totalCost, model: model)
  }

  /// The block cost model of two documents, footnote numbering offset applied to the source.
  static func blockCostModel(source: Document, target: Document, lengthModel: LengthModel)
    -> AlignmentCostModel
  {
    let shift = FootnoteOffset.estimate(source: source, target: target)
    var sourceTokens = AlignmentTokenTable()
    var targetTokens = AlignmentTokenTable()
    let sourceFeatures = AlignmentSideFeatures(
      blocks: source.blocks, footnoteShift: shift, table: &sourceTokens)
    let targetFeatures = AlignmentSideFeatures(
      blocks: target.blocks, footnoteShift: 0, table: &targetTokens)
    return blockCostModel(
      AlignmentFeaturePair(
        source: sourceFeatures, sourceTokens: sourceTokens, target: targetFeatures,
        targetTokens: targetTokens),
      footnoteShift: shift, lengthModel: lengthModel)
  }

  /// The block cost model of the blocks' features, `footnoteShift` already added to the source's
  /// footnote numbers.
  static func blockCostModel(
    _ features: AlignmentFeaturePair, footnoteShift: Int, lengthModel: LengthModel
  ) -> AlignmentCostModel {
    var model = AlignmentCostModel(
      source: features.source, target: features.target,
      lengthModel: lengthModel.adapted(
        sourceLength: features.source.length(0..<features.source.count),
        targetLength: features.target.length(0..<features.target.count)),
      isNumericToken: features.isNumericToken, footnoteShift: footnoteShift)
    model.skipLengthCapFrom = model.lengthModel.lengthsReaching(
      AlignmentCostWeights.maximumSkipLengthCost)
    return model
  }

  /// A confidence from a unit's margin m (how much dearer, in the costs' units of −log
  /// probability, the best path without the unit is): 1 / (1 + e^(−m/T)), the unit's share of the
  /// two paths' probability. The costs are heuristic and overconfident, so they are tempered by
  /// T = `confidenceTemperature`, fitted on the synthetic corpus entries of seeds 1–6 (1,362
  /// units): right units average 0.96 there, wrong ones 0.83, and below 0.8 lie 9 of the 20 wrong
  /// units and 6 % of the right ones. 0.5 is a coin toss between the unit and its best rival.
  static func confidence(margin: Double) -> Double {
    guard margin < .infinity else { return 1 }
    return 1 / (1 + exp(-max(0, margin) / confidenceTemperature))
  }

  /// The temperature of the margins (see `confidence(margin:)`).
  static let confidenceTemperature = 2.0
}
