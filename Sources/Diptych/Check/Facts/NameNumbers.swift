/// The numbers written inside names and codes ("Hayabusa2", "UF6", "COVID-19", "U-235", "铀-235").
///
/// They are not facts, but the other version may spell the same name with the number apart or in
/// Chinese numerals ("隼鸟二号", "U 235"); a fact on one side equal to a number inside a name on
/// the other is then the name, not a divergence.
package enum NameNumbers {
  /// The numbers one version writes inside names more often than the other: only those can
  /// explain a quantity of the other version. A name both write as often ("P-5" on both sides)
  /// accounts for its own number, not for a count beside it (五名 for "one"); "U-235" twice and
  /// "U 235" once against 铀-235 three times leaves the Chinese one name over, the spaced "U 235".
  public static func surplus(of counts: [String: Int], over others: [String: Int]) -> Set<String> {
    Set(counts.filter { value, count in count > others[value, default: 0] }.keys)
  }

  /// How often each value (without leading zeros) is written inside a name in `text`.
  public static func counts(in text: String) -> [String: Int] {
    counts(in: ScalarText(text))
  }

  /// How often each value is written inside a name in a text already read into scalars.
  static func counts(in text: ScalarText) -> [String: Int] {
    var values: [String: Int] = [:]
    var index = 0
    while index < text.count {
      guard let scalar = text[index], scalar.isDigit else {
        index += 1
        continue
      }
      var end = index
      while text[end]?.digitValue != nil { end += 1 }
      // The digits are spelled out only for a number inside a name: most numbers are not.
      if isInName(text, start: index, end: end) {
        var digits = ""
        for position in index..<end {
          digits.append(Character(Unicode.Scalar((text[position]?.digitValue ?? 0) + 48)))
        }
        let trimmed = digits.drop { $0 == "0" }
        values[trimmed.isEmpty ? "0" : String(trimmed), default: 0] += 1
      }
      index = end
    }
    return values
  }

  private static func isInName(_ text: ScalarText, start: Int, end: Int) -> Bool {
    // "Hayabusa2", "UF6", "H5N1": letters directly before the digits.
    if let before = text[start - 1], before.isLatinLetter {
      var wordStart = start - 1
      while text[wordStart - 1]?.isLatinLetter == true { wordStart -= 1 }
      let word = text.text(wordStart..<start).lowercased()
      // "post2015", "US$5": a prefix run together with an amount or a year.
      return !["post", "pre", "mid", "us", "eur", "usd", "euro", "a", "p", "pp", "no", "para"]
        .contains(word)
    }
    // "COVID-19", "U-235", "铀-235": a capitalised word or a Chinese name, a hyphen, the digits.
    if let dash = text[start - 1], dash.isDash, let before = text[start - 2] {
      if before.isHan { return true }
      if before.isLatinLetter {
        var wordStart = start - 2
        while text[wordStart - 1]?.isLatinLetter == true { wordStart -= 1 }
        return (wordStart..<start - 1).contains { text[$0]?.isUppercaseLatin == true }
      }
    }
    return false
  }
}
