/// What a numeric fact states; the kind decides how it is normalized and what it may match.
package enum FactKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A plain quantity or reference number: "17", "2.5 million", "五场", "article IX".
  case number
  /// A percentage: "30 per cent", "30%", "百分之三十".
  case percentage
  /// An ordinal: "56th", "fifty-eighth", "第五十六届".
  case ordinal
  /// A calendar year stated alone: "in 2021", "2021 年".
  case year
  /// A span of calendar years: "2025-2027", "2025至2027年", "2014/15".
  case yearRange
  /// A decade: "the 1990s", "20世纪90年代".
  case decade
  /// A calendar date, as precise as printed: "2025-03-01", "2025-03", "--03-01", "--09".
  case date
  /// A span of dates: "5 to 16 February 2024".
  case dateRange
  /// A clock time: "11 a.m.", "上午11时".
  case time
  /// A UN document symbol: "A/AC.105/C.2/2021/CRP.12".
  case documentSymbol
  /// A resolution or decision number: "62/217", "2127 (2013)".
  case resolution
  /// A year counted from the start of a plan: "year 1", "the first year", "第一年".
  case relativeYear
  /// A length of time in years: "five-year", "5 years", "五年期", "biennium".
  case duration
  /// A multiplier: "tenfold", "3 times", "十倍".
  case multiplier
  /// A fraction: "two thirds", "三分之二", "half".
  case fraction
  /// A code with a number in it, compared whole: a grade, a model, a substance ("P-4", "Su-24").
  case code
  /// A count inside a chemical name: "hexafluoride" = 六氟化铀 (6), "diethylamide" = 二乙胺 (2).
  case chemical

  /// Whether facts of this kind are plain quantities, which translators freely restate in
  /// another kind with the same value ("article 60" = "第60条", "88 per cent" after "45 and").
  var isScalar: Bool {
    switch self {
    case .number, .percentage, .ordinal, .year, .multiplier, .duration, .relativeYear: true
    default: false
    }
  }
}
