/// English number words and their values.
enum EnglishNumberWords {
  static let cardinals: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  static let ordinals: [String: Int] = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000,
  ]

  /// Multipliers within a number ("two hundred", "three million").
  static let scales: [String: Int] = [
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
  ]

  /// Powers of ten of the scale words after a digit number ("2.5 million").
  static let scaleExponents: [String: Int] = [
    "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
  ]

  /// Single-word multipliers.
  static let folds: [String: Int] = [
    "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
    "eightfold": 8, "ninefold": 9, "tenfold": 10, "twentyfold": 20, "hundredfold": 100,
  ]

  /// Denominators of fractions ("two thirds", "three quarters").
  static let denominators: [String: Int] = [
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
  ]

  /// Latin adverbs numbering what is inserted after an article or paragraph ("8 ter" = 第8款之三).
  static let latinMultiples: [String: Int] = [
    "bis": 2, "ter": 3, "quater": 4, "quinquies": 5, "sexies": 6, "septies": 7, "octies": 8,
    "novies": 9, "nonies": 9, "decies": 10,
  ]

  /// How many parties an arrangement has ("trilateral" = 三方); counts no other thing, so it
  /// pairs with the count and never clashes with a count of something else.
  static let partyCounts: [String: Int] = [
    "bilateral": 2, "trilateral": 3, "tripartite": 3, "quadrilateral": 4, "quadripartite": 4,
  ]

  /// The years an anniversary counts ("centenary" = 一百年, "bicentennial" = 二百周年).
  static let anniversaryYears: [String: Int] = [
    "centenary": 100, "centennial": 100, "centenaries": 100, "bicentenary": 200,
    "bicentennial": 200, "tercentenary": 300, "sesquicentennial": 150,
  ]

  static let months: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
  ]

  /// Months as tables and letters abbreviate them ("3 Feb 16"); read only after a day.
  static let monthAbbreviations: [String: Int] = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10,
    "nov": 11, "dec": 12,
  ]

  /// Words after which a roman numeral is a reference number ("article IX", "annex III").
  /// Conferences numbered by a roman numeral ("Habitat III" = 人居三), often named without it.
  static let numberedConferences: Set<String> = ["habitat", "unispace"]

  static let romanReferenceWords: Set<String> = [
    "article", "articles", "annex", "annexes", "chapter", "chapters", "part", "parts", "section",
    "sections", "volume", "volumes", "appendix", "appendices", "schedule", "title", "protocol",
    "phase", "category", "categories", "class", "principle", "principles", "table", "tables",
    "figure", "option", "level", "stage", "tier", "war", "programme", "enclosure", "attachment",
    "amendment", "addendum", "book", "grade", "component", "pillar", "pillars", "type", "group",
    "cluster", "priority", "goal", "objective", "recommendation", "decade", "step", "module",
  ]
}
