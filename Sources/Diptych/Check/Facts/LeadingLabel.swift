/// The paragraph or heading number that opens a text ("12.", "(a)", "II.", "一、", "（三）"),
/// which numbers the document rather than stating a fact.
enum LeadingLabel {
  /// The index after the labels that open the text and their following spaces, or the first
  /// non-space index. A second label may follow the first ("1004. 11. …", "3. (a) …"): a
  /// paragraph number the reader could not take as a label, then the text's own number.
  static func end(in text: ScalarText) -> Int {
    let first = end(in: text, from: 0, maximumDigits: 4)
    guard first > text.skippingSpaces(from: 0) else { return first }
    return end(in: text, from: first, maximumDigits: 3)
  }

  private static func end(in text: ScalarText, from origin: Int, maximumDigits: Int) -> Int {
    let start = text.skippingSpaces(from: origin)
    guard let first = text[start] else { return start }
    var position = start
    if first == "(" || first == "（" {
      // "(a)", "(iv)", "(12)", "（三）".
      position += 1
      let labelStart = position
      while let scalar = text[position],
        scalar.isLatinLetter || scalar.isDigit || isNumeral(scalar),
        position - labelStart < 6
      {
        position += 1
      }
      guard position > labelStart, let close = text[position], close == ")" || close == "）" else {
        return start
      }
      return text.skippingSpaces(from: position + 1)
    }
    if first.isDigit {
      // "12.", "1.2.", "3.1 " (a numbered paragraph), but not "2015 (Stocktaking)".
      let number = DigitNumberScanner.scan(text, at: start)
      position = number.range.upperBound
      let hasDot = text[position] == "." || text[position] == "．"
      // "6 克罗地亚…": a number before Chinese text that is not a measure word ("17 个组织").
      let afterSpace = text.skippingSpaces(from: position)
      let numbersChinese =
        text[position]?.isSpace == true && text[afterSpace]?.isHan == true
        && !ChineseNumberWords.classifiers.contains(Character(text[afterSpace] ?? " "))
        && !ChineseNumberWords.unitWords.contains { text.has($0, at: afterSpace) }
      // Four digits only before a dot: "1004. " numbers a paragraph, "2015 年" states a year.
      guard !number.isGrouped, number.integerDigits.count <= (hasDot ? maximumDigits : 3),
        hasDot || numbersChinese
          || (number.isSectionNumber || !number.fractionDigits.isEmpty)
            && text[position]?.isSpace == true
            // "4.5 Effective support" numbers a heading; "2.5 million people" states an amount;
            // "12.41 2018-2019两年期" numbers a section whose text opens with a year.
            && (text[afterSpace]?.isUppercaseLatin == true || text[afterSpace]?.isHan == true
              || text[afterSpace]?.isDigit == true)
      else { return start }
      if hasDot { position += 1 }
      guard let next = text[position], next.isSpace || next.isHan else { return start }
      return text.skippingSpaces(from: position)
    }
    if isNumeral(first) {
      while let scalar = text[position], isNumeral(scalar) { position += 1 }
      guard let mark = text[position], mark == "、" || mark == "." || mark == "．" else {
        return start
      }
      return text.skippingSpaces(from: position + 1)
    }
    if first.isUppercaseLatin {
      // "IV." headings.
      while let scalar = text[position], "IVXLC".unicodeScalars.contains(scalar) { position += 1 }
      guard position > start, text[position] == ".", text[position + 1]?.isSpace == true,
        RomanNumeral.value(of: text.text(start..<position)) != nil
      else { return start }
      return text.skippingSpaces(from: position + 1)
    }
    return start
  }

  private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
    ChineseNumeral.isNumeralCharacter(Character(scalar))
  }
}
