/// The numbering of a block as printed ("II.", "(a)", "一、", "第一年：", "2022 (Stocktaking)") and
/// its parsed value.
public struct Label: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The label exactly as printed, without surrounding white space.
  public var text: String
  /// The numbering system the label uses.
  public var style: LabelStyle
  /// The label's value: the number 2, the letter b as 2, the year 2022, the ordinal 1 of 第一年.
  public var value: Int
  /// A caption the label carries: "Stocktaking" in "2022 (Stocktaking)".
  public var caption: String?

  /// Creates a label.
  public init(text: String, style: LabelStyle, value: Int, caption: String? = nil) {
    self.text = text
    self.style = style
    self.value = value
    self.caption = caption
  }

  public var description: String { text }
}

/// A numbering system for labels.
public enum LabelStyle: String, Sendable, Hashable, Codable, CaseIterable {
  /// `1.`, `12`
  case arabic
  /// `(1)`, `1)`
  case parenthesizedArabic = "parenthesized-arabic"
  /// `(a)`, `a)`, `a.`
  case lowerLetter = "lower-letter"
  /// `A.`, `(A)`
  case upperLetter = "upper-letter"
  /// `(iv)`, `iv.`
  case lowerRoman = "lower-roman"
  /// `II.`
  case upperRoman = "upper-roman"
  /// `一、`, `二.`
  case chineseNumeral = "chinese-numeral"
  /// `（一）`
  case parenthesizedChineseNumeral = "parenthesized-chinese-numeral"
  /// `第一条`, `第二章`, `第三节`
  case chineseOrdinalSection = "chinese-ordinal-section"
  /// `第一年：` — a year counted from the start of a plan.
  case relativeYear = "relative-year"
  /// `2022 (Stocktaking)` — a calendar year heading an item.
  case calendarYear = "calendar-year"
  /// `Year 1:` — an English relative year.
  case englishRelativeYear = "english-relative-year"
  /// `•`, `-`, `·`
  case bullet

  /// Whether the style is used for section headings of the outline (I, II … and 一、二 …).
  public var isOutline: Bool {
    self == .upperRoman || self == .chineseNumeral || self == .upperLetter
      || self == .chineseOrdinalSection
  }

  /// Whether the style counts the items of a time plan (years, absolute or relative).
  public var isYearPlan: Bool {
    self == .relativeYear || self == .calendarYear || self == .englishRelativeYear
  }
}
