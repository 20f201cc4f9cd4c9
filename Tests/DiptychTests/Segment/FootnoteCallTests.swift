import Testing

@testable import Diptych

/// Footnote calls as PDF extraction leaves them, and real numbers that must stay numbers.
@Suite struct FootnoteCallTests {
  /// The footnote numbers and the text that reading `lines` gives, block by block.
  private func read(_ text: String, _ language: Language) -> [(numbers: [Int], text: String)] {
    let document = PlainTextSegmenter(language: language).document(from: SourceLine.lines(of: text))
    return document.blocks.map { ($0.footnoteReferences.map(\.number), $0.text) }
  }

  @Test func englishCallsAfterPunctuationGluedAndInRanges() {
    let blocks = read(
      """
      1. The session was held in 2021, 1 aiming at progress on the relevant agenda item. 2
      2. It recalled the Universal Declaration3 and the Decade 2001-20104 and the reports.5
      """, .english)
    #expect(blocks.map(\.numbers) == [[1, 2], [3, 4, 5]])
    #expect(
      blocks[0].text
        == "The session was held in 2021, aiming at progress on the relevant agenda item.")
    #expect(
      blocks[1].text
        == "It recalled the Universal Declaration and the Decade 2001-2010 and the reports.")
  }

  @Test func realNumbersAreNotCalls() {
    let blocks = read(
      """
      1. Starting from its 56th session, in 2017, the Committee of 77 members met 3 times, at the \
      60th session in 2021 during COVID-19.
      2. See para. 5 and No. 3 of resolution 55/101.2 on page 12.
      """, .english)
    #expect(blocks.allSatisfy { $0.numbers.isEmpty })
    #expect(blocks[0].text.contains("56th session, in 2017,"))
  }

  @Test func superscriptsAndBracketsAreCalls() {
    let blocks = read("1. The first¹ and second[2] points.", .english)
    #expect(blocks[0].numbers == [1, 2])
    #expect(blocks[0].text == "The first and second points.")
  }

  @Test func chineseCallsGluedToTextAndAfterFullStops() {
    let blocks = read(
      """
      就潜在法律模式举行非正式磋商4，本着包容的态度广泛交换意见5。
      是外层空间活动国际法律制度的基石。6工作组应在国际法的指导下开展工作。
      """, .simplifiedChinese)
    #expect(blocks.flatMap(\.numbers) == [4, 5, 6])
    #expect(blocks.map(\.text).joined().contains("非正式磋商，本着包容的态度广泛交换意见。"))
    #expect(blocks.map(\.text).joined().contains("基石。工作组"))
  }

  @Test func chineseQuantitiesDatesAndRanksAreNotCalls() {
    let blocks = read(
      """
      自第 56 届会议开始，在 2021 年小组委员会第60届会议期间，共有5个国家和3名代表参加。
      """, .simplifiedChinese)
    #expect(blocks.allSatisfy { $0.numbers.isEmpty })
  }

  @Test func numbersInRealUNTextAreNotCalls() {
    // Seen in the UN devset: counts, dates, references to actions and tables, day ranges.
    let english = read(
      """
      1. Of the projects implemented by UNU in 2014, 22 were focused on the environment.
      2. The Secretary-General spoke to the "United Nations" on Monday, 23 February 2015.
      """, .english)
    #expect(english.allSatisfy { $0.numbers.isEmpty })
    let chinese = read(
      """
      确保开展必要的技术合作和培训活动(行动38和39)。表9和表10汇总载列2015年期间拟议的项目。
      发展委员会第五十二届会议于2014年2月11至24日举行，会议在拟订工作计划时考虑了各方意见。
      """, .simplifiedChinese)
    #expect(chinese.allSatisfy { $0.numbers.isEmpty })
    #expect(chinese[0].text.contains("(行动38和39)") && chinese[0].text.contains("表9和表10"))
  }

  @Test func aSingleGuessIsNoSequence() {
    // One number after a comma is no evidence of footnotes.
    let blocks = read("1. In that year, 2 delegations spoke.", .english)
    #expect(blocks[0].numbers.isEmpty)
    #expect(blocks[0].text == "In that year, 2 delegations spoke.")
  }

  @Test func sequenceChoosesIncreasingChain() {
    func candidate(_ number: Int, _ form: FootnoteCandidate.Form = .glued) -> FootnoteCandidate {
      FootnoteCandidate(
        block: 0, range: 0..<1, removal: 0..<1, number: number, form: form, marker: "\(number)")
    }
    // 7 is a stray number between calls 1, 2, 3.
    #expect(
      FootnoteSequence.select([candidate(1), candidate(7), candidate(2), candidate(3)], bodies: [])
        == [0, 2, 3])
    // A chain may start anywhere: a translation keeping the other version's numbers.
    #expect(
      FootnoteSequence.select([candidate(4), candidate(5), candidate(6)], bodies: []) == [0, 1, 2])
    // A call to an existing body is evidence on its own.
    #expect(FootnoteSequence.select([candidate(3)], bodies: [3]) == [0])
  }

  @Test func footnoteBodiesAfterARuleLinkToCalls() {
    let document = PlainTextSegmenter(language: .english).document(
      from: SourceLine.lines(
        of: """
          1. The Council met in Geneva.1 It adopted a resolution.2
          __________
          1 See A/79/53.
          2 For the text, see chapter I.
          """))
    #expect(document.blocks.map(\.kind) == [.paragraph, .footnote, .footnote])
    #expect(document.blocks[0].footnoteReferences.map(\.number) == [1, 2])
    #expect(document.footnoteBodies[1]?.text == "See A/79/53.")
    #expect(document.footnoteBodies[2]?.text == "For the text, see chapter I.")
  }

  @Test func loneNumberLinesAreCallsOrPageNumbers() {
    let document = PlainTextSegmenter(language: .simplifiedChinese).document(
      from: SourceLine.lines(
        of: """
          联合国外空委法律小组委员会商定，工作组应在国际法的指导下开展工作
          1
          并维护国际空间法在外空活动全球治理中的核心作用和地位2。
          委员会商定在小组委员会届会期间举行非正式磋商并广泛交换意见，
          17
          以便推进审议。
          """))
    #expect(document.footnoteReferences.map(\.reference.number) == [1, 2])
    #expect(document.furniture.contains { $0.kind == .pageNumber && $0.text == "17" })
    #expect(!document.blocks.contains { $0.text.contains("17") })
  }
}

@Suite struct ChineseSingleCallTests {
  @Test func aCallBeforeAFullStopIsTrustedAlone() {
    let document = PlainTextSegmenter(language: .simplifiedChinese).document(
      from: SourceLine.lines(of: "各分支部门继续合作开展了多项活动，特别是与会议组织有关的活动和管理活动1。\n"))
    #expect(document.footnoteReferences.map(\.reference.number) == [1])
    #expect(document.blocks[0].text.hasSuffix("管理活动。"))
  }

  @Test func aLoneCallNumberedTwoIsNot() {
    let document = PlainTextSegmenter(language: .simplifiedChinese).document(
      from: SourceLine.lines(of: "各分支部门继续合作开展了多项活动，特别是与会议组织有关的活动和管理活动2。\n"))
    #expect(document.footnoteReferences.isEmpty)
  }
}
