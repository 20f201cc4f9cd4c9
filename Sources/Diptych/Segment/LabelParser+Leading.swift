/// A text whose opening labels ``LabelParser/leadingLabelsEnd(in:syntax:)`` reads: scalars by
/// index, and what the caller knows of numbers and words (how far a number printed in digits
/// runs, which words measure a quantity), which is not label syntax.
protocol LeadingLabelText {
  /// The scalar at `index`, or nil outside the text.
  subscript(_ index: Int) -> Unicode.Scalar? { get }
  /// The first index at or after `index` that is not a space.
  func skippingSpaces(from index: Int) -> Int
  /// Whether the scalar at `index` is a Chinese character.
  func isHan(at index: Int) -> Bool
  /// The number printed in digits that starts at `index`, a digit.
  func number(at index: Int) -> LabelParser.LeadingNumber
  /// Whether a measure word or a unit starts at `index` ("17 个组织", "30 美元").
  func startsMeasureWord(at index: Int) -> Bool
}

extension LabelParser {
  /// What the reader of leading labels needs of a number printed in digits.
  struct LeadingNumber {
    /// The index after the number.
    var end: Int
    /// How many digits stand before the decimal point.
    var integerDigits: Int
    /// Whether thousands are grouped ("100,000"): a quantity, never a label.
    var isGrouped: Bool
    /// Whether it is a dotted section number ("1.2.3") or has decimals ("4.5").
    var isSectionOrDecimal: Bool
  }

  /// How ``leadingLabelsEnd(in:syntax:)`` reads labels beyond what ``parse(_:)`` takes.
  ///
  /// `parse` decides the blocks of a document: it must not take text for a label, so it takes
  /// only enumerators it can value and wants a space after them. The fact reader asks something
  /// else of the labels a block's text still opens with (those the segmenter left: a paragraph
  /// number out of sequence, an item number in Chinese printed without a point): where the text
  /// after them starts, so that "12." or "(2015)" is not counted as a number the other version
  /// lacks. Reading too much there costs a missed fact at the very start of a text; reading too
  /// little costs a false finding, so it reads the shapes below as labels too. Each is an option
  /// so that the difference from `parse` is named, and ``facts`` is how the fact reader reads.
  struct LeadingSyntax: OptionSet, Sendable {
    let rawValue: Int

    /// Brackets of either width around any run of one to six Latin letters, digits or Chinese
    /// numerals, with nothing required after them ("(2015)", "(AB)", "（3）"); without it, only
    /// an enumerator `parse` can value ("(a)", "(iv)", "(12)", "（三）").
    static let anyBracketedRun = LeadingSyntax(rawValue: 1 << 0)
    /// Section numbers and decimals with no final point before a capital, a Chinese character
    /// or a digit ("4.5 Effective support", "12.41 2018-2019两年期"); "1.2." is read without it.
    static let undottedSectionNumbers = LeadingSyntax(rawValue: 1 << 1)
    /// Up to three digits and a space before Chinese text that is no measure word or unit
    /// ("6 克罗地亚…", but not "17 个组织").
    static let numberBeforeChinese = LeadingSyntax(rawValue: 1 << 2)
    /// A second label after the first: "1004. 11. …" (a paragraph number the segmenter could
    /// not take, then the text's own), "3. (a) …".
    static let secondLabel = LeadingSyntax(rawValue: 1 << 3)

    /// How the fact reader reads the labels that open a text.
    static let facts: LeadingSyntax = [
      .anyBracketedRun, .undottedSectionNumbers, .numberBeforeChinese, .secondLabel,
    ]
  }

  /// The index after the labels that open `text` and the spaces after them, or the first index
  /// that is not a space. Labels: "12." (up to four digits, then a space or Chinese), "1.2.",
  /// "一、", "IV. ", brackets ("(a)", "（三）"), and what `syntax` adds.
  static func leadingLabelsEnd(in text: some LeadingLabelText, syntax: LeadingSyntax) -> Int {
    let first = leadingLabelEnd(in: text, from: 0, maximumDigits: 4, syntax)
    guard syntax.contains(.secondLabel), first > text.skippingSpaces(from: 0) else { return first }
    return leadingLabelEnd(in: text, from: first, maximumDigits: 3, syntax)
  }

  private static func leadingLabelEnd(
    in text: some LeadingLabelText, from origin: Int, maximumDigits: Int, _ syntax: LeadingSyntax
  ) -> Int {
    let start = text.skippingSpaces(from: origin)
    guard let first = text[start] else { return start }
    if first == "(" || first == "（" {
      return bracketedLabelEnd(in: text, at: start, syntax) ?? start
    }
    if isDigit(first) {
      return numberLabelEnd(in: text, at: start, maximumDigits: maximumDigits, syntax) ?? start
    }
    var position = start
    if ChineseNumeral.isNumeralScalar(first) {
      // "一、"
      while let scalar = text[position], ChineseNumeral.isNumeralScalar(scalar) { position += 1 }
      guard let mark = text[position], chineseDelimiters.contains(Character(mark)) else {
        return start
      }
      return text.skippingSpaces(from: position + 1)
    }
    if first.isASCII, ASCIIBytes.isUppercase(UInt8(first.value)) {
      // "IV." headings.
      while let scalar = text[position], "IVXLC".unicodeScalars.contains(scalar) { position += 1 }
      guard position > start, text[position] == ".",
        text.skippingSpaces(from: position + 1) > position + 1,
        RomanNumeral.value(of: string(text, start..<position)) != nil
      else { return start }
      return text.skippingSpaces(from: position + 1)
    }
    return start
  }

  /// "(a)", "(iv)", "(12)", "（三）", and with `anyBracketedRun` any short run in brackets.
  private static func bracketedLabelEnd(
    in text: some LeadingLabelText, at start: Int, _ syntax: LeadingSyntax
  ) -> Int? {
    var position = start + 1
    while let scalar = text[position],
      isLatinLetter(scalar) || isDigit(scalar)
        || ChineseNumeral.isNumeralScalar(scalar), position - (start + 1) < 6
    {
      position += 1
    }
    guard position > start + 1, let close = text[position], close == ")" || close == "）" else {
      return nil
    }
    if !syntax.contains(.anyBracketedRun) {
      let inner = string(text, (start + 1)..<position)
      // As `parse`: after "(a)" a space or the end; "（三）" may be followed by its text.
      guard position - start <= 6,
        text[start] == "（" || text[position + 1].map(isWhitespace) ?? true,
        enumerator(inner, parenthesized: true) != nil || ChineseNumeral.value(of: inner) != nil
      else { return nil }
    }
    return text.skippingSpaces(from: position + 1)
  }

  /// "12.", "1.2.", "1004. ", "3.1 Text", "6 克罗地亚"; not "2015 (Stocktaking)" nor "2.5 million".
  private static func numberLabelEnd(
    in text: some LeadingLabelText, at start: Int, maximumDigits: Int, _ syntax: LeadingSyntax
  ) -> Int? {
    let number = text.number(at: start)
    var position = number.end
    let hasDot = text[position] == "." || text[position] == "．"
    let afterSpace = text.skippingSpaces(from: position)
    let spaced = afterSpace > position
    let numbersChinese =
      syntax.contains(.numberBeforeChinese) && spaced && text.isHan(at: afterSpace)
      && !text.startsMeasureWord(at: afterSpace)
    // "4.5 Effective support" numbers a heading; "2.5 million people" states an amount;
    // "12.41 2018-2019两年期" numbers a section whose text opens with a year.
    let numbersSection =
      syntax.contains(.undottedSectionNumbers) && number.isSectionOrDecimal && spaced
      && (text[afterSpace].map { $0.isASCII && ASCIIBytes.isUppercase(UInt8($0.value)) } == true
        || text.isHan(at: afterSpace) || text[afterSpace].map(isDigit) == true)
    // Four digits only before a point: "1004. " numbers a paragraph, "2015 年" states a year.
    guard !number.isGrouped, number.integerDigits <= (hasDot ? maximumDigits : 3),
      hasDot || numbersChinese || numbersSection
    else { return nil }
    if hasDot { position += 1 }
    guard text.skippingSpaces(from: position) > position || text.isHan(at: position) else {
      return nil
    }
    return text.skippingSpaces(from: position)
  }

  /// An ASCII or full-width digit.
  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
  }

  private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII && ASCIIBytes.isLetter(UInt8(scalar.value))
  }

  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    Character(scalar).isWhitespace
  }

  private static func string(_ text: some LeadingLabelText, _ range: Range<Int>) -> String {
    var result = String.UnicodeScalarView()
    for index in range { if let scalar = text[index] { result.append(scalar) } }
    return String(result)
  }
}
