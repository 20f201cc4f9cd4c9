import Diptych
import Testing

/// The equivalences translators use, both ways: the faithful pair matches, a changed number does
/// not.
@Suite struct FactMatcherEquivalenceTests {
  static let pairs: [FactExample] = [
    // Dates and years.
    .init(
      english: "on 1 March 2025", chinese: "于2025年3月1日", changedEnglish: "on 1 March 2026",
      changedChinese: "于2025年3月11日"),
    .init(
      english: "in 2021", chinese: "2021 年", changedEnglish: "in 2020", changedChinese: "2022 年"),
    .init(
      english: "from 5 to 16 February 2024", chinese: "2024年2月5日至16日",
      changedEnglish: "from 5 to 15 February 2024", changedChinese: "2024年2月6日至16日"),
    .init(
      english: "the period 2025-2027", chinese: "2025至2027年期间",
      changedEnglish: "the period 2025-2028", changedChinese: "2024至2027年期间"),
    .init(
      english: "the period 2025-2027", chinese: "2025-2027年期间",
      changedEnglish: "the period 2024-2027", changedChinese: "2025-2026年期间"),
    .init(
      english: "held on 24 and 25 October 2013", chinese: "于2013年10月24和25日举行",
      changedEnglish: "held on 24 and 26 October 2013", changedChinese: "于2013年10月23和25日举行"),
    .init(
      english: "July-August 2014", chinese: "2014年7-8月", changedEnglish: "July-September 2014",
      changedChinese: "2014年6-8月"),
    .init(
      english: "To be held on Friday, 6 March 2015, at 12.40 p.m.",
      chinese: "定于2015年3月6日星期五下午12时40分举行",
      changedEnglish: "To be held on Friday, 6 March 2015, at 12.45 p.m.",
      changedChinese: "定于2015年3月6日星期五下午1时40分举行"),
    .init(
      english: "later than 10 p.m.", chinese: "在22时后", changedEnglish: "later than 11 p.m.",
      changedChinese: "在21时后"),
    .init(
      english: "in the 1990s", chinese: "在20世纪90年代", changedEnglish: "in the 1980s",
      changedChinese: "在20世纪80年代"),
    // Ordinals and references.
    .init(
      english: "at its 56th session", chinese: "第 56 届会议", changedEnglish: "at its 57th session",
      changedChinese: "第 55 届会议"),
    .init(
      english: "at its 56th session", chinese: "第五十六届会议", changedEnglish: "at its 66th session",
      changedChinese: "第五十七届会议"),
    .init(
      english: "at its fifty-eighth session", chinese: "在第五十八届会议上",
      changedEnglish: "at its fifty-ninth session", changedChinese: "在第五十九届会议上"),
    .init(
      english: "article IX of the Treaty", chinese: "《条约》第九条",
      changedEnglish: "article IV of the Treaty", changedChinese: "《条约》第十条"),
    .init(
      english: "annexes I and III", chinese: "附件一和附件三", changedEnglish: "annexes I and II",
      changedChinese: "附件一和附件四"),
    .init(
      english: "resolution 62/217", chinese: "第62/217号决议", changedEnglish: "resolution 62/218",
      changedChinese: "第61/217号决议"),
    .init(
      english: "resolution 2127 (2013)", chinese: "第2127(2013)号决议",
      changedEnglish: "resolution 2127 (2014)", changedChinese: "第2128(2013)号决议"),
    .init(
      english: "document A/AC.105/C.2/2021/CRP.12", chinese: "A/AC.105/C.2/2021/CRP.12号文件",
      changedEnglish: "document A/AC.105/C.2/2021/CRP.13",
      changedChinese: "A/AC.105/C.2/2020/CRP.12号文件"),
    // Amounts.
    .init(
      english: "2.5 million people", chinese: "250万人", changedEnglish: "3.5 million people",
      changedChinese: "25万人"),
    .init(
      english: "$1.5 billion", chinese: "15亿美元", changedEnglish: "$2.5 billion",
      changedChinese: "16亿美元"),
    .init(
      english: "EUR 180,000", chinese: "18万欧元", changedEnglish: "EUR 190,000",
      changedChinese: "1.8万欧元"),
    .init(
      english: "211 per 100,000 live births", chinese: "每100 000活产儿死亡211人",
      changedEnglish: "211 per 10,000 live births", changedChinese: "每100 000活产儿死亡210人"),
    .init(
      english: "more than 2 million people", chinese: "200多万人",
      changedEnglish: "more than 3 million people", changedChinese: "300多万人"),
    .init(
      english: "approximately 1 million people", chinese: "约有一百万人",
      changedEnglish: "approximately 2 million people", changedChinese: "约有三百万人"),
    // Percentages, fractions, multipliers.
    .init(
      english: "30 per cent", chinese: "30%", changedEnglish: "31 per cent", changedChinese: "20%"),
    .init(
      english: "30 per cent", chinese: "百分之三十", changedEnglish: "40 per cent",
      changedChinese: "百分之二十"),
    .init(
      english: "with 45 and 46 per cent of indicators achieved", chinese: "实现了45%和46%的指标",
      changedEnglish: "with 45 and 47 per cent of indicators achieved",
      changedChinese: "实现了44%和46%的指标"),
    .init(
      english: "a two thirds majority", chinese: "三分之二多数",
      changedEnglish: "a three quarters majority", changedChinese: "四分之三多数"),
    .init(
      english: "only one third of the Parties", chinese: "只有1/3的缔约方",
      changedEnglish: "only one fifth of the Parties", changedChinese: "只有1/4的缔约方"),
    .init(
      english: "One in three women", chinese: "三分之一的妇女", changedEnglish: "One in four women",
      changedChinese: "四分之一的妇女"),
    .init(
      english: "half of them", chinese: "其中一半", changedEnglish: "a third of them",
      changedChinese: "其中三分之一"),
    .init(
      english: "half of them", chinese: "其中二分之一", changedEnglish: "two thirds of them",
      changedChinese: "其中三分之一"),
    .init(
      english: "a tenfold increase", chinese: "增加十倍", changedEnglish: "a ninefold increase",
      changedChinese: "增加五倍"),
    .init(
      english: "a dozen States", chinese: "12个国家", changedEnglish: "two dozen States",
      changedChinese: "13个国家"),
    // Small numbers in words.
    .init(
      english: "five interactive discussions", chinese: "五场互动讨论",
      changedEnglish: "six interactive discussions", changedChinese: "四场互动讨论"),
    .init(
      english: "in eight sectors", chinese: "8个领域", changedEnglish: "in nine sectors",
      changedChinese: "7个领域"),
    .init(
      english: "Three (3) men were observed", chinese: "观察到三(3)名男子",
      changedEnglish: "Four (4) men were observed", changedChinese: "观察到五(5)名男子"),
    // Durations and relative years.
    .init(
      english: "a five-year workplan", chinese: "五年期工作计划", changedEnglish: "a four-year workplan",
      changedChinese: "三年期工作计划"),
    .init(
      english: "in three years", chinese: "在三年内", changedEnglish: "in four years",
      changedChinese: "在两年内"),
    .init(
      english: "in the first year", chinese: "第一年", changedEnglish: "in the third year",
      changedChinese: "第二年"),
    .init(english: "in year 2", chinese: "第二年", changedEnglish: "in year 3", changedChinese: "第四年"),
    .init(
      english: "two decades", chinese: "二十年", changedEnglish: "three decades", changedChinese: "三十年"
    ),
  ]

  @Test(arguments: pairs)
  func faithfulPairMatches(_ pair: FactExample) {
    let unmatched = FactExample.unmatched(pair.english, pair.chinese)
    #expect(unmatched.source.isEmpty, "English only: \(unmatched.source)")
    #expect(unmatched.target.isEmpty, "Chinese only: \(unmatched.target)")
  }

  @Test(arguments: pairs)
  func changedEnglishNumberIsReported(_ pair: FactExample) {
    let unmatched = FactExample.unmatched(pair.changedEnglish, pair.chinese)
    #expect(!unmatched.source.isEmpty || !unmatched.target.isEmpty)
  }

  @Test(arguments: pairs)
  func changedChineseNumberIsReported(_ pair: FactExample) {
    let unmatched = FactExample.unmatched(pair.english, pair.changedChinese)
    #expect(!unmatched.source.isEmpty || !unmatched.target.isEmpty)
  }
}
