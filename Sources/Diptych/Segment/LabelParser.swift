/// Recognizes the label a line starts with: "1.", "(a)", "II.", "一、", "（一）", "第一条",
/// "第一年：", "2022 (Stocktaking)".
package enum LabelParser {
  /// A label found at the start of a line, and the text after it.
  public struct Match: Sendable, Hashable {
    /// The label.
    public var label: Label
    /// The rest of the line after the label, trimmed.
    public var rest: String
  }

  /// The label at the start of `line`, if it starts with one.
  ///
  /// A label must be followed by white space, the end of the line, or (for Chinese labels) text:
  /// "1.5 million" and "2022 年" are not labels.
  public static func parse(_ line: some StringProtocol) -> Match? {
    if case .decided(let match) = parseBytes(line) { return match }
    return parseCharacters(line)
  }

  /// `parse` by `Character`s, for any line: the reference the byte-level answers match.
  static func parseCharacters(_ line: some StringProtocol) -> Match? {
    let text = String(line).trimmingWhitespace()
    guard let first = text.first else { return nil }
    if first.isASCII {
      return parseLatin(text)
    }
    return parseChinese(text)
  }

  // MARK: Latin-script labels

  private static func parseLatin(_ text: String) -> Match? {
    let scalars = Array(text)
    // "2022 (Stocktaking)" alone on its line: a year heading an item of a plan.
    if let match = calendarYear(text) { return match }
    // "Year 1:"
    if text.hasPrefix("Year ") || text.hasPrefix("year ") {
      let digits = text.dropFirst(5).prefix { $0.isASCIIDigit }
      let after = text.dropFirst(5 + digits.count)
      if let value = Int(digits), let colon = after.first, colon == ":" || colon == "." {
        return Match(
          label: Label(
            text: String(text.prefix(5 + digits.count + 1)), style: .englishRelativeYear,
            value: value),
          rest: String(after.dropFirst()).trimmingWhitespace())
      }
    }
    if scalars[0] == "(" {
      // "(a)", "(12)", "(iv)", "(A)"
      guard let close = scalars.firstIndex(of: ")"), close > 1, close <= 6 else { return nil }
      let inner = String(scalars[1..<close])
      let after = String(scalars[(close + 1)...])
      guard after.isEmpty || after.first!.isWhitespace else { return nil }
      guard let (style, value) = enumerator(inner, parenthesized: true) else { return nil }
      return Match(
        label: Label(text: String(scalars[0...close]), style: style, value: value),
        rest: after.trimmingWhitespace())
    }
    // "1.", "12.", "II.", "A.", "a)", "1)"
    let head = scalars.prefix { $0.isLetter || $0.isASCIIDigit }
    guard !head.isEmpty,
      head.count <= 5
        || (head.count <= maximumParagraphNumberDigits && head.allSatisfy(\.isASCIIDigit)),
      head.count < scalars.count
    else {
      // A lone paragraph number on its own line: "12."
      return nil
    }
    let delimiter = scalars[head.count]
    guard delimiter == "." || delimiter == ")" else { return nil }
    let after = String(scalars[(head.count + 1)...])
    guard after.isEmpty || after.first!.isWhitespace else { return nil }
    let inner = String(head)
    // "1004. Text", "12345. Text": paragraph numbers of four digits or more exist in long
    // documents; a lone "2015." does not number a paragraph, and the block builder still requires
    // the number to continue the sequence.
    if (4...maximumParagraphNumberDigits).contains(inner.count), delimiter == ".",
      inner.allSatisfy(\.isASCIIDigit), let value = Int(inner), value >= 1000,
      !after.trimmingWhitespace().isEmpty
    {
      return Match(
        label: Label(text: inner + ".", style: .arabic, value: value),
        rest: after.trimmingWhitespace())
    }
    guard let (style, value) = enumerator(inner, parenthesized: delimiter == ")") else {
      return nil
    }
    // "A." and "I." start ordinary English sentences too ("A. Smith", "I. e."): they must be
    // followed by a capitalised word to count.
    if style == .upperLetter || (style == .upperRoman && value == 1) {
      guard let next = after.trimmingWhitespace().first, next.isUppercase || next.isNumber else {
        return nil
      }
    }
    return Match(
      label: Label(text: inner + String(delimiter), style: style, value: value),
      rest: after.trimmingWhitespace())
  }

  /// The most digits a paragraph number has: 999,999 paragraphs are more than any document holds.
  static let maximumParagraphNumberDigits = 6

  /// The style and value of an enumerator: "12", "a", "iv", "II", "B".
  static func enumerator(_ inner: String, parenthesized: Bool) -> (LabelStyle, Int)? {
    if inner.allSatisfy(\.isASCIIDigit) {
      guard let value = Int(inner), inner.count <= 3 else { return nil }
      return (parenthesized ? .parenthesizedArabic : .arabic, value)
    }
    guard inner.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    let isLower = inner.allSatisfy(\.isLowercase)
    let isUpper = inner.allSatisfy(\.isUppercase)
    guard isLower || isUpper else { return nil }
    // Single letters other than i, v, x are letters; "i", "v", "x" and longer runs are roman.
    if inner.count == 1, !"ivxIVX".contains(inner) {
      let value = Int(inner.lowercased().unicodeScalars.first!.value) - 96
      return (isLower ? .lowerLetter : .upperLetter, value)
    }
    guard let value = RomanNumeral.value(of: inner) else { return nil }
    return (isLower ? .lowerRoman : .upperRoman, value)
  }

  private static func calendarYear(_ text: String) -> Match? {
    let digits = text.prefix { $0.isASCIIDigit }
    guard digits.count == 4, let year = Int(digits), (1900...2199).contains(year) else {
      return nil
    }
    let after = text.dropFirst(4).trimmingWhitespace()
    // "2022 (Stocktaking)" or "2022:"
    if after.hasPrefix("("), after.hasSuffix(")"), after.count > 2, !after.dropFirst().contains("(")
    {
      let caption = String(after.dropFirst().dropLast()).trimmingWhitespace()
      return Match(
        label: Label(text: text, style: .calendarYear, value: year, caption: caption), rest: "")
    }
    if after.hasPrefix(":") || after.hasPrefix("：") {
      return Match(
        label: Label(
          text: String(digits) + String(after.first!), style: .calendarYear, value: year),
        rest: String(after.dropFirst()).trimmingWhitespace())
    }
    return nil
  }

  // MARK: Chinese labels

  /// What closes a Chinese numeral label: "一、", "一．", "一.".
  static let chineseDelimiters: Set<Character> = ["、", "．", "."]
  private static let sectionWords: Set<Character> = ["条", "章", "节", "部", "篇", "款", "编"]

  private static func parseChinese(_ text: String) -> Match? {
    let characters = Array(text)
    // "（一）" and "(一)"
    if characters[0] == "（" || characters[0] == "(" {
      guard let close = characters.firstIndex(where: { $0 == "）" || $0 == ")" }), close > 1,
        close <= 5
      else { return nil }
      let inner = String(characters[1..<close])
      guard let value = ChineseNumeral.value(of: inner) else { return nil }
      return Match(
        label: Label(
          text: String(characters[0...close]), style: .parenthesizedChineseNumeral, value: value),
        rest: String(characters[(close + 1)...]).trimmingWhitespace())
    }
    // "第一条", "第一年："
    if characters[0] == "第" {
      let numeral = characters.dropFirst().prefix(while: ChineseNumeral.isNumeralCharacter)
      guard !numeral.isEmpty, let value = ChineseNumeral.value(of: String(numeral)) else {
        return nil
      }
      let wordIndex = 1 + numeral.count
      guard wordIndex < characters.count else { return nil }
      let word = characters[wordIndex]
      if word == "年" {
        // A relative year labels an item only when a colon follows: "第一年：".
        guard wordIndex + 1 < characters.count,
          characters[wordIndex + 1] == "：" || characters[wordIndex + 1] == ":"
        else { return nil }
        return Match(
          label: Label(
            text: String(characters[0...(wordIndex + 1)]), style: .relativeYear, value: value),
          rest: String(characters[(wordIndex + 2)...]).trimmingWhitespace())
      }
      guard sectionWords.contains(word) else { return nil }
      return Match(
        label: Label(
          text: String(characters[0...wordIndex]), style: .chineseOrdinalSection, value: value),
        rest: String(characters[(wordIndex + 1)...]).trimmingWhitespace())
    }
    // "一、"
    let numeral = characters.prefix(while: ChineseNumeral.isNumeralCharacter)
    guard !numeral.isEmpty, numeral.count <= 4, numeral.count < characters.count,
      chineseDelimiters.contains(characters[numeral.count]),
      let value = ChineseNumeral.value(of: String(numeral))
    else { return nil }
    return Match(
      label: Label(
        text: String(characters[0...numeral.count]), style: .chineseNumeral, value: value),
      rest: String(characters[(numeral.count + 1)...]).trimmingWhitespace())
  }
}
