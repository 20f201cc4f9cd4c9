import Testing

@testable import Diptych

/// Documents built from real UN sentence pairs, with the structural differences translators make.
@Suite struct StructuralAlignmentTests {
  typealias Spec = TestDocuments.Spec

  func align(_ english: [Spec], _ chinese: [Spec], anchors: Bool = true) -> Alignment {
    let alignment = Aligner(configuration: .init(usesAnchors: anchors)).align(
      source: TestDocuments.document(.english, english),
      target: TestDocuments.document(.simplifiedChinese, chinese))
    #expect(alignment.invariantViolations() == [])
    return alignment
  }

  /// The identity shapes "k:k" for `range`.
  func diagonal(_ range: Range<Int>, shift: Int = 0) -> [String] {
    range.map { "\($0):\($0 + shift)" }
  }

  @Test(arguments: [true, false]) func unnumberedChineseParagraphsPairOneToOne(anchors: Bool) {
    let alignment = align(
      TestDocuments.paragraphs(20, numbered: true), TestDocuments.paragraphs(20, numbered: false),
      anchors: anchors)
    #expect(TestDocuments.shapes(alignment) == diagonal(0..<20))
    #expect(alignment.units.allSatisfy { $0.sentences.map(\.source) == [[0], [1], [2]] })
    #expect(alignment.units.allSatisfy { $0.sentences.map(\.target) == [[0], [1], [2]] })
  }

  @Test(arguments: [true, false]) func mergedParagraphsComeOutTwoToOne(anchors: Bool) {
    var chinese = TestDocuments.paragraphs(20, numbered: false)
    chinese[5].pairs = 15..<21  // the translator merged paragraphs 6 and 7
    chinese.remove(at: 6)
    let alignment = align(TestDocuments.paragraphs(20, numbered: true), chinese, anchors: anchors)
    #expect(
      TestDocuments.shapes(alignment) == diagonal(0..<5) + ["5,6:5"] + diagonal(7..<20, shift: -1))
    let merged = alignment.units[5]
    #expect(
      merged.sentences.count == 6
        && merged.sentences.allSatisfy { $0.source.count == 1 && $0.target.count == 1 })
  }

  @Test(arguments: [true, false]) func splitParagraphComesOutOneToTwo(anchors: Bool) {
    var chinese = TestDocuments.paragraphs(20, numbered: false)
    chinese[8].pairs = 24..<25  // the translator split paragraph 9 after its first sentence
    chinese.insert(Spec(pairs: 25..<27), at: 9)
    let alignment = align(TestDocuments.paragraphs(20, numbered: true), chinese, anchors: anchors)
    #expect(
      TestDocuments.shapes(alignment) == diagonal(0..<8) + ["8:8,9"] + diagonal(9..<20, shift: 1))
  }

  @Test func headingOnOneSideStandsAlone() {
    var english = TestDocuments.paragraphs(12, numbered: true)
    english.insert(Spec(pairs: 0..<0, kind: .heading, text: "Programme budget implications"), at: 6)
    let alignment = align(english, TestDocuments.paragraphs(12, numbered: false))
    #expect(
      TestDocuments.shapes(alignment) == diagonal(0..<6) + ["6:"] + diagonal(7..<13, shift: -1))
  }

  @Test func paragraphOnOneSideStandsAlone() {
    var chinese = TestDocuments.paragraphs(16, numbered: false)
    chinese.remove(at: 6)  // paragraph 7 was not translated
    let alignment = align(TestDocuments.paragraphs(16, numbered: true), chinese)
    #expect(
      TestDocuments.shapes(alignment) == diagonal(0..<6) + ["6:"] + diagonal(7..<16, shift: -1))
    #expect(alignment.units[6].confidence < alignment.units[5].confidence)
  }

  /// Length alone cannot always tell which of two neighbours of similar length is missing, so
  /// this asserts that the damage stays local everywhere and that most positions come out exact.
  @Test func missingParagraphAnywhereStaysLocal() {
    var exact = 0
    for removed in 1..<15 {
      var chinese = TestDocuments.paragraphs(16, numbered: false)
      chinese.remove(at: removed)
      let shapes = TestDocuments.shapes(
        align(TestDocuments.paragraphs(16, numbered: true), chinese))
      let expected = diagonal(0..<removed) + ["\(removed):"] + diagonal(removed + 1..<16, shift: -1)
      if shapes == expected { exact += 1 }
      #expect(
        Array(shapes.prefix(max(0, removed - 1))) == Array(expected.prefix(max(0, removed - 1))))
      #expect(
        Array(shapes.suffix(max(0, 13 - removed))) == Array(expected.suffix(max(0, 13 - removed))))
    }
    #expect(exact >= 11)
  }

  @Test func everythingAtOnce() {
    // Title only in Chinese, heading only in English, a merge, a split and a missing paragraph.
    var english = TestDocuments.paragraphs(20, numbered: true)
    english.insert(Spec(pairs: 0..<0, kind: .heading, text: "Introduction"), at: 0)
    var chinese = TestDocuments.paragraphs(20, numbered: false)
    chinese[3].pairs = 9..<15
    chinese.remove(at: 4)  // merge 4+5
    chinese.remove(at: 10)  // paragraph 12 missing
    chinese[14].pairs = 48..<49
    chinese.insert(Spec(pairs: 49..<51), at: 15)  // split 17
    chinese.insert(Spec(pairs: 0..<0, kind: .title, text: "秘书长的报告"), at: 0)
    let alignment = align(english, chinese)
    #expect(
      TestDocuments.shapes(alignment)
        == [":0", "0:"] + diagonal(1..<4) + ["4,5:4"] + diagonal(6..<12, shift: -1) + ["12:"]
        + diagonal(13..<17, shift: -2) + ["17:15,16"] + diagonal(18..<21, shift: -1))
  }
}
