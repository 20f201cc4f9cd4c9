/// The paragraph or heading number that opens a text ("12.", "(a)", "II.", "一、", "（三）"),
/// which numbers the document rather than stating a fact. The syntax is ``LabelParser``'s, read
/// as ``LabelParser/LeadingSyntax/facts`` says; this file only tells it what the fact reader
/// knows of numbers and measure words.
enum LeadingLabel {
  /// The index after the labels that open the text and their following spaces, or the first
  /// non-space index. A second label may follow the first ("1004. 11. …", "3. (a) …").
  static func end(in text: ScalarText) -> Int {
    LabelParser.leadingLabelsEnd(in: text, syntax: .facts)
  }
}

extension ScalarText: LeadingLabelText {
  func isHan(at index: Int) -> Bool { self[index]?.isHan == true }

  func number(at index: Int) -> LabelParser.LeadingNumber {
    let number = DigitNumberScanner.scan(self, at: index)
    return LabelParser.LeadingNumber(
      end: number.range.upperBound, integerDigits: number.integerDigits.count,
      isGrouped: number.isGrouped,
      isSectionOrDecimal: number.isSectionNumber || !number.fractionDigits.isEmpty)
  }

  func startsMeasureWord(at index: Int) -> Bool {
    ChineseNumberWords.classifiers.contains(Character(self[index] ?? " "))
      || ChineseNumberWords.unitWords.contains { has($0, at: index) }
  }
}
