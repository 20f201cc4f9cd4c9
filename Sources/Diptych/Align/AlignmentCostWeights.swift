/// The weights of the unit cost, in the costs' units (−log probability, so 1 is a factor of e).
///
/// Where they come from: the shape priors are Gale and Church's (1993) estimates; everything else
/// was set by hand with the first aligner (commit 88ba077) and has been checked since on the
/// synthetic corpus entries and the seed submission (`swift run -c release diptych-eval corpus`),
/// none fitted. Each is sized against the prior of a one-sided unit (5.3) and the length cost of
/// a typical 1:1 pair (0–3): a weight above ~5 overrides the length evidence, one below ~1 only
/// breaks ties.
enum AlignmentCostWeights {
  // MARK: Items on one side only

  /// The most the length model may add to the cost of an item left alone. Uncapped, the cost
  /// grows with the square of the length, and a long untranslated paragraph would rather be glued
  /// to a neighbour (2:1 of mismatched lengths) than left alone.
  static let maximumSkipLengthCost = 5.0
  /// What a heading or title present on one side only adds: a normal structural difference.
  static let oneSidedHeadingCost = 1.0

  // MARK: Kinds (roles) of the two sides

  /// A footnote body with anything but a footnote body: effectively forbidden.
  static let footnoteWithOtherCost = 50.0
  /// A title or subtitle with anything but a title: nearly forbidden.
  static let frontWithOtherCost = 20.0
  /// A heading with running text: more than a one-sided heading and a one-sided paragraph cost
  /// together, so a heading is rather left alone than paired with a paragraph.
  static let headingWithOtherCost = 6.0
  /// A table cell with a paragraph or list item.
  static let tableCellWithBodyCost = 3.0
  /// A paragraph with a list item (extraction often confuses the two).
  static let bodyKindsDifferCost = 1.0
  /// Inside one side of a unit: two kinds of running text.
  static let mixedBodyCost = 1.0
  /// Inside one side of a unit: a heading or title glued to running text.
  static let mixedStructureCost = 10.0

  // MARK: Labels (see `LabelCorrespondence`)

  /// Each label pair the unit separates (at most `maximumCountedLabels` counted).
  static let separatedLabelCost = 2.0
  /// A unit that holds a label pair.
  static let matchedLabelBonus = 2.0
  /// Each further label pair in the same unit: the labels say they are separate units.
  static let extraMatchedLabelCost = 6.0
  static let maximumCountedLabels = 3

  // MARK: Footnotes

  /// Each footnote call both sides of the unit carry (at most `maximumCountedCalls` counted).
  static let sharedCallBonus = 2.0
  /// Each footnote call one side carries and the other does not (at most `maximumCountedCalls`).
  static let unsharedCallCost = 1.0
  static let maximumCountedCalls = 3
  /// Footnote bodies with the same number (bonus) or different numbers (cost).
  static let footnoteBodyEvidence = 3.0

  // MARK: Numbers, acronyms and symbols (`AlignmentEvidenceToken`)

  /// Each token both sides carry (at most `maximumCountedSharedTokens` counted).
  static let sharedTokenBonus = 1.0
  static let maximumCountedSharedTokens = 4
  /// Each number one side carries and the other does not (at most `maximumCountedMissingNumbers`):
  /// small, since numbers are often spelled out in words on one side.
  static let missingNumberCost = 0.25
  static let maximumCountedMissingNumbers = 8

  // MARK: Translation (lexicon)

  /// Each content word (either side) left without a translation in its unit, beyond the share a
  /// right pair leaves (`BeadCoverage.typicalEnglishUncoveredRate`). Chosen on the development
  /// part of the sentence gold only (`diptych-eval sentences --part dev`, strict F1 pol / mac-dev),
  /// with the eight block shapes: 0 → 0.806 / 0.593, 0.5 → 0.913 / 0.788, 1 → 0.919 / 0.789,
  /// 2 → 0.911 / 0.792. With shapes up to 4:1 and 1:4, before 2:2, 5:1 and learning, this and
  /// `sentenceLengthWeight` at 1 and 1 gave 0.948 / 0.825, at 0.7 and 0.75 0.962 / 0.823; with
  /// everything of today, 0.969 / 0.853.
  static let uncoveredWordCost = 0.7
  /// The weight of the length cost between sentences, where the lexicon also speaks.
  static let sentenceLengthWeight = 0.75
  /// Each content word of a block joined to others in one unit that the unit's other side leaves
  /// without a translation, beyond the share a right pair leaves (`mergeCoverageCost`).
  static let uncoveredMergedWordCost = 1.0
}
