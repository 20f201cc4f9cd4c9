import Testing

@testable import Diptych

/// The labels that open a text as the fact reader skips them (`LabelParser.leadingLabelsEnd`,
/// through `LeadingLabel`), and what each reading beyond `LabelParser.parse` adds.
@Suite struct LeadingLabelSyntaxTests {
  /// The text after the labels, read with `syntax`.
  private func rest(_ text: String, _ syntax: LabelParser.LeadingSyntax = .facts) -> String {
    let scalars = ScalarText(text)
    return scalars.text(LabelParser.leadingLabelsEnd(in: scalars, syntax: syntax)..<scalars.count)
  }

  @Test(arguments: [
    ("12. The Council", "The Council"), ("1.2. Scope", "Scope"), ("一、导言", "导言"),
    ("IV. Workplan", "Workplan"), ("(a) the first", "the first"), ("（三）工作方法", "工作方法"),
    ("１．全角", "全角"), ("12.会议", "会议"),
    // No labels: a year, an amount, a grouped number, a number alone, a roman "I.e.".
    ("2015 年", "2015 年"), ("2.5 million people", "2.5 million people"),
    ("100,000. x", "100,000. x"), ("12.", "12."), ("I.e. no", "I.e. no"),
  ])
  func theFactReaderSkipsLabels(text: String, after: String) {
    #expect(rest(text) == after)
    #expect(
      LeadingLabel.end(in: ScalarText(text)) == ScalarText(text).count - after.unicodeScalars.count)
  }

  @Test func anyBracketedRunTakesWhatParseWouldNot() {
    #expect(rest("(2015) The report") == "The report")
    #expect(rest("(AB)x") == "x")
    #expect(rest("(2015) The report", []) == "(2015) The report")
    #expect(rest("(AB)x", []) == "(AB)x")
    #expect(rest("(iv) fourth", []) == "fourth")
    #expect(rest("（三）工作方法", []) == "工作方法")
  }

  @Test func undottedSectionNumbersNumberHeadings() {
    #expect(rest("4.5 Effective support") == "Effective support")
    #expect(rest("12.41 2018-2019两年期") == "2018-2019两年期")
    #expect(rest("4.5 Effective support", []) == "4.5 Effective support")
  }

  @Test func numbersBeforeChineseTextButNotBeforeMeasureWords() {
    #expect(rest("6 克罗地亚代表发言") == "克罗地亚代表发言")
    #expect(rest("17 个组织参加") == "17 个组织参加")
    #expect(rest("6 克罗地亚代表发言", []) == "6 克罗地亚代表发言")
  }

  @Test func aSecondLabelMayFollowTheFirst() {
    #expect(rest("1004. 11. The text") == "The text")
    #expect(rest("3. (a) The item") == "The item")
    #expect(rest("3. (a) The item", [.anyBracketedRun]) == "(a) The item")
  }
}
