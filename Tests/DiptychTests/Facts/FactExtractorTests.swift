import Diptych
import Testing

/// What is and is not a fact, on sentences from the UN devset and the seed document.
@Suite struct FactExtractorTests {
  static func english(_ text: String) -> [Fact] {
    FactExtractor.facts(in: text, language: .english)
  }
  static func chinese(_ text: String) -> [Fact] {
    FactExtractor.facts(in: text, language: .simplifiedChinese)
  }
  static func keys(_ facts: [Fact]) -> [String] { facts.map { "\($0.kind.rawValue) \($0.value)" } }

  @Test func seedSentenceYieldsOrdinalsAndYears() {
    // Seed document, paragraph 1.
    let text = """
      The Legal Subcommittee of the Committee of Peaceful Uses of Outer Space (COPUOS), starting \
      from its \
      56th Session, in 2017, considered the agenda item. In the year of 2020, the COPUOS further \
      agreed to \
      hold informal consultations under this item at the 60th session of the Legal Subcommittee, \
      in 2021,
      """
    #expect(
      Self.keys(Self.english(text)) == [
        "ordinal 56", "year 2017", "year 2020", "ordinal 60", "year 2021",
      ])
    let chinese = "外空委及其法律小组委员会商定，在 2021 年小组委员会第 60 届会议期间就空间资源举行非正式磋商"
    #expect(Self.keys(Self.chinese(chinese)) == ["year 2021", "ordinal 60"])
  }

  @Test func seedWorkplanStatesRelativeYearsAndADuration() {
    let text = "为使工作组循序渐进开展工作，建议工作组制订五年期工作计划，并确定每年工作重点如下：第一年：盘点空间资源。第五年：就工作组成果文件征询意见"
    let facts = Self.chinese(text)
    #expect(Self.keys(facts) == ["duration 5", "relativeYear 1", "relativeYear 5"])
    #expect(facts.allSatisfy { !$0.isElidable })
  }

  /// Codes with numbers are one fact each, compared whole, and elidable: "COVID-19" is often
  /// 2019冠状病毒病 in the Chinese, so a code alone on one side is no divergence.
  @Test func codesAreWholeElidableFacts() {
    let facts = Self.english(
      "the G-20 summit on COVID-19 and two P-4 posts for the Su-24 and JWH-018")
    #expect(
      facts.filter { $0.kind == .code }.map(\.value) == ["G20", "COVID19", "P4", "SU24", "JWH018"])
    #expect(facts.filter { $0.kind == .code }.allSatisfy { $0.isElidable })
    #expect(
      Self.chinese("两个P-4员额和Su-24飞机").filter { $0.kind == .code }.map(\.value) == ["P4", "SU24"])
    // "April-22" is a date, "US5" an amount: no codes.
    #expect(Self.english("27 April-22 May 2015 and US5 million").allSatisfy { $0.kind != .code })
  }

  @Test func offsetsAndPrintedTextPointIntoTheInput() {
    let text = "Provisional agenda for the 7364th meeting"
    let facts = Self.english(text)
    #expect(facts.map(\.text) == ["7364th"])
    #expect(facts.map(\.offset) == [27])
    let chinese = Self.chinese("安全理事会第7364次会议临时议程")
    #expect(chinese.map(\.text) == ["第7364"])
    #expect(chinese.map(\.offset) == [5])
  }

  /// Names with a number are elidable codes, compared whole: "Group of 77" = 77国集团 = "G77";
  /// "铀-235" is named in Chinese words, its key the number alone.
  @Test func namesWithNumbersAreElidableCodes() {
    let english = Self.english("the Group of 77 and China and the Group of Seven")
    #expect(english.map(\.value) == ["G77", "G7"])
    let chinese = Self.chinese("77国集团和中国、七国集团、铀-235丰度")
    #expect(chinese.map(\.value) == ["G77", "G7", "235"])
    #expect((english + chinese).allSatisfy { $0.kind == .code && $0.isElidable })
  }

  @Test(arguments: [
    "certified under ISO 9001",
    "one of the many generational opportunities",
    "no one should be left behind", "they support one another", "a report and an annex",
    "12. The Committee met.", "(a) Adoption of the agenda", "II. General Principles",
  ])
  func namesPronounsAndLabelsAreNotFacts(_ text: String) {
    #expect(Self.english(text).isEmpty, "\(Self.english(text))")
  }

  @Test(arguments: [
    "10. 委员会商定", "一、总体建议", "（三）工作方法", "进一步统一一些做法", "千年发展目标",
    "数以十万计的家庭", "2019冠状病毒病",
  ])
  func chineseNamesWordsAndLabelsAreNotFacts(_ text: String) {
    #expect(Self.chinese(text).isEmpty, "\(Self.chinese(text))")
  }

  @Test func kindsAreNormalizedForComparison() {
    #expect(
      Self.keys(Self.english("To be held on Wednesday, 21 January 2015, at 11 a.m.")) == [
        "date 2015-01-21", "time 11:00",
      ])
    #expect(Self.keys(Self.chinese("定于2015年1月21日星期三上午11时举行")) == ["date 2015-01-21", "time 11:00"])
    #expect(
      Self.keys(Self.english("Security Council resolution 1990 (2011) of 27 June 2011")) == [
        "resolution 1990(2011)", "date 2011-06-27",
      ])
    #expect(Self.keys(Self.english("biennium 2014/15")) == ["duration 2", "yearRange 2014..2015"])
    #expect(Self.keys(Self.english("3 December")) == ["date --12-03"])
    #expect(Self.keys(Self.chinese("12月3日")) == ["date --12-03"])
    #expect(Self.keys(Self.english("Between 1100 and 1200 hours")) == ["time 11:00", "time 12:00"])
  }

  @Test func wordsATranslationOftenDropsAreElidable() {
    #expect(Self.english("the first time").allSatisfy { $0.isElidable })
    #expect(Self.english("one country").allSatisfy { $0.isElidable })
    #expect(Self.chinese("这两个出版物").allSatisfy { $0.isElidable })
    #expect(Self.english("five interactive discussions").allSatisfy { !$0.isElidable })
  }

  @Test func untranslatedLineInTheChineseVersionReadsAsEnglish() {
    #expect(Self.keys(Self.chinese("6 February 2015")) == ["date 2015-02-06"])
  }
}
