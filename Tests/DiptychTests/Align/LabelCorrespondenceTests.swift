import Testing

@testable import Diptych

/// Paragraph numbers as evidence that must agree with the content, on real UN sentence pairs.
@Suite struct LabelCorrespondenceTests {
  typealias Spec = TestDocuments.Spec

  /// Numbers the specs 1, 2 … in order, as an auto-numbered translation does after an edit.
  func renumbered(_ specs: [Spec]) -> [Spec] {
    specs.enumerated().map { k, spec in
      var spec = spec
      spec.label = Label(text: "\(k + 1).", style: .arabic, value: k + 1)
      return spec
    }
  }

  func align(_ english: [Spec], _ chinese: [Spec]) -> Alignment {
    let alignment = Aligner().align(
      source: TestDocuments.document(.english, english),
      target: TestDocuments.document(.simplifiedChinese, chinese))
    #expect(alignment.invariantViolations() == [])
    return alignment
  }

  func diagonal(_ range: Range<Int>, shift: Int = 0) -> [String] {
    range.map { "\($0):\($0 + shift)" }
  }

  @Test func renumberedTranslationWithAnOmittedParagraphPairsByContent() {
    var chinese = TestDocuments.paragraphs(16, numbered: false)
    chinese.remove(at: 4)  // paragraph 5 was not translated; the Chinese 5 is the English 6
    let alignment = align(TestDocuments.paragraphs(16, numbered: true), renumbered(chinese))
    #expect(
      TestDocuments.shapes(alignment) == diagonal(0..<4) + ["4:"] + diagonal(5..<16, shift: -1))
  }

  @Test func renumberedTranslationWithAMergeAndASplitPairsByContent() {
    var chinese = TestDocuments.paragraphs(20, numbered: false)
    chinese[3].pairs = 9..<15  // paragraphs 4 and 5 merged: the offset drops by one
    chinese.remove(at: 4)
    chinese[13].pairs = 42..<43  // paragraph 15 split after its first sentence: back to 0
    chinese.insert(Spec(pairs: 43..<45), at: 14)
    let alignment = align(TestDocuments.paragraphs(20, numbered: true), renumbered(chinese))
    #expect(
      TestDocuments.shapes(alignment)
        == diagonal(0..<3) + ["3,4:3"] + diagonal(5..<14, shift: -1) + ["14:13,14"]
        + diagonal(15..<20))
  }

  @Test func theOffsetRunsFollowTheEdits() throws {
    var chinese = TestDocuments.paragraphs(16, numbered: false)
    chinese.remove(at: 4)
    let english = TestDocuments.document(.english, TestDocuments.paragraphs(16, numbered: true))
    let target = TestDocuments.document(.simplifiedChinese, renumbered(chinese))
    let model = Aligner.blockCostModel(source: english, target: target, lengthModel: LengthModel())
    let pairs = LabelCorrespondence.pairs(source: english, target: target, model: model)
    let offsets = Dictionary(uniqueKeysWithValues: pairs.map { ($0.source, $0.target - $0.source) })
    // Before the omission the labels agree; after it English n is Chinese n − 1.
    #expect((0..<4).allSatisfy { offsets[$0] == 0 })
    #expect((5..<16).allSatisfy { offsets[$0] == -1 })
    #expect(offsets[4] == nil || offsets[4] == -1 || offsets[4] == 0)
    #expect(pairs.count >= 14)
  }

  @Test func keptNumbersWithAGapStillPairEqualLabels() {
    var chinese = TestDocuments.paragraphs(16, numbered: true)
    chinese.remove(at: 7)  // the Chinese keeps the English numbers: 7 is followed by 9
    let alignment = align(TestDocuments.paragraphs(16, numbered: true), chinese)
    #expect(
      TestDocuments.shapes(alignment) == diagonal(0..<7) + ["7:"] + diagonal(8..<16, shift: -1))
  }

  /// Lengths alone (no labels on the Chinese side) leave every unit of a faithful translation
  /// well above a coin toss; labels on both sides make it near certain.
  @Test func aFaithfulTranslationIsConfidentEverywhere() {
    let lengths = align(
      TestDocuments.paragraphs(16, numbered: true), TestDocuments.paragraphs(16, numbered: false))
    #expect(lengths.units.allSatisfy { $0.confidence >= 0.7 }, "\(lengths.units.map(\.confidence))")
    let labels = align(
      TestDocuments.paragraphs(16, numbered: true), TestDocuments.paragraphs(16, numbered: true))
    #expect(labels.units.allSatisfy { $0.confidence >= 0.95 }, "\(labels.units.map(\.confidence))")
  }

  /// Without labels, an omitted paragraph leaves rivals close to the chosen path (which of two
  /// neighbours is missing), so the least confident unit is less sure than in the faithful pair.
  @Test func anOmissionWithoutLabelsLowersTheConfidenceAroundIt() {
    let english = TestDocuments.paragraphs(16, numbered: true)
    var chinese = TestDocuments.paragraphs(16, numbered: false)
    let faithful = align(english, chinese)
    chinese.remove(at: 6)
    let edited = align(english, chinese)
    let least = { (alignment: Alignment) in alignment.units.map(\.confidence).min() ?? 1 }
    #expect(least(edited) < least(faithful))
  }
}
