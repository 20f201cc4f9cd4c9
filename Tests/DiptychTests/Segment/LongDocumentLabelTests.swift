import Testing

@testable import Diptych

/// Long documents number their paragraphs past 9,999: those numbers are labels like the rest, so
/// that a 100 MB report keeps its anchors.
@Suite struct LongDocumentLabelTests {
  @Test(arguments: [
    ("12345. The Council decided", 12345, "The Council decided"), ("200000. Text", 200_000, "Text"),
  ])
  func paragraphNumbersOfFiveAndSixDigitsAreLabels(line: String, value: Int, rest: String) throws {
    let match = try #require(LabelParser.parse(line))
    #expect(match.label == Label(text: "\(value).", style: .arabic, value: value))
    #expect(match.rest == rest)
  }

  @Test(arguments: [
    "1234567. Text", "12345.", "12345) Text", "abcdef. Text", "12345.6 million", "10000 people",
  ])
  func otherLongNumbersAreNoLabels(line: String) {
    #expect(LabelParser.parse(line) == nil)
  }

  @Test func paragraphsNumberedPastTenThousandEachHaveTheirLabel() {
    let count = 10_003
    let text = (1...count).map { "\($0). The Committee took note of report \($0 % 7)." }.joined(
      separator: "\n\n")
    let document = PlainTextSegmenter(language: .english).document(from: SourceLine.lines(of: text))
    #expect(document.blocks.count == count)
    #expect(document.blocks.map { $0.label?.value } == Array(1...count))
    #expect(document.blocks.last?.text == "The Committee took note of report \(count % 7).")
  }
}
