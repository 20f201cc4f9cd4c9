import Testing

@testable import Diptych

/// `number-mismatch` on the forms UN English and Chinese texts use for the same fact (issue 13):
/// each faithful pair gives no finding, and where the form can carry a changed number, a change on
/// either side is reported in its paragraph.
@Suite struct NumberMismatchUNTextTests {
  static let examples: [FactExample] = [
    // Signed numbers glued to words, scale words, space thousand separators.
    .init("a fall to-0.5 per cent", "降至-0.5%", "a fall to-0.6 per cent", "降至-0.4%"),
    .init("$4.2 million", "420万美元", "$4.3 million", "430万美元"),
    .init(
      "a total of 12 345 600 dollars", "共计12 345 600美元", "a total of 12 345 700 dollars",
      "共计12 345 500美元"),
    // Roman numerals and Chinese ordinals, lists after 第.
    .init("article VI of the Treaty", "该条约第六条", "article VII of the Treaty", "该条约第五条"),
    .init("arts. 12, 14 and 17", "第十二、十四和十七条", "arts. 12, 15 and 17", "第十二、十三和十七条"),
    // A 1 with a measure word against an article; a count against "two".
    .init("an aircraft", "1架飞机", "two aircraft", "3架飞机"),
    .init("both cities", "该两市", "all three cities", "该三市"),
    .init("the three conventions", "这三项公约", "the four conventions", "这四项公约"),
    // Clock times, durations with 零, Hijri dates.
    .init("at 0930 hours", "于9时30分", "at 0945 hours", "于9时40分"),
    .init("1 year and 6 months", "1年零6个月", "1 year and 7 months", "1年零5个月"),
    .init("on 10 Shaaban A.H. 1437", "于回历1437年8月10日", "on 11 Shaaban A.H. 1437", "于回历1438年8月10日"),
    // Dates in other forms: abbreviated months, lists of days with the unit printed once.
    .init("dated 3 Feb 16", "日期为2016年2月3日", "dated 4 Feb 16", "日期为2016年3月3日"),
    .init(
      "on 3, 4, 10 and 11 May 2015", "于2015年5月3、4、10和11日", "on 3, 4, 10 and 12 May 2015",
      "于2015年5月3、5、10和11日"),
    // Durations and ages are facts even when they are not calendar years.
    .init("a term of 10 years", "任期10年", "a term of 12 years", "任期12年"),
    .init("almost 60 years", "近60年", "almost 61 years", "近70年"),
    .init("three decades of work", "30年的工作", "four decades of work", "33年的工作"),
    // Codes with numbers are compared whole.
    .init("two P-4 posts", "两个P-4员额", "two P-14 posts", "两个P-5员额"),
    .init("one Su-24 aircraft", "一架Su-24飞机", "one Su-25 aircraft", "一架Su-34飞机"),
    .init(
      "JWH-018 was placed in Schedule II", "JWH-018被列入附表二", "JWH-019 was placed in Schedule II",
      "JWH-081被列入附表二"),
    // Conferences numbered by a roman numeral.
    .init("the outcome of Habitat II", "人居二的成果", "the outcome of Habitat III", "人居四的成果"),
  ]

  /// Pairs whose numbers differ in form only, or that name by context what the other side counts.
  static let faithfulOnly: [(english: String, chinese: String)] = [
    ("as set out in (i) above", "如上文㈠所述"),
    ("the Group of Seven", "七国集团"),
    ("a dozen countries", "十几个国家"),
    ("four-wheel drive vehicles", "四驱车辆"),
    ("three-dimensional images", "三维图像"),
    ("that the volume doubled", "数量增加了两倍"),
    ("a broad agreement on a unified approach", "一致同意采取统一的办法"),
    ("the Basel, Rotterdam and Stockholm conventions", "巴塞尔、鹿特丹和斯德哥尔摩三项公约"),
    ("the leaders will contribute", "四国领导人将作出贡献"),
    ("the banks are licensed", "这二家银行获得许可"),
    ("this year marks the anniversary", "2015年是周年纪念"),
    ("activities reported for20112012b", "2011-2012年活动报告b"),
    ("the Conference secretariat will submit", "人居三会议秘书处将提交"),
    ("Mr. Jan Kubis said that", "库比什先生说"),
    ("the dates and when the Council last took it up", "日期以及安理会最近一次审议的时间"),
  ]

  @Test(arguments: examples)
  func faithfulTranslationHasNoFinding(_ example: FactExample) {
    example.expectFaithfulHasNoFinding()
  }

  @Test(arguments: examples)
  func changedEnglishIsReported(_ example: FactExample) {
    example.expectChangeReported(in: "English", namingChangedFacts: true)
  }

  @Test(arguments: examples)
  func changedChineseIsReported(_ example: FactExample) {
    example.expectChangeReported(in: "Chinese", namingChangedFacts: true)
  }

  @Test(arguments: faithfulOnly.map { FactExample($0.english, $0.chinese, "", "") })
  func sameFactInAnotherFormHasNoFinding(_ example: FactExample) {
    example.expectFaithfulHasNoFinding()
  }

  @Test func sectionNumberBeforeAYearIsALabelOnBothSides() {
    let english =
      "1. The Office reviewed its work.\n\n2. 12.41 During the biennium 2018-2019, the Office "
      + "will act.\n"
    let faithful = CheckFixture.run(english, "1. 该办公室审查了其工作。\n\n2. 12.41 2018-2019两年期，该办公室将采取行动。\n")
    #expect(
      CheckFixture.serious(faithful).isEmpty, "\(CheckFixture.serious(faithful).map(\.message))")
    let changed = CheckFixture.run(english, "1. 该办公室审查了其工作。\n\n2. 12.41 2018-2020两年期，该办公室将采取行动。\n")
    #expect(changed.findings.contains { $0.code == .numberMismatch && $0.severity == .error })
  }

  @Test func changedRepeatOfAYearInAListIsReported() {
    let english = "Canada (2016), Denmark (2017), Germany (2016), Italy (2015)"
    let faithful = FactExample(english, "加拿大(2016年)、丹麦(2017年)、德国(2016年)、意大利(2015年)", "", "")
    #expect(
      CheckFixture.serious(faithful.run(english: faithful.english, chinese: faithful.chinese))
        .isEmpty)
    let changed = faithful.run(
      english: english, chinese: "加拿大(2016年)、丹麦(2017年)、德国(2017年)、意大利(2015年)")
    #expect(changed.findings.contains { $0.code == .numberMismatch && $0.message.contains("2016") })
  }
}
