import Testing

@testable import Diptych

/// Footnote numbers anchor blocks only when both sides number about the same footnotes.
@Suite struct FootnoteAnchorTests {
  /// Stray digits the reader took for footnote calls, numbered in order of appearance on each
  /// side (as in issue 14's benchmark): 2 English calls, 6 Chinese ones, at unrelated places.
  @Test func strayCallsDoNotAnchorUnrelatedParagraphs() {
    var source = TestDocuments.document(.english, TestDocuments.paragraphs(20, numbered: true))
    var target = TestDocuments.document(
      .simplifiedChinese, TestDocuments.paragraphs(20, numbered: false))
    func call(_ number: Int) -> [FootnoteReference] {
      [FootnoteReference(number: number, offset: 0, marker: "\(number)")]
    }
    source.blocks[3].footnoteReferences = call(1)
    source.blocks[15].footnoteReferences = call(2)
    for (number, index) in [1, 2, 6, 10, 14, 18].enumerated() {
      target.blocks[index].footnoteReferences = call(number + 1)
    }
    let alignment = Aligner().align(source: source, target: target)
    #expect(TestDocuments.shapes(alignment) == (0..<20).map { "\($0):\($0)" })
  }

  /// The seed submission's case: the Chinese carries footnotes the English lacks, the shared
  /// ones still anchor.
  @Test func sharedFootnotesAnchorDespiteExtraOnes() {
    var source = TestDocuments.document(.english, TestDocuments.paragraphs(12, numbered: false))
    var target = TestDocuments.document(
      .simplifiedChinese, TestDocuments.paragraphs(12, numbered: false))
    func call(_ number: Int) -> [FootnoteReference] {
      [FootnoteReference(number: number, offset: 0, marker: "\(number)")]
    }
    for (number, index) in [2, 5, 8].enumerated() {
      source.blocks[index].footnoteReferences = call(number + 1)
      target.blocks[index].footnoteReferences = call(number + 1)
    }
    target.blocks[10].footnoteReferences = call(4)
    let alignment = Aligner().align(source: source, target: target)
    let anchored = alignment.units.filter { $0.method == .anchor }.map(\.source)
    #expect([[2], [5], [8]].allSatisfy(anchored.contains))
  }
}
