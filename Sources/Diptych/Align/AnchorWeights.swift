/// The weights and thresholds of `AnchorFinder`. Set by hand with the first aligner (commit
/// 88ba077), checked since on the synthetic corpus entries and the seed submission; none fitted.
/// What they encode: structural evidence (footnotes, labels, lists) anchors on its own, a single
/// shared number or symbol does not; two pieces of token evidence together do.
enum AnchorWeights {
  /// A footnote number called in one block of each side (after the footnote offset).
  static let footnoteCallWeight = 3.0
  /// A footnote body with the same number (after the offset): the strongest single evidence.
  static let footnoteBodyWeight = 4.0
  /// A label pair of `LabelCorrespondence` between paragraphs or list items.
  static let labelWeight = 2.0
  /// A label pair between outline headings (`II.` with `二、`), surer than a paragraph number.
  static let headingLabelWeight = 2.5
  /// An item of two lists of the same length (`StructuralCorrespondence`).
  static let listItemWeight = 2.0
  /// A number that occurs in exactly one block of each document.
  static let uniqueNumberWeight = 0.6
  /// An acronym or document symbol that occurs in exactly one block of each document: rarer by
  /// chance than a number.
  static let uniqueSymbolWeight = 1.0
  /// The least total weight of an anchor: any structural evidence, or a symbol and a number, or
  /// three numbers.
  static let minimumWeight = 1.5
  /// How far apart (as a fraction of each side's length) the two blocks of an anchor may lie
  /// when structural evidence supports it, and when only tokens do.
  static let structuralPositionTolerance = 0.4
  static let tokenPositionTolerance = 0.2
  /// The least share of footnote numbers both sides have (of the larger side's) for footnotes to
  /// anchor. A translation carries about the same footnotes: in the seed submission the Chinese
  /// has two the English lacks, 3 of 5 shared (0.6); in issue 14's benchmark, digits the reader
  /// took for calls (4 English, 11 Chinese, numbered in order of appearance) shared 4 of 11
  /// (0.36) and anchored English paragraph 1356 to Chinese paragraph 627.
  static let minimumFootnoteAgreement = 0.5
}
