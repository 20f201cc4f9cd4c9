import Foundation

/// The cost of making one unit of items `source` and `target`: −log of the shape's prior, the
/// Gale–Church length cost, the kinds' compatibility, and shared or missing labels, footnotes and
/// numbers. Lower is better; evidence can make it negative.
struct AlignmentCostModel: Sendable {
  /// The unit shapes the dynamic programme may use for blocks, as (source items, target items).
  static let shapes: [(source: Int, target: Int)] = [
    (1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3),
  ]
  /// The shapes for sentences: English splits what Chinese joins with commas, so four or five
  /// English sentences to one Chinese are common in expository text (pol) and novels (mac-dev).
  static let sentenceShapes: [(source: Int, target: Int)] =
    shapes + [(4, 1), (1, 4), (3, 2), (2, 3), (5, 1)]

  /// Whether the items are blocks or the sentences inside one unit: the shapes, their priors and
  /// the weight of the length cost differ.
  enum Level: Sendable {
    case blocks
    case sentences
  }

  var source: AlignmentSideFeatures
  var target: AlignmentSideFeatures
  var lengthModel: LengthModel
  var isNumericToken: [Bool]
  /// The footnote numbering offset already added to the source's numbers.
  var footnoteShift: Int
  /// Blocks or sentences.
  var level = Level.blocks
  /// The shapes the dynamic programme may use with this model.
  var shapes: [(source: Int, target: Int)] {
    level == .blocks ? Self.shapes : Self.sentenceShapes
  }
  /// The label partner of every item (−1 for none), empty when labels play no part.
  var labelPartners: (source: [Int], target: [Int]) = ([], [])
  /// Lexical translation evidence between the items, when a lexicon is at hand.
  var translation: TranslationWindow? = nil {
    didSet {
      windowCoverage = translation?.window ?? WindowCoverage()
      translationSource =
        translation == nil ? .none : translation?.window == nil ? .evidence : .window
    }
  }
  /// Where the units' coverage is read, kept by `translation`'s observer: the programme asks for
  /// it in every cell, and reading it through the optional window copied the whole window and
  /// its evidence each time (even when there was none), about a tenth of the cost.
  private(set) var translationSource = TranslationSource.none
  /// The window's coverage when `translationSource` is `.window`.
  private(set) var windowCoverage = WindowCoverage()

  enum TranslationSource: Sendable {
    case none
    /// The window measured every word's coverage once.
    case window
    /// The window is too large to measure: the evidence is asked.
    case evidence
  }
  /// Lexical translation evidence between the blocks, for units that join several blocks.
  var blockTranslation: BlockTranslation? = nil {
    didSet { hasBlockTranslation = blockTranslation != nil }
  }
  /// Whether `blockTranslation` is set, asked for every unit of the programme: testing the
  /// optional itself copied the evidence it holds (and retained its arrays) each time. Kept by
  /// `blockTranslation`'s observer.
  var hasBlockTranslation = false
  /// The items' evidence tokens as bit masks, when there are few enough (a unit's sentences):
  /// `evidenceCost` then counts with them. Empty for blocks.
  var tokenMasks = AlignmentTokenMasks.empty {
    didSet { hasTokenMasks = !tokenMasks.source.isEmpty }
  }
  /// Whether `tokenMasks` is set, kept by its observer.
  private(set) var hasTokenMasks = false
  /// The lengths from which a unit of one side only costs `maximumSkipLengthCost` for its length
  /// (`LengthModel.lengthsReaching`, measured once a document); until set, the cost is computed
  /// for every length.
  var skipLengthCapFrom: (source: Int, target: Int) = (.max, .max)
  /// Whether numbers and symbols shared or missing count (off in a long document's guide pass,
  /// which only needs to come near the path; see `BandedDynamicProgramme.guidePath`).
  var countsTokens = true

  /// −log of the prior probability of a shape (Gale and Church's estimates, 3:1 and 1:3 added).
  static func prior(source: Int, target: Int) -> Double {
    switch (source, target) {
    case (1, 1): 0.1165  // 0.89
    case (1, 0), (0, 1): 5.2983  // 0.005 each
    case (2, 1), (1, 2): 3.1123  // 0.0445 each
    case (2, 2): 4.5099  // 0.011
    default: 6.2146  // 0.002
    }
  }

  /// −log of the prior of a sentence shape, chosen on the development part of the sentence gold
  /// (`diptych-eval sentences --part dev`; Gale and Church's where tuning did not move them). With
  /// the lexicon a larger unit covers more words by chance, so the larger shapes must cost more
  /// than their frequency says: 2:2 at Gale and Church's 4.5 took neighbouring 1:1 pairs (pol
  /// 0.90), at 9 it gives 0.969; 3:2 and 2:3 found nothing right below 15.
  static func sentencePrior(source: Int, target: Int) -> Double {
    switch (source, target) {
    case (2, 2): 9
    case (4, 1), (1, 4): 8
    case (5, 1): 11
    case (3, 2), (2, 3): 15
    default: prior(source: source, target: target)
    }
  }

  /// Makes each pair's blocks each other's label partners.
  mutating func setLabelPartners(_ pairs: [(source: Int, target: Int)]) {
    var sourcePartners = [Int](repeating: -1, count: source.count)
    var targetPartners = [Int](repeating: -1, count: target.count)
    for pair in pairs {
      sourcePartners[pair.source] = pair.target
      targetPartners[pair.target] = pair.source
    }
    labelPartners = (sourcePartners, targetPartners)
  }

  /// The cost of the unit of source items `s` and target items `t` (at least one non-empty).
  func cost(source s: Range<Int>, target t: Range<Int>) -> Double {
    costBeforeMergeCoverage(source: s, target: t) + mergeCoverageCost(source: s, target: t)
  }

  /// `cost(source:target:)` without `mergeCoverageCost`, the term that costs the most to compute
  /// and is never negative: a lower bound with which the dynamic programme skips it wherever the
  /// unit cannot win.
  func costBeforeMergeCoverage(source s: Range<Int>, target t: Range<Int>) -> Double {
    typealias W = AlignmentCostWeights
    var total =
      level == .blocks
      ? Self.prior(source: s.count, target: t.count)
      : Self.sentencePrior(source: s.count, target: t.count)
    if s.isEmpty || t.isEmpty {
      let side = s.isEmpty ? target : source
      let items = s.isEmpty ? t : s
      let role = side.roles[items.lowerBound]
      if role == .front || role == .heading {
        total += W.oneSidedHeadingCost
      } else {
        let length = side.length(items)
        if length >= (s.isEmpty ? skipLengthCapFrom.target : skipLengthCapFrom.source) {
          total += W.maximumSkipLengthCost
        } else {
          total += min(
            W.maximumSkipLengthCost,
            s.isEmpty
              ? lengthModel.cost(sourceLength: 0, targetLength: length)
              : lengthModel.cost(sourceLength: length, targetLength: 0))
        }
      }
    } else {
      let length = lengthModel.cost(sourceLength: source.length(s), targetLength: target.length(t))
      total += level == .blocks ? length : W.sentenceLengthWeight * length
      total += roleCost(source: s, target: t)
    }
    total += labelCost(source: s, target: t)
    total += evidenceCost(source: s, target: t)
    switch translationSource {
    case .none: break
    case .window: total += translationCost(windowCoverage.coverage(english: s, chinese: t))
    case .evidence:
      if let coverage = translation?.coverage(source: s, target: t) {
        total += translationCost(coverage)
      }
    }
    return total
  }

  /// Content words left without a translation in the unit, beyond what a right pair leaves:
  /// along any path every word is counted once, so the path that pairs the most words with
  /// their translations wins; counting rather than a ratio keeps short units from being favoured.
  private func translationCost(_ coverage: BeadCoverage) -> Double {
    typealias W = AlignmentCostWeights
    let rate = BeadCoverage.typicalEnglishUncoveredRate
    let english = Double(coverage.englishUncovered) - rate * Double(coverage.englishWords)
    let chinese = Double(coverage.chineseUncovered) - rate * Double(coverage.chineseWords)
    return W.uncoveredWordCost * (english + chinese)
  }

  private func roleCost(source s: Range<Int>, target t: Range<Int>) -> Double {
    typealias W = AlignmentCostWeights
    var total = 0.0
    if s.count > 1 { total += mixingCost(source.roles, s) }
    if t.count > 1 { total += mixingCost(target.roles, t) }
    let a = source.roles[s.lowerBound]
    let b = target.roles[t.lowerBound]
    if a == b { return total }
    if a == .footnote || b == .footnote {
      total += W.footnoteWithOtherCost
    } else if a == .front || b == .front {
      total += W.frontWithOtherCost
    } else if a == .heading || b == .heading {
      total += W.headingWithOtherCost
    } else if a == .tableCell || b == .tableCell {
      total += W.tableCellWithBodyCost
    } else {
      total += W.bodyKindsDifferCost
    }
    return total
  }

  /// A unit should not glue a heading or title to running text, nor a footnote to anything else.
  private func mixingCost(_ roles: [AlignmentSideFeatures.Role], _ range: Range<Int>) -> Double {
    typealias W = AlignmentCostWeights
    var total = 0.0
    let first = roles[range.lowerBound]
    for index in range.dropFirst() where roles[index] != first {
      let other = roles[index]
      if first == .footnote || other == .footnote {
        total += W.footnoteWithOtherCost
      } else if first.isBody && other.isBody {
        total += W.mixedBodyCost
      } else {
        total += W.mixedStructureCost
      }
    }
    return total
  }

  /// Labels are evidence only through their partners (see `LabelCorrespondence`): a unit that
  /// holds a label pair is cheaper, one that separates a pair dearer, and a unit holding two
  /// pairs dearer still, since the labels say they are two units.
  private func labelCost(source s: Range<Int>, target t: Range<Int>) -> Double {
    typealias W = AlignmentCostWeights
    guard !labelPartners.source.isEmpty else { return 0 }
    var matched = 0
    var separated = 0
    for i in s {
      let partner = labelPartners.source[i]
      if partner < 0 { continue }
      if t.contains(partner) { matched += 1 } else { separated += 1 }
    }
    for j in t {
      let partner = labelPartners.target[j]
      if partner >= 0 && !s.contains(partner) { separated += 1 }
    }
    var total = W.separatedLabelCost * Double(min(separated, W.maximumCountedLabels))
    if matched > 0 { total += -W.matchedLabelBonus + W.extraMatchedLabelCost * Double(matched - 1) }
    return total
  }
}
