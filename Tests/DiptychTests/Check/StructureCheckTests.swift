import Testing

@testable import Diptych

/// The structural checks on small documents of real UN text, each with a faithful twin that
/// must stay silent, so every test can fail both ways.
@Suite struct StructureCheckTests {
  private func codes(_ result: PipelineResult, _ code: FindingCode) -> [Finding] {
    result.findings.filter { $0.code == code }
  }

  static let englishParagraphs = [
    "The Working Group reiterated the importance of cooperation and coordination in the group "
      + "context.",
    "A view was expressed that the contractual nature of the settlement agreement should be "
      + "preserved.",
    "The Government of Australia reported that there was no legitimate use of mephedrone other "
      + "than for research purposes.",
    "The new policy should also define the governance functions of the Board.",
  ]
  static let chineseParagraphs = [
    "工作组重申了集团情形中合作与协调的重要性。",
    "会上表达的一种看法是，应当维持和解协议的合约性质。",
    "澳大利亚政府报告说，甲氧麻黄酮除作科研之用外，没有合法用途。",
    "新政策还应确定执行局的治理职能。",
  ]

  private func numbered(_ paragraphs: [String], labels: [Int]? = nil) -> String {
    zip(labels ?? Array(1...paragraphs.count), paragraphs).map { "\($0). \($1)" }.joined(
      separator: "\n\n") + "\n"
  }

  // MARK: unit-missing, unit-merged, numbering-mismatch

  @Test func faithfulDocumentHasNoStructuralFinding() {
    let result = CheckFixture.run(
      numbered(Self.englishParagraphs), numbered(Self.chineseParagraphs))
    #expect(CheckFixture.serious(result).isEmpty, "\(CheckFixture.serious(result).map(\.message))")
    #expect(result.findings.isEmpty)
  }

  private func sectioned(_ headings: [String?], _ paragraphs: [String]) -> String {
    var parts: [String] = []
    if let first = headings[0] { parts.append(first) }
    parts += paragraphs.prefix(2).enumerated().map { "\($0 + 1). \($1)" }
    if let second = headings[1] { parts.append(second) }
    parts.append("3. \(paragraphs[2])")
    return parts.joined(separator: "\n\n") + "\n"
  }

  @Test func headingWithoutCounterpartIsUnitMissingBothWays() throws {
    let english = sectioned(["I. Introduction", "II. General principles"], Self.englishParagraphs)
    let chinese = sectioned(["一、导言", "二、总体原则"], Self.chineseParagraphs)
    #expect(CheckFixture.run(english, chinese).findings.isEmpty)

    let result = CheckFixture.run(english, sectioned([nil, "二、总体原则"], Self.chineseParagraphs))
    let finding = try #require(codes(result, .unitMissing).first)
    #expect(CheckFixture.serious(result).count == 1)
    #expect(finding.message == "the English heading 'I. Introduction' has no Chinese counterpart")
    #expect(finding.severity == .error)
    #expect(finding.sourceLines == LineRange(line: 1) && finding.targetLines == nil)

    let reverse = CheckFixture.run(
      sectioned([nil, "II. General principles"], Self.englishParagraphs), chinese)
    #expect(CheckFixture.serious(reverse).count == 1)
    #expect(
      codes(reverse, .unitMissing).first?.message
        == "the Chinese heading '一、导言' has no English counterpart")
    #expect(codes(reverse, .unitMissing).first?.targetLines == LineRange(line: 1))
  }

  @Test func chineseTitleWithoutEnglishTitleIsReported() {
    let english = numbered(Self.englishParagraphs)
    let chinese = "关于成立空间资源活动国际规则工作组的书面建议\n\n" + numbered(Self.chineseParagraphs)
    let result = CheckFixture.run(english, chinese)
    #expect(codes(result, .unitMissing).count == 1)
    #expect(codes(result, .unitMissing).first?.message.contains("Chinese title") == true)
    let faithful = CheckFixture.run(
      "Written proposal on a working group on space resource activities\n\n" + english, chinese)
    #expect(
      codes(faithful, .unitMissing).isEmpty, "\(codes(faithful, .unitMissing).map(\.message))")
  }

  @Test func mergedParagraphsAreUnitMerged() {
    let english = """
      The Working Group reiterated the importance of cooperation and coordination in the group \
      context.

      A view was expressed that the contractual nature of the settlement agreement should be \
      preserved.

      The Government of Australia reported that there was no legitimate use of mephedrone other \
      than for research purposes.
      """
    let merged = """
      工作组重申了集团情形中合作与协调的重要性。会上表达的一种看法是，应当维持和解协议的合约性质。

      澳大利亚政府报告说，甲氧麻黄酮除作科研之用外，没有合法用途。
      """
    let result = CheckFixture.run(english, merged)
    #expect(codes(result, .unitMerged).count == 1)
    #expect(
      codes(result, .unitMerged).first?.message
        == "2 English blocks are one Chinese block (merged in translation)")
    let faithful = CheckFixture.run(
      english, Self.chineseParagraphs.prefix(3).joined(separator: "\n\n"))
    #expect(codes(faithful, .unitMerged).isEmpty)
  }

  @Test func headingsNumberedDifferentlyAreNumberingMismatchOnce() throws {
    func document(_ headings: [String], _ paragraphs: [String]) -> String {
      zip(headings, paragraphs).map { "\($0)\n\n\($1)" }.joined(separator: "\n\n")
    }
    let english = document(
      ["I. Introduction", "II. General principles", "III. Working method"],
      Array(Self.englishParagraphs.prefix(3)))
    let shifted = document(["一、导言", "二、总体原则", "三、工作方法"], Array(Self.chineseParagraphs.prefix(3)))
    let faithful = CheckFixture.run(english, shifted)
    #expect(
      codes(faithful, .numberingMismatch).isEmpty,
      "\(codes(faithful, .numberingMismatch).map(\.message))")
    let result = CheckFixture.run(
      english, document(["二、导言", "三、总体原则", "四、工作方法"], Array(Self.chineseParagraphs.prefix(3))))
    let mismatches = codes(result, .numberingMismatch)
    #expect(mismatches.count == 1)
    let finding = try #require(mismatches.first)
    #expect(finding.message == "English headings I–III are numbered 二–四 in the Chinese")
    #expect(finding.sourceLines != nil && finding.targetLines != nil)
  }

  // MARK: list-count

  @Test func listWithAnItemMoreIsListCount() throws {
    let english = """
      1. The Working Group will consider the following:
      (a) The applicability of existing international space law;
      (b) The priority topics for which new rules are promising;
      (c) The structure of the final report.
      """
    let chinese = """
      1. 工作组将审议以下问题：
      (a) 现有国际空间法的适用性；
      (b) 制定新规则的优先领域；
      (c) 最后报告的结构。
      """
    #expect(codes(CheckFixture.run(english, chinese), .listCount).isEmpty)
    let shorter = chinese.split(separator: "\n").prefix(3).joined(separator: "\n")
    let result = CheckFixture.run(english, shorter)
    let finding = try #require(codes(result, .listCount).first)
    #expect(codes(result, .listCount).count == 1)
    #expect(finding.message == "the list here has 3 items in the English and 2 in the Chinese")
    #expect(finding.severity == .error)
  }

  // MARK: untranslated, length-ratio

  @Test func englishLeftInTheChineseIsUntranslated() throws {
    var chinese = Self.chineseParagraphs
    chinese[2] = Self.englishParagraphs[2]
    let result = CheckFixture.run(numbered(Self.englishParagraphs), numbered(chinese))
    let finding = try #require(codes(result, .untranslated).first)
    #expect(codes(result, .untranslated).count == 1)
    #expect(finding.message == "the Chinese text is identical to the English")
    #expect(finding.targetLines == LineRange(line: 5))
    chinese[2] =
      "The Government of Australia said that mephedrone had no legitimate use except for "
      + "scientific research."
    let english = CheckFixture.run(numbered(Self.englishParagraphs), numbered(chinese))
    #expect(codes(english, .untranslated).first?.message == "the Chinese text is still in English")
  }

  @Test func paragraphMuchShorterThanItsSourceIsLengthRatio() throws {
    let long = """
      The Working Group shall take into consideration submissions on the issue of activities in \
      exploration, \
      exploitation and utilization of space resources from member States, permanent observers of \
      the Committee, \
      non-governmental organizations, industry and private sector entities in accordance with the \
      rules of procedure.
      """
    let full = "工作组应根据委员会议事规则，吸收委员会成员国、永久观察员及非政府组织、工业界和私营部门关于空间资源探索、开发和利用活动问题的意见。"
    #expect(codes(CheckFixture.framed(long, full), .lengthRatio).isEmpty)
    let result = CheckFixture.framed(long, "工作组应吸收意见。")
    let finding = try #require(codes(result, .lengthRatio).first)
    #expect(finding.message.hasPrefix("the Chinese is much shorter than expected"))
    #expect(finding.severity == .warning)
  }
}
