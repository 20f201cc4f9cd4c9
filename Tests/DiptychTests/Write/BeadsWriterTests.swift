import Diptych
import Testing

@Suite struct BeadsWriterTests {
  /// Sentences of corpus/unpc-synth-clean (UN Parallel Corpus), one a line.
  static let english = """
    Armed groups also occupied a number of other medical facilities, among them the Hawari General \
    Hospital.
    The demonstration quickly developed into a potentially threatening situation, but was \
    eventually defused without serious incident.

    The Security Council has and already played a role in this area and should continue to do so.
    Many members in the education and health offices no longer go to their offices for fear of \
    arrest and prosecution.
    """
  static let chinese = """
    武装团体还占领了其他一些医疗设施，其中包括Hawari总医院。
    示威很快演变成具有潜在威胁的局势，但最终被化解，没有造成严重事件。
    <p>
    安全理事会已经而且必须继续在此领域发挥作用。在教育和医疗卫生机构的许多人员不敢再去办公室，害怕被逮捕和遭起诉。
    """

  @Test func sentenceLinesAlignIntoBeadsNumberedAcrossParagraphs() throws {
    let source = SentenceLinesReader.document(text: Self.english, language: .english)
    let target = SentenceLinesReader.document(text: Self.chinese, language: .simplifiedChinese)
    let alignment = Aligner().align(source: source, target: target)
    let beads = try BeadsWriter().write(alignment, findings: [])
    #expect(beads == "[0]:[0]\n[1]:[1]\n[2, 3]:[2]\n")
  }

  @Test func oneSidedPairsAreWrittenAndUnitsWithoutSentencePairsRefused() throws {
    let source = SentenceLinesReader.document(text: "A.\nB.\n\nC.\n", language: .english)
    let target = SentenceLinesReader.document(text: "甲。\n\n乙。\n丙。\n", language: .simplifiedChinese)
    let units = [
      AlignmentUnit(
        id: "u1", source: [0], target: [0], confidence: 1, method: .anchor,
        sentences: [
          SentencePair(source: [0], target: [0], confidence: 1),
          SentencePair(source: [1], target: [], confidence: 1),
        ]),
      AlignmentUnit(id: "u2", source: [1], target: [1], confidence: 1, method: .dynamicProgramme),
    ]
    #expect(throws: WriteError.self) {
      try BeadsWriter().write(Alignment(source: source, target: target, units: units), findings: [])
    }
    var paired = units
    paired[1].sentences = [SentencePair(source: [0], target: [0, 1], confidence: 1)]
    let alignment = Alignment(source: source, target: target, units: paired)
    #expect(try BeadsWriter().write(alignment, findings: []) == "[0]:[0]\n[1]:[]\n[2]:[1, 2]\n")
  }
}
