/// One pair of a bitext output (TMX, TSV): a whole unit, or one sentence pair of a unit.
struct BitextPair: Sendable, Hashable {
  /// `u12` for a unit, `u12.s3` for its third sentence pair: unique, and in document order.
  var id: String
  /// The unit the pair belongs to.
  var unitID: String
  /// The kind of the unit's first block.
  var kind: BlockKind?
  /// The labels of the unit's source blocks, joined by a space; nil if none has one.
  var sourceLabel: String?
  /// The labels of the unit's target blocks.
  var targetLabel: String?
  var sourceText: String
  var targetText: String
  var confidence: Double
  /// "n:m": blocks for a unit, sentences for a sentence pair.
  var shape: String

  /// Whether one side has no text: not a translation pair.
  var isOneSided: Bool {
    sourceText.allSatisfy(\.isWhitespace) || targetText.allSatisfy(\.isWhitespace)
  }
}

extension BitextPair {
  /// What a pair's paragraph-level text holds.
  enum TextStyle {
    /// Labels printed with their blocks ("II. General Principles"), as a translator reads it.
    case display
    /// The blocks' text without labels, for outputs that give labels a column of their own.
    case withoutLabels
  }

  /// The pairs of an alignment in document order, one-sided ones included.
  ///
  /// In sentence mode each sentence pair of a unit is a pair, its sentences joined (by a space in
  /// English, by nothing in Chinese); a unit without sentence pairs stays one paragraph pair.
  static func pairs(
    of alignment: Alignment, segmentation: BitextSegmentation, textStyle: TextStyle
  ) -> [BitextPair] {
    alignment.units.flatMap { unit -> [BitextPair] in
      let unitPair = BitextPair(
        id: unit.id, unitID: unit.id, kind: kind(of: unit, in: alignment),
        sourceLabel: labels(of: unit.source, in: alignment.source),
        targetLabel: labels(of: unit.target, in: alignment.target),
        sourceText: text(of: unit.source, in: alignment.source, style: textStyle),
        targetText: text(of: unit.target, in: alignment.target, style: textStyle),
        confidence: unit.confidence, shape: unit.shape)
      guard segmentation == .sentence, !unit.sentences.isEmpty else { return [unitPair] }
      let sourceSentences = alignment.sentences(of: unit, side: .source)
      let targetSentences = alignment.sentences(of: unit, side: .target)
      return unit.sentences.enumerated().map { offset, sentencePair in
        var pair = unitPair
        pair.id = "\(unit.id).s\(offset + 1)"
        pair.sourceText = joined(
          sentencePair.source.map { sourceSentences[$0].text }, language: alignment.source.language)
        pair.targetText = joined(
          sentencePair.target.map { targetSentences[$0].text }, language: alignment.target.language)
        pair.confidence = sentencePair.confidence
        pair.shape = "\(sentencePair.source.count):\(sentencePair.target.count)"
        return pair
      }
    }
  }

  private static func kind(of unit: AlignmentUnit, in alignment: Alignment) -> BlockKind? {
    if let first = unit.source.first { return alignment.source.blocks[first].kind }
    if let first = unit.target.first { return alignment.target.blocks[first].kind }
    return nil
  }

  private static func labels(of indices: [Int], in document: Document) -> String? {
    let labels = indices.compactMap { document.blocks[$0].label?.text }
    return labels.isEmpty ? nil : labels.joined(separator: " ")
  }

  private static func text(of indices: [Int], in document: Document, style: TextStyle) -> String {
    indices.map {
      style == .display ? document.blocks[$0].displayText : document.blocks[$0].text
    }.joined(separator: "\n")
  }

  private static func joined(_ sentences: [String], language: Language) -> String {
    sentences.joined(separator: language.isChinese ? "" : " ")
  }
}
