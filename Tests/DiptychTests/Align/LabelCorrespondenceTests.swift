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
      source: TestDocuments.document(.english, english), target: TestDocuments.document(.simplifiedChinese, chinese))
    #expect(alignment.invariantViolations() == [])
    return alignment
  }

  func diagonal(_ range: Range<Int>, shift: Int = 0) -> [String] { range.map { "\($0):\($0 + shift)" } }

  @Test func renumberedTranslationWithAnOmittedParagraphPairsByContent() {
    var chinese = TestDocuments.paragraphs(16, numbered: false)
    chinese.remove(at: 4)  // paragraph 5 was not translated; the Chinese 5 is the English 6
    let alignment = align(TestDocuments.paragraphs(16, numbered: true), renumbered(chinese))
    #expect(TestDocuments.shapes(alignment) == diagonal(0..<4) + ["4:"] + diagonal(5..<16, shift: -1))
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
        == diagonal(0..<3) + ["3,4:3"] + diagonal(5..<14, shift: -1) + ["14:13,14"] + diagonal(15..<20))
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
    #expect(TestDocuments.shapes(alignment) == diagonal(0..<7) + ["7:"] + diagonal(8..<16, shift: -1))
  }

  @Test func aWrongUnitIsLessConfidentThanItsNeighbours() {
    var chinese = TestDocuments.paragraphs(16, numbered: false)
    chinese.remove(at: 6)
    let alignment = align(TestDocuments.paragraphs(16, numbered: true), renumbered(chinese))
    let lone = alignment.units.filter { $0.target.isEmpty }
    let paired = alignment.units.filter { $0.source.count == 1 && $0.target.count == 1 }
    let mean = paired.map(\.confidence).reduce(0, +) / Double(max(1, paired.count))
    #expect(lone.allSatisfy { $0.confidence < mean })
    #expect(paired.allSatisfy { (0...1).contains($0.confidence) })
  }
}
