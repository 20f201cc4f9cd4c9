/// Years a version names by context instead of by number ("this year", "the same year", 同年,
/// 今年): the other version may print the calendar year there, and that year is no divergence.
enum ContextualYears {
  /// Words before "year" that point at a year the context gives.
  static let englishDeterminers: Set<String> = [
    "this", "that", "the", "same", "current", "previous", "last", "following", "next", "present",
    "reporting",
  ]

  /// Chinese words for a year the context gives.
  static let chineseWords: [String] = [
    "今年", "同年", "当年", "该年", "本年", "这一年", "那一年", "去年", "明年", "上一年", "前一年", "次年", "翌年",
  ]

  /// The first scalars of `chineseWords`, to pass over the others with one look-up.
  static let chineseStarts = ScalarSet(chineseWords.compactMap(\.unicodeScalars.first))

  /// How many years `text` names by context.
  static func count(in scalars: ScalarText, language: Language) -> Int {
    if language.isChinese, scalars.scalars.contains(where: \.isHan) {
      return (0..<scalars.count).reduce(0) { total, index in
        guard let scalar = scalars[index], chineseStarts.contains(scalar) else { return total }
        return total + chineseWords.count { scalars.has($0, at: index) }
      }
    }
    var count = 0
    for index in 0..<scalars.count
    where scalars.scalars[index] == "y" && scalars.has("year", at: index)
      && scalars[index + 4]?.isLatinLetter != true
    {
      // The word before "year", read backwards over one space.
      guard scalars[index - 1]?.isSpace == true else { continue }
      var start = index - 1
      while scalars[start - 1]?.isLatinLetter == true { start -= 1 }
      if englishDeterminers.contains(scalars.text(start..<index - 1).lowercased()) { count += 1 }
    }
    return count
  }

  /// The years a document can name by context: its present is a year of the United Nations.
  static let plausibleYears = 1945...2100

  /// `leftovers` less up to `count` calendar years, which the other version names by context;
  /// unless the other version has a year of its own left over, which the context cannot explain.
  static func closing(_ leftovers: [Fact], count: Int, otherLeftovers: [Fact]) -> [Fact] {
    let dated: Set<FactKind> = [.year, .yearRange, .date, .dateRange]
    guard count > 0, !otherLeftovers.contains(where: { dated.contains($0.kind) }) else {
      return leftovers
    }
    var remaining = count
    return leftovers.filter { fact in
      // "this year" is a year a document's present can be, not 2914 or 4015.
      guard fact.kind == .year, remaining > 0, let year = Int(fact.value),
        plausibleYears.contains(year)
      else { return true }
      remaining -= 1
      return false
    }
  }
}
