import Testing

@testable import Diptych

/// `number-mismatch` through the whole pipeline (read, segment, align, check) on three-paragraph
/// documents: the example's facts agree, or one side is changed and exactly that is reported.
@Suite struct NumberMismatchPrecisionTests {
  static let examples: [FactExample] = [
    // Digits: group separators (comma, space, thin space), full-width digits, decimals.
    .init("EUR 180,000", "18万欧元", "EUR 190,000", "1.8万欧元"),
    .init(
      "211 per 100,000 live births", "每100 000活产儿死亡211人", "211 per 10,000 live births",
      "每100 000活产儿死亡210人"),
    .init(
      "a total of 1\u{2009}500\u{2009}000 people", "共计1\u{2009}500\u{2009}000人",
      "a total of 1\u{2009}600\u{2009}000 people", "共计1\u{2009}500\u{2009}001人"),
    .init("in 2021", "在２０２１年", "in 2020", "在２０２２年"),
    .init("an increase of 4.5 per cent", "增长4.5%", "an increase of 4.6 per cent", "增长5.5%"),
    // English number words.
    .init("fifteen experts", "十五名专家", "sixteen experts", "十四名专家"),
    .init("at its sixty-first session", "第六十一届会议", "at its sixty-second session", "第六十届会议"),
    .init("a two thirds majority", "三分之二多数", "a three quarters majority", "四分之三多数"),
    .init("half of the States", "一半国家", "a third of the States", "三分之一的国家"),
    .init("a tenfold increase", "增加十倍", "a ninefold increase", "增加五倍"),
    .init("a dozen States", "12个国家", "two dozen States", "13个国家"),
    // Chinese numerals: 两, 〇, 百分之, 分之, 倍, 第.
    .init("two meetings", "两次会议", "three meetings", "三次会议"),
    .init("in 2021", "于二〇二一年", "in 2011", "于二〇二二年"),
    .init("30 per cent", "百分之三十", "40 per cent", "百分之二十"),
    .init("one third of the Parties", "三分之一的缔约方", "one fifth of the Parties", "四分之一的缔约方"),
    .init("3 times higher", "高出3倍", "4 times higher", "高出5倍"),
    // Mixed forms.
    .init("2.5 million people", "250万人", "3.5 million people", "25万人"),
    .init("$1.5 billion", "15亿美元", "$2.5 billion", "16亿美元"),
    .init("more than 2 million people", "200多万人", "more than 3 million people", "300多万人"),
    // Percentages.
    .init("30 per cent", "30%", "31 per cent", "20%"),
    // Ordinals and roman numerals in references.
    .init("at its fifty-sixth session", "第五十六届会议", "at its fifty-seventh session", "第五十五届会议"),
    .init("at its 56th session", "第56届会议", "at its 57th session", "第五十七届会议"),
    .init("article IX of the Treaty", "《条约》第九条", "article IV of the Treaty", "《条约》第十条"),
    .init("annexes I and III", "附件一和附件三", "annexes I and II", "附件一和附件四"),
    // Years, dates, date ranges.
    .init("in 2017", "2017年", "in 2018", "2016年"),
    .init("on 1 March 2025", "于2025年3月1日", "on 1 March 2026", "于2025年3月11日"),
    .init(
      "from 5 to 16 February 2024", "2024年2月5日至16日", "from 5 to 15 February 2024", "2024年2月6日至16日"),
    .init("the period 2025-2027", "2025至2027年期间", "the period 2025-2028", "2024至2027年期间"),
    // Document symbols and resolution numbers.
    .init(
      "document A/AC.105/C.2/2021/CRP.12", "A/AC.105/C.2/2021/CRP.12号文件",
      "document A/AC.105/C.2/2021/CRP.13", "A/AC.105/C.2/2020/CRP.12号文件"),
    .init("resolution 62/217", "第62/217号决议", "resolution 62/218", "第61/217号决议"),
    .init("resolution 2127 (2013)", "第2127(2013)号决议", "resolution 2127 (2014)", "第2128(2013)号决议"),
    // Names with digits next to a real figure: only the figure counts.
    .init(
      "the Group of 77 and 12 other States", "77国集团和另外12个国家", "the Group of 77 and 13 other States",
      "77国集团和另外11个国家"),
    .init(
      "during COVID-19, 17 meetings", "在2019冠状病毒病期间举行了17次会议", "during COVID-19, 18 meetings",
      "在2019冠状病毒病期间举行了16次会议"),
    .init(
      "the lander on board Hayabusa2 in 2014", "2014年隼鸟二号上的降落器",
      "the lander on board Hayabusa2 in 2015", "2013年隼鸟二号上的降落器"),
  ]

  private func numberFindings(_ result: PipelineResult) -> [Finding] {
    result.findings.filter { $0.code == .numberMismatch }
  }

  @Test(arguments: examples)
  func faithfulTranslationHasNoFinding(_ example: FactExample) {
    example.expectFaithfulHasNoFinding()
  }

  @Test(arguments: examples)
  func changedEnglishIsReportedInItsParagraph(_ example: FactExample) throws {
    let result = example.run(english: example.changedEnglish, chinese: example.chinese)
    try expectReported(result, side: "English", changed: example.changedEnglish)
  }

  @Test(arguments: examples)
  func changedChineseIsReportedInItsParagraph(_ example: FactExample) throws {
    let result = example.run(english: example.english, chinese: example.changedChinese)
    try expectReported(result, side: "Chinese", changed: example.changedChinese)
  }

  /// Number mismatches only, all in paragraph 2 (line 3 of both files), at least one naming the
  /// changed side with a fact printed in the changed text, and nothing else at warning or error.
  private func expectReported(_ result: PipelineResult, side: String, changed: String) throws {
    let serious = CheckFixture.serious(result)
    let unit = try #require(CheckFixture.unit(atSourceLine: 3, in: result))
    #expect(!serious.isEmpty)
    for finding in serious {
      #expect(finding.code == .numberMismatch, "\(finding.code): \(finding.message)")
      #expect(finding.unit == unit)
      #expect(
        finding.sourceLines == LineRange(line: 3) && finding.targetLines == LineRange(line: 3))
    }
    #expect(
      serious.contains {
        $0.message.hasSuffix("in the \(side) only") && $0.facts.allSatisfy { changed.contains($0) }
      },
      "\(serious.map(\.message))")
  }

  @Test func footnoteCallsAreNeverNumbers() {
    // Calls 1–3 in the English numbered 4–6 in the Chinese: a numbering finding, no number finding.
    let result = CheckFixture.run(
      """
      1. The Subcommittee considered the agenda item in 2021. 1

      2. The Working Group reiterated the importance of cooperation and coordination. 2

      3. A view was expressed that the agreement should be preserved. 3
      """,
      """
      1. 小组委员会于2021年审议了该议程项目。4

      2. 工作组重申了合作与协调的重要性。5

      3. 会上表达的一种看法是，应当维持该协议。6
      """)
    #expect(numberFindings(result).isEmpty, "\(numberFindings(result).map(\.message))")
    #expect(result.findings.filter { $0.code == .footnoteNumbering }.count == 1)
  }

  @Test func rangeWhoseDashWasLostInExtractionStillMatches() {
    let faithful = CheckFixture.framed(
      "The proportion of women aged 1564 remains low.", "15至64岁妇女的比例依然很低。")
    #expect(numberFindings(faithful).isEmpty)
    let changed = CheckFixture.framed(
      "The proportion of women aged 1564 remains low.", "15至65岁妇女的比例依然很低。")
    #expect(!numberFindings(changed).isEmpty)
  }
}
