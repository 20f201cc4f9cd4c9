/// Renders a counter in one of Word's number formats (`w:numFmt`), as Word displays it.
enum NumberFormat {
  static func render(_ value: Int, format: String) -> String {
    switch format {
    case "lowerLetter": letters(value, uppercase: false)
    case "upperLetter": letters(value, uppercase: true)
    case "lowerRoman": (RomanNumeral.numeral(for: value) ?? String(value)).lowercased()
    case "upperRoman": RomanNumeral.numeral(for: value) ?? String(value)
    case "decimalZero": value < 10 && value >= 0 ? "0\(value)" : String(value)
    case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
      "taiwaneseCounting",
      "taiwaneseCountingThousand", "japaneseCounting":
      chinese(value)
    case "ideographTraditional": heavenlyStem(value)
    case "decimalFullWidth", "decimalFullWidth2": fullWidth(String(value))
    case "none", "bullet": ""
    default: String(value)
    }
  }

  /// ASCII digits (and a minus sign) as their full-width forms: 12 → １２.
  private static func fullWidth(_ digits: String) -> String {
    String(
      String.UnicodeScalarView(
        digits.unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0) ?? $0 }))
  }

  /// a … z, then aa … zz, as Word counts.
  private static func letters(_ value: Int, uppercase: Bool) -> String {
    guard value > 0 else { return String(value) }
    let letter = Character(Unicode.Scalar(UInt8((value - 1) % 26) + (uppercase ? 65 : 97)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  private static let digits = Array("〇一二三四五六七八九")

  /// 一, 十, 十一, 二十三, 一百零五 …
  static func chinese(_ value: Int) -> String {
    guard value > 0, value < 10_000 else { return String(value) }
    if value < 10 { return String(digits[value]) }
    let units: [(Int, Character)] = [(1000, "千"), (100, "百"), (10, "十")]
    var result = ""
    var rest = value
    var zero = false
    for (size, unit) in units {
      let digit = rest / size
      rest %= size
      if digit == 0 {
        if !result.isEmpty { zero = true }
        continue
      }
      if zero {
        result.append("零")
        zero = false
      }
      if !(size == 10 && digit == 1 && result.isEmpty) { result.append(digits[digit]) }
      result.append(unit)
    }
    if rest > 0 {
      if zero || (value >= 100 && value % 100 < 10) { result.append("零") }
      result.append(digits[rest])
    }
    return result
  }

  private static let stems = Array("甲乙丙丁戊己庚辛壬癸")

  private static func heavenlyStem(_ value: Int) -> String {
    guard value > 0 else { return String(value) }
    return String(stems[(value - 1) % 10])
  }
}
