/// The abbreviations, initials and numbers whose full stop does not end an English sentence.
enum EnglishAbbreviations {
  /// Abbreviations that are followed by more of the sentence (a number, a name, a title).
  static let nonTerminal: Set<String> = [
    "No.", "Nos.", "no.", "nos.", "para.", "paras.", "Para.", "Paras.", "art.", "arts.", "Art.",
    "Arts.",
    "e.g.", "i.e.", "E.g.", "I.e.", "Mr.", "Mrs.", "Ms.", "Messrs.", "Mmes.", "Dr.", "Prof.", "Jr.",
    "Sr.",
    "U.N.", "U.S.", "vol.", "vols.", "Vol.", "Vols.", "p.", "pp.", "ch.", "Ch.", "chap.", "Chap.",
    "cf.", "Cf.", "Corr.", "Add.", "Rev.", "Suppl.", "Doc.", "Inc.", "Ltd.", "Co.", "St.",
    "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    "approx.", "fig.", "Fig.", "figs.", "sect.", "Sect.", "v.", "vs.", "viz.",
  ]

  /// Words after which a single capital is a label ("annex I", "Part B") rather than an initial.
  static let labelWords: Set<String> = [
    "annex", "appendix", "part", "chapter", "section", "schedule", "table", "figure", "category",
    "class", "group", "list", "level", "option", "phase", "title", "volume", "item", "column",
    "type",
    "tier", "stage", "step", "form", "attachment", "enclosure", "scenario", "alternative",
    "article",
    "paragraph", "plan", "zone", "area", "sector", "vitamin", "war",
  ]

  /// Whether the full stop after `word` (the text before it back to white space) does not end
  /// the sentence; `previousWord` is the word before that.
  static func isNonTerminal(_ word: String, previousWord: String) -> Bool {
    // Most words before a full stop are ordinary words: longer than any abbreviation, with no
    // hyphen, slash or dash to split at, and no acronym (whose second character is a stop).
    let utf8 = word.utf8
    if utf8.count > 7, let first = utf8.first, first < 0x80,
      utf8[utf8.index(after: utf8.startIndex)] != UInt8(ascii: "."),
      !utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == 0xE2 })
    {
      return false
    }
    if nonTerminal.contains(word + ".") { return true }
    // "Korea-U.S." and "A/Rev." end like "U.S." and "Rev." do. Without the bytes of a separator
    // ("–" is E2 80 93) there is nothing to split.
    if utf8.contains(where: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == 0xE2 }) {
      let tail =
        word.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "\u{2013}" }).last ?? ""
      if tail != word[...] { return isNonTerminal(String(tail), previousWord: "") }
    }
    let letters = Array(word.unicodeScalars)
    // An initial ("J. Smith"), unless it is a label such as "annex I" or "Part B".
    if letters.count == 1, letters[0].properties.isUppercase {
      return !labelWords.contains(previousWord.lowercased())
    }
    // Capital acronyms written with stops, like "U.K." or "U.S.A.", go on like "U.N.".
    if letters.count >= 3, letters.count % 2 == 1,
      letters.enumerated().allSatisfy({
        $0.offset % 2 == 0 ? $0.element.properties.isUppercase : $0.element == "."
      })
    {
      return true
    }
    return false
  }

  /// Whether `text` is nothing but a paragraph or list number: "1.", "12.3.", "IV.G.", "(a)".
  static func isParagraphNumber(_ text: String) -> Bool {
    let trimmed = text.filter { !$0.isWhitespace && $0 != "(" && $0 != ")" }
    guard !trimmed.isEmpty, trimmed.count <= 12 else { return false }
    let parts = trimmed.split(separator: ".")
    return !parts.isEmpty
      && parts.allSatisfy { part in
        part.allSatisfy { $0.isASCII && $0.isNumber } || RomanNumeral.value(of: part) != nil
          || (part.count == 1 && part.allSatisfy(\.isLetter))
      }
  }
}
