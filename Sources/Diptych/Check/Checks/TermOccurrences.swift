/// The glossary terms a text holds, longest first: a term inside a longer term that matched
/// ("outer space" in "Committee on the Peaceful Uses of Outer Space", 外空 in 外空委) does not count
/// on its own.
struct TermOccurrences {
  /// For each entry index found, the first of its terms found (as the glossary spells it).
  private(set) var found: [Int: String] = [:]

  /// Finds the terms of `entries` (each entry's terms for this language) in `text`.
  ///
  /// - Parameter wholeWords: English terms match as whole words, plurals included; Chinese terms
  /// anywhere.
  init(text: String, terms entries: [[String]], wholeWords: Bool) {
    var characters = Array(
      wholeWords ? text.lowercased() : String(text.filter { !$0.isWhitespace }))
    let candidates = entries.enumerated().flatMap { entry, terms in terms.map { (entry, $0) } }
      .sorted { $0.1.count > $1.1.count }
    for (entry, term) in candidates {
      let needle = Array(wholeWords ? term.lowercased() : String(term.filter { !$0.isWhitespace }))
      guard !needle.isEmpty else { continue }
      var start = 0
      while let range = Self.find(needle, in: characters, from: start, wholeWords: wholeWords) {
        if found[entry] == nil { found[entry] = term }
        // Masked so that shorter terms inside it do not match again.
        for index in range { characters[index] = "\u{1}" }
        start = range.upperBound
      }
    }
  }

  private static func find(
    _ needle: [Character], in text: [Character], from start: Int, wholeWords: Bool
  ) -> Range<Int>? {
    guard needle.count <= text.count else { return nil }
    var index = start
    while index + needle.count <= text.count {
      if text[index..<index + needle.count].elementsEqual(needle) {
        var end = index + needle.count
        if wholeWords {
          for suffix in ["es", "s"].map(Array.init)
          where end + suffix.count <= text.count
            && text[end..<end + suffix.count].elementsEqual(suffix)
            && (end + suffix.count == text.count || !text[end + suffix.count].isLetter)
          {
            end += suffix.count
            break
          }
        }
        let boundedBefore = index == 0 || !text[index - 1].isLetter
        let boundedAfter = end == text.count || !text[end].isLetter
        if !wholeWords || boundedBefore && boundedAfter { return index..<end }
      }
      index += 1
    }
    return nil
  }
}
