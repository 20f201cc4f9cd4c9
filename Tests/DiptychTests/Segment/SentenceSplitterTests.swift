import Diptych
import Testing

/// Checks what every split must satisfy: sentences are the input's own scalars at their offsets,
/// in order, trimmed and not empty.
func expectExactSlices(
  _ sentences: [Sentence], of text: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let scalars = Array(text.unicodeScalars)
  var previousEnd = 0
  for sentence in sentences {
    let count = sentence.text.unicodeScalars.count
    #expect(sentence.offset >= previousEnd, sourceLocation: sourceLocation)
    #expect(sentence.offset + count <= scalars.count, sourceLocation: sourceLocation)
    guard sentence.offset + count <= scalars.count else { return }
    let slice = String(String.UnicodeScalarView(scalars[sentence.offset..<sentence.offset + count]))
    #expect(slice == sentence.text, sourceLocation: sourceLocation)
    #expect(
      sentence.text.unicodeScalars.first == scalars[sentence.offset], sourceLocation: sourceLocation
    )
    #expect(
      sentence.text.unicodeScalars.first.map { !$0.properties.isWhitespace } == true,
      sourceLocation: sourceLocation)
    #expect(
      sentence.text.unicodeScalars.last.map { !$0.properties.isWhitespace } == true,
      sourceLocation: sourceLocation)
    previousEnd = sentence.offset + count
  }
}

func english(_ text: String) -> [String] {
  let sentences = SentenceSplitter.sentences(in: text, language: .english)
  expectExactSlices(sentences, of: text)
  return sentences.map(\.text)
}

func chinese(_ text: String) -> [String] {
  let sentences = SentenceSplitter.sentences(in: text, language: .simplifiedChinese)
  expectExactSlices(sentences, of: text)
  return sentences.map(\.text)
}

@Suite struct SeedSentenceTests {
  @Test func theNineEnglishParagraphsSplitWhereTheirSentencesEnd() throws {
    let paragraphs = try SeedParagraphs.english()
    #expect(paragraphs.count == 9)
    let starts = paragraphs.map { paragraph in
      english(paragraph).map { String($0.split(separator: " ").prefix(3).joined(separator: " ")) }
    }
    #expect(
      starts == [
        ["The Legal Subcommittee", "In the year"],
        ["Since their establishment,", "China believes that", "For that purpose,"],
        ["The Outer Space", "The Working Group", "Any envisaged outcome"],
        ["The Working Group", "The deliberations within"],
        ["To seek efficiency", "In accordance with"],
        ["The Working Group"],
        ["The Working Group", "However, such reference"],
        ["While drafting the", "As long as"],
        [
          "To rationalize the", "2023 (Norm Mapping)", "Identify the priority",
          "2024 (Designing) Study",
          "2025 (Drafting) Draft", "2026 (Finalization) Coordinate", "The Committee shall",
        ],
      ])
  }

  @Test func theChineseParagraphsSplitAtTheirFullStops() throws {
    let paragraphs = try SeedParagraphs.chinese()
    let split = paragraphs.map(chinese)
    #expect(split.map(\.count) == [2, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2])
    #expect(
      split[1] == [
        "一直以来，外空委及其法律小组委员会在促进对外层空间活动的全球治理、制定国际空间法等方面提供独特的平台，发挥着独特作用。",
        "中方认为法律小组委员会对空间资源探索、开发和利用进行深入、全面审议，有助于加强外空活动全球治理，确保空间资源的探索、开发和利用符合国际空间法的基本原则和"
          + "外层空间活动的长期可持续性。",
        "为此中方支持在法律小组委员会相关议题下设立工作组，并就工作组的工作方法和工作计划提出如下建议：",
      ])
    // The full stop on its own line after "）" stays with its sentence.
    #expect(split[9] == ["第一年：盘点空间资源探索、开发、利用的技术发展、产业规划、政策监管和国内立法（及其和先行原则或规则的兼容性）。"])
  }

  @Test func theWholeSeedKeepsExactOffsets() throws {
    let (englishHalf, chineseHalf) = try RealText.seedHalves()
    #expect(english(englishHalf).count > 20)
    #expect(chinese(chineseHalf).count >= 20)
  }
}

@Suite struct EnglishSentenceSplitterTests {
  @Test func splitsAfterStopsBeforeCapitalsDigitsQuotesAndBrackets() {
    #expect(
      english(
        "It was adopted. The vote was 12 to 3! Was it? 2015 was a year. \"Yes\" he said. (See "
          + "below.)"
      )
        == [
          "It was adopted.", "The vote was 12 to 3!", "Was it?", "2015 was a year.",
          "\"Yes\" he said.", "(See below.)",
        ])
  }

  @Test func closingQuotesAndBracketsStayWithTheirSentence() {
    #expect(
      english("He said \"No.\" Then he left. (It rained.) She said \u{201C}Fine.\u{201D} The end.")
        == [
          "He said \"No.\"", "Then he left.", "(It rained.)", "She said \u{201C}Fine.\u{201D}",
          "The end.",
        ])
  }

  @Test(arguments: [
    "See No. 5 of the list.", "See Nos. 5 and 6.", "See para. 12 above.", "See paras. 12 and 13.",
    "Under art. 5 of the Charter.", "Under arts. 5 and 6.", "States, e.g. Chile, agreed.",
    "States, i.e. All of them.",
    "Mr. Smith and Mrs. Jones met Ms. Lee, Dr. Chan and Prof. Bauer.",
    "The U.N. Charter and the U.S. Congress.",
    "See vol. 2, p. 5 and pp. 6-7.", "See ch. 3 and cf. Article 2.",
    "Document A/70/1/Corr. 1 and Add. 2 and Rev. 3.",
    "Acme Inc. Bought it from Acme Ltd. And Acme Co. Sold it.", "At St. Croix it rained.",
    "From 1 Jan. 2015 to 31 Dec. 2016.", "It was approx. 5 km.",
    "See fig. 3 and sect. 4 and Sect. 5.",
    "A report by J. Smith was read.", "The rate rose to 3.5 per cent.", "The agenda: Item one.",
    "Mr. Ri Su Yong, Minister for Foreign Affairs.", "The H.E. Mr. Ayoko spoke.",
    "The sycophantic south Korea-U.S. \"mutual defence pact\".",
  ])
  func noSplitAfterAbbreviationsInitialsNumbersAndColons(text: String) {
    #expect(english(text) == [text])
  }

  @Test func anAbbreviationBeforeAClosingQuoteEndsTheSentence() {
    #expect(
      english("He said \"No.\" Then he left. See para. 5 (in annex I.) The end.")
        == ["He said \"No.\"", "Then he left.", "See para. 5 (in annex I.)", "The end."])
  }

  @Test func etcEndsASentenceOnlyBeforeACapital() {
    #expect(english("Pens, paper, etc. were bought.") == ["Pens, paper, etc. were bought."])
    #expect(
      english("Pens, paper, etc. The rest was sold.") == [
        "Pens, paper, etc.", "The rest was sold.",
      ])
  }

  @Test func aSingleCapitalAfterALabelWordIsNoInitial() {
    #expect(
      english("It is set out in annex I. The Committee agreed.")
        == ["It is set out in annex I.", "The Committee agreed."])
    #expect(english("See Part B. It applies.") == ["See Part B.", "It applies."])
  }

  @Test func ellipses() {
    #expect(english("He paused... Then he spoke.") == ["He paused...", "Then he spoke."])
    #expect(english("He paused\u{2026} Then he spoke.") == ["He paused\u{2026}", "Then he spoke."])
    #expect(english("He paused... and then spoke.") == ["He paused... and then spoke."])
    #expect(
      english("All States \u{2026} Members shall act.") == [
        "All States \u{2026} Members shall act."
      ])
  }

  @Test func lowerCaseAfterAStopContinuesTheSentence() {
    #expect(english("Why? because it rained. Really!") == ["Why? because it rained.", "Really!"])
  }

  @Test func aParagraphNumberLeftInTheTextIsNoSentence() {
    #expect(
      english("51. The working group met. It agreed.") == [
        "51. The working group met.", "It agreed.",
      ])
    #expect(
      english("IV.G. Evaluation of operational activities") == [
        "IV.G. Evaluation of operational activities"
      ])
  }

  @Test func theLastSentenceNeedsNoStopAndWhiteSpaceIsTrimmed() {
    #expect(
      english("  First one.   Second one without a stop  \n") == [
        "First one.", "Second one without a stop",
      ])
    #expect(english("") == [])
    #expect(english(" \n ") == [])
  }

  @Test func offsetsCountUnicodeScalars() {
    let text = "Caf\u{E9} \u{1F600} is open. Ole\u{301} is here.  Done."
    let sentences = SentenceSplitter.sentences(in: text, language: .english)
    #expect(sentences.map(\.offset) == [0, 16, 31])
    expectExactSlices(sentences, of: text)
  }
}

@Suite struct ChineseSentenceSplitterTests {
  @Test func splitsAfterFullStopsExclamationsQuestionsAndSemicolons() {
    #expect(
      chinese("会议开幕。主席致辞！有何意见？各方同意；会议闭幕。")
        == ["会议开幕。", "主席致辞！", "有何意见？", "各方同意；", "会议闭幕。"])
  }

  @Test func asciiStopsCountInChineseText() {
    #expect(chinese("会议开幕!主席致辞?各方同意;会议闭幕") == ["会议开幕!", "主席致辞?", "各方同意;", "会议闭幕"])
    #expect(chinese("他读了《Why not? A study》一书。") == ["他读了《Why not? A study》一书。"])
  }

  @Test func closingQuotesAndBracketsStayWithTheirSentence() {
    #expect(
      chinese("他说：“我们同意。”她说：「好！」（见附件。）《宪章》】完。")
        == ["他说：“我们同意。”", "她说：「好！」", "（见附件。）", "《宪章》】完。"])
    #expect(chinese("本组织\"系基于主权平等之原则。\"此外，各国同意。") == ["本组织\"系基于主权平等之原则。\"", "此外，各国同意。"])
  }

  @Test func aQuotationEndingInAStopInsideASentenceDoesNotSplitIt() {
    #expect(chinese("他说“同意。”，然后离开。") == ["他说“同意。”，然后离开。"])
  }

  @Test func ellipsesEndASentenceOnlyBeforeABreakOrAQuotation() {
    #expect(chinese("苹果、香蕉……都是水果。") == ["苹果、香蕉……都是水果。"])
    #expect(chinese("他沉默了…… 然后开口。") == ["他沉默了……", "然后开口。"])
    #expect(chinese("他沉默了……“好吧。”") == ["他沉默了……", "“好吧。”"])
    #expect(chinese("等等……。下一句。") == ["等等……。", "下一句。"])
  }

  @Test func semicolonsInsideBracketsOrBeforeAShortTailDoNotSplit() {
    #expect(
      chinese("29. 欧洲安全与合作组织轮值主席通报情况(2001年1月20日；2014年2月24日)。")
        == ["29. 欧洲安全与合作组织轮值主席通报情况(2001年1月20日；2014年2月24日)。"])
    #expect(chinese("6. 减少氢氟碳化物的时间表的关系如何；及") == ["6. 减少氢氟碳化物的时间表的关系如何；及"])
  }

  @Test func anUnclosedBracketDoesNotSwallowTheNextSentence() {
    #expect(chinese("条约(第一个是《拉丁美洲条约》。此外，平民恐惧。") == ["条约(第一个是《拉丁美洲条约》。", "此外，平民恐惧。"])
  }

  @Test func whiteSpaceBetweenSentencesIsTrimmedAndPunctuationAloneJoinsThePreviousSentence() {
    #expect(chinese("  第一句。\n 第二句。  ") == ["第一句。", "第二句。"])
    #expect(chinese("第一句…… 。第二句。") == ["第一句…… 。", "第二句。"])
    #expect(chinese("第一句。 」") == ["第一句。 」"])
    #expect(chinese("。。") == ["。。"])
  }

  @Test func aParagraphNumberStaysWithItsSentence() {
    #expect(chinese("10. 委员会商定将组织五场互动讨论：") == ["10. 委员会商定将组织五场互动讨论："])
  }

  @Test func offsetsCountUnicodeScalars() {
    let text = "𠀀字。 下一句。"  // U+20000 is one scalar, two UTF-16 units
    #expect(
      SentenceSplitter.sentences(in: text, language: .simplifiedChinese).map(\.offset) == [0, 4])
    #expect(
      SentenceSplitter.sentences(in: text, language: .traditionalChinese).map(\.offset) == [0, 4])
  }
}
