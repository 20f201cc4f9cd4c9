/// Extracts the numeric facts of a text: numbers, dates, years, references, with comparable keys.
package enum FactExtractor {
  /// The facts stated in `text`, in order, without the paragraph number that may open it.
  ///
  /// - Complexity: O(*n*) in the length of `text`.
  public static func facts(in text: String, language: Language) -> [Fact] {
    facts(in: ScalarText(text), language: language)
  }

  /// The facts stated in a text already read into scalars.
  static func facts(in scalars: ScalarText, language: Language) -> [Fact] {
    let start = LeadingLabel.end(in: scalars)
    // An untranslated line in the Chinese version ("6 February 2015") reads as English.
    if language.isChinese, scalars.scalars.contains(where: \.isHan) {
      var scanner = ChineseFactScanner(scalars)
      scanner.scan(from: start)
      return scanner.facts
    }
    var scanner = EnglishFactScanner(scalars, from: start)
    scanner.scan()
    scanner.addEnumerationCounts()
    return scanner.facts
  }
}
