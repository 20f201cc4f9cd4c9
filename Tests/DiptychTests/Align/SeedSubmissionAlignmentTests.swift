import Testing

@testable import Diptych

@Suite struct SeedSubmissionAlignmentTests {
  let alignment = Aligner().align(source: SeedSubmission.english, target: SeedSubmission.chinese)

  /// The units as "source blocks:target blocks".
  func shapes() -> [String] {
    alignment.units.map { unit in
      "\(unit.source.map(String.init).joined(separator: ","))"
        + ":\(unit.target.map(String.init).joined(separator: ","))"
    }
  }

  @Test func invariantsHold() {
    #expect(alignment.invariantViolations() == [])
  }

  @Test func everyBlockLandsWhereTheSubmissionPutsIt() {
    // English: 0 heading I, 1-2 ¶1-2, 3 II, 4-6 ¶3-5, 7 III, 8-9 ¶6-7, 10 IV, 11-12 ¶8-9, 13-17
    // years.
    // Chinese: 0 title, 1 subtitle, 2-3 ¶, 4 一, 5-7 ¶, 8 二, 9-10 ¶, 11 三, 12-13 ¶, 14-18 years.
    #expect(
      shapes() == [
        ":0", ":1", "0:", "1:2", "2:3", "3:4", "4:5", "5:6", "6:7", "7:8", "8:9", "9:10", "10:11",
        "11:12",
        "12:13", "13:14", "14:15", "15:16", "16:17", "17:18",
      ]
        || shapes() == [
          "0:", ":0", ":1", "1:2", "2:3", "3:4", "4:5", "5:6", "6:7", "7:8", "8:9", "9:10", "10:11",
          "11:12",
          "12:13", "13:14", "14:15", "15:16", "16:17", "17:18",
        ])
  }

  @Test func titleAndSubtitleStandAlone() throws {
    for index in [0, 1] {
      let unit = try #require(alignment.units.first { $0.target.contains(index) })
      #expect(unit.source.isEmpty && unit.target == [index])
    }
  }

  @Test func theFootnoteOffsetIsThree() {
    #expect(
      FootnoteOffset.estimate(source: SeedSubmission.english, target: SeedSubmission.chinese) == 3)
  }

  @Test func headingsPairWithAnOffsetOfOne() {
    let blocks = Aligner().alignBlocks(
      source: SeedSubmission.english, target: SeedSubmission.chinese)
    let anchors = Set(blocks.anchors.map { [$0.source, $0.target] })
    #expect(anchors.isSuperset(of: [[3, 4], [7, 8], [10, 11]]))
    #expect(anchors.isSuperset(of: (0..<5).map { [13 + $0, 14 + $0] }))
    #expect(anchors.isSuperset(of: [[1, 2], [2, 3]]))
  }

  /// Every unit of the seed is right: none may look like a coin toss, and the headings the outline
  /// pairs are near certain.
  @Test func rightUnitsAreConfident() {
    for unit in alignment.units {
      #expect(unit.confidence > 0.6, "\(unit.id) \(unit.shape) \(unit.confidence)")
    }
    for unit in alignment.units
    where unit.method == .anchor && alignment.source.blocks[unit.source[0]].kind == .heading {
      #expect(unit.confidence >= 0.95, "\(unit.id) \(unit.confidence)")
    }
  }

  @Test func sentencesPairInsideParagraphOne() throws {
    let unit = try #require(alignment.units.first { $0.source == [1] })
    // ¶1 has two English sentences; the Chinese has two as well.
    #expect(unit.sentences.map(\.source) == [[0], [1]])
    #expect(unit.sentences.map(\.target) == [[0], [1]])
  }
}
