import Foundation
import Testing

@testable import Diptych

/// `footnote-missing`, `footnote-numbering` and `year-convention` on small real-text documents.
@Suite struct FootnoteAndYearCheckTests {
  static let english = """
    1. The Subcommittee considered the agenda item in 2021. 1

    2. The Working Group reiterated the importance of cooperation and coordination. 2

    3. A view was expressed that the agreement should be preserved. 3
    __________________
    1 See document A/AC.105/1203.
    2 See document A/AC.105/1204.
    3 See document A/AC.105/1205.
    """
  static let chinese = """
    1. 小组委员会于2021年审议了该议程项目。1

    2. 工作组重申了合作与协调的重要性。2

    3. 会上表达的一种看法是，应当维持该协议。3
    __________________
    1 见A/AC.105/1203号文件。
    2 见A/AC.105/1204号文件。
    3 见A/AC.105/1205号文件。
    """

  @Test func matchingFootnotesGiveNoFinding() {
    #expect(CheckFixture.run(Self.english, Self.chinese).findings.isEmpty)
  }

  @Test func callOnTheEnglishSideOnlyIsFootnoteMissing() throws {
    let result = CheckFixture.run(
      Self.english, Self.chinese.replacingOccurrences(of: "重要性。2", with: "重要性。"))
    let serious = CheckFixture.serious(result)
    #expect(serious.count == 1)
    let finding = try #require(serious.first)
    #expect(finding.code == .footnoteMissing)
    #expect(finding.message == "English footnote 2 has no Chinese counterpart")
    #expect(finding.facts == ["footnote 2"])
    #expect(finding.sourceLines == LineRange(line: 3) && finding.targetLines == LineRange(line: 3))
  }

  @Test func footnoteOnTheChineseSideOnlyIsFootnoteMissing() {
    let english = Self.english.replacingOccurrences(of: "preserved. 3", with: "preserved.")
      .replacingOccurrences(of: "\n3 See document A/AC.105/1205.", with: "")
    let messages = CheckFixture.serious(CheckFixture.run(english, Self.chinese)).map(\.message)
    #expect(
      messages.sorted() == [
        "Chinese footnote 3 has no English counterpart",
        "the text of Chinese footnote 3 has no English counterpart",
      ])
  }

  @Test func renumberedFootnotesAreSaidOnceWithTheOffset() throws {
    var chinese = Self.chinese
    for (old, new) in [
      ("。1", "。4"), ("。2", "。5"), ("。3", "。6"), ("1 见", "4 见"), ("2 见", "5 见"), ("3 见", "6 见"),
    ] {
      chinese = chinese.replacingOccurrences(of: old, with: new)
    }
    let serious = CheckFixture.serious(CheckFixture.run(Self.english, chinese))
    #expect(serious.count == 1)
    let finding = try #require(serious.first)
    #expect(finding.code == .footnoteNumbering && finding.severity == .warning)
    #expect(finding.message == "English footnotes 1–3 are numbered 4–6 in the Chinese (offset +3)")
    #expect(finding.facts == ["1=4", "2=5", "3=6"])
  }

  // MARK: year-convention

  static let englishPlan = """
    1. China proposes a workplan as follows:
    2022 (Stocktaking)
    Collect information on the exploration and utilization of space resources.
    2023 (Norm Mapping)
    Analyse the applicability of existing international space law.
    2024 (Drafting)
    Draft and review the content of the final report of the Working Group.
    """
  static let chinesePlan = """
    1. 为使工作组循序渐进开展工作，建议工作组制订三年期工作计划，并确定每年工作重点如下：
    第一年：盘点空间资源探索和利用的情况。
    第二年：分析现有国际空间法的适用性。
    第三年：起草、审议工作组成果文件。
    """
  static let englishRelativePlan = """
    1. China proposes a three-year workplan as follows:
    Year 1: Collect information on the exploration and utilization of space resources.
    Year 2: Analyse the applicability of existing international space law.
    Year 3: Draft and review the content of the final report of the Working Group.
    """

  @Test func calendarYearsAgainstRelativeYearsAreYearConvention() throws {
    let result = CheckFixture.run(Self.englishPlan, Self.chinesePlan)
    let finding = try #require(result.findings.first { $0.code == .yearConvention })
    #expect(finding.severity == .warning)
    #expect(
      finding.message.contains(
        "the English plans by calendar years 2022–2024 where the Chinese counts relative years "
          + "第一年–第三年"
      ))
    #expect(finding.message.contains("both count 3 years"))
    #expect(finding.facts.contains("三年期"))
  }

  @Test func differentCountsMakeTheYearConventionAnError() throws {
    let fourYears = Self.chinesePlan + "\n第四年：提交成果文件。"
    let finding = try #require(
      CheckFixture.run(Self.englishPlan, fourYears).findings.first { $0.code == .yearConvention })
    #expect(finding.severity == .error)
    #expect(finding.message.contains("the counts differ: 3 against 4"))
  }

  @Test func relativeYearsOnBothSidesAreNotAFinding() {
    let result = CheckFixture.run(Self.englishRelativePlan, Self.chinesePlan)
    #expect(
      result.findings.filter { $0.code == .yearConvention }.isEmpty,
      "\(result.findings.map(\.message))")
    #expect(
      result.findings.filter { $0.code == .numberMismatch }.isEmpty,
      "\(result.findings.map(\.message))")
  }

  @Test func calendarYearInProseAgainstRelativeYearIsYearConvention() throws {
    let result = CheckFixture.framed("The stocktaking will take place in 2022.", "盘点工作将在第一年进行。")
    let finding = try #require(result.findings.first { $0.code == .yearConvention })
    #expect(finding.message == "the English states the years '2022' where the Chinese counts '第一年'")
    #expect(result.findings.filter { $0.code == .numberMismatch }.isEmpty)
    #expect(
      CheckFixture.framed("The stocktaking will take place in the first year.", "盘点工作将在第一年进行。")
        .findings.isEmpty)
  }
}
