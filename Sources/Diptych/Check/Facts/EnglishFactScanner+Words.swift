extension EnglishFactScanner {
  /// Facts starting at the word at `index`; returns the index after them.
  mutating func scanWord(at index: Int) -> Int {
    guard let word = wordAt(index) else { return index + 1 }
    if word.utf8.count >= 6, scanChemicalName(word, at: index) { return index + 1 }
    guard Self.mayStartFact(word) else { return index + 1 }
    if monthAt(index) != nil, let end = scanMonthFirstDate(at: index) { return end }
    if let end = scanSpecialWord(word, at: index) { return end }
    // "paragraph 8 ter" is 第8款之三: the number of a paragraph inserted after paragraph 8.
    // "recommendations 256 (EG) bis and ter": after a bracket, or after another such word.
    if let value = EnglishNumberWords.latinMultiples[word],
      numberAt(index - 1) != nil || markAt(index - 1) == ")"
        || (wordAt(index - 1) == "and" || markAt(index - 1) == ",")
          && wordAt(index - 2).map({ EnglishNumberWords.latinMultiples[$0] != nil }) == true
    {
      emit(.number, String(value), tokens: index..<index + 1)
      return index + 1
    }
    if EnglishNumberWords.romanReferenceWords.contains(word) {
      return scanRomanReferences(after: index)
    }
    if EnglishNumberWords.numberedConferences.contains(word),
      let end = scanConferenceNumber(after: index)
    {
      return end
    }
    if let end = scanSubItemLetter(word, at: index) { return end }
    if let end = scanRomanRange(at: index) { return end }
    if let parsed = parseWordNumber(at: index) { return emitWordNumber(parsed, at: index) }
    return index + 1
  }

  /// "hexafluoride", "decabromodiphenyl": one fact for each multiplying prefix, elidable: the
  /// Chinese may name the substance without its counts ("dichlorodiphenyltrichloroethane" =
  /// 滴滴涕), and a count or formula of the Chinese still clashes (五氟化铀).
  mutating func scanChemicalName(_ word: String, at index: Int) -> Bool {
    let counts = ChemicalNames.counts(in: word)
    for count in counts {
      emit(.chemical, String(count), tokens: index..<index + 1, elidable: true)
    }
    return !counts.isEmpty
  }

  /// Words that state a number on their own, and open ``scanSpecialWord(_:at:)``.
  static let specialWords = Set([
    "a", "an", "both", "twice", "double", "doubled", "doubling", "doubles", "triple", "half",
    "biennium",
    "biennial", "bienniums", "biennia", "triennium", "triennial", "quadrennial", "decade",
  ]).union(EnglishNumberWords.anniversaryYears.keys).union(EnglishNumberWords.partyCounts.keys)

  /// Nouns for a country, which the Chinese counts with 国.
  static let countryNouns: Set<String> = ["state", "country", "government", "nation"]

  /// Every word a branch of ``scanWord(at:)`` starts from, other than single letters, roman
  /// numerals and words ending in "year(s)".
  static let factWords: Set<String> = specialWords.union(EnglishNumberWords.months.keys)
    .union(EnglishNumberWords.monthAbbreviations.keys).union(EnglishNumberWords.cardinals.keys)
    .union(EnglishNumberWords.ordinals.keys).union(EnglishNumberWords.folds.keys)
    .union(EnglishNumberWords.romanReferenceWords).union(EnglishNumberWords.numberedConferences)
    .union(EnglishNumberWords.latinMultiples.keys)

  /// Whether a fact can start at this lower-cased word: most words are passed over with one
  /// look-up instead of every branch's.
  static func mayStartFact(_ word: String) -> Bool {
    let utf8 = word.utf8
    return utf8.count == 1 || hasFactWordShape(utf8) && factWords.contains(word)
      || endsInYear(utf8) || isRomanNumeral(utf8)
  }

  /// Whether the word is spelled with i, v and x alone; most words are told by their first byte.
  private static func isRomanNumeral(_ utf8: String.UTF8View) -> Bool {
    guard let first = utf8.first, first == 0x69 || first == 0x76 || first == 0x78 else {
      return false
    }
    return utf8.allSatisfy { $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }
  }

  /// Whether the word ends in "year" or "years", told from its last bytes.
  private static func endsInYear(_ utf8: String.UTF8View) -> Bool {
    utf8.withContiguousStorageIfAvailable { bytes in
      var end = bytes.count
      if end > 0, bytes[end - 1] == 0x73 { end -= 1 }  // s
      return end >= 4 && bytes[end - 4] == 0x79 && bytes[end - 3] == 0x65
        && bytes[end - 2] == 0x61 && bytes[end - 1] == 0x72
    }
      ?? (Array(utf8).suffix(4).elementsEqual("year".utf8)
        || Array(utf8).suffix(5).elementsEqual("years".utf8))
  }

  /// Which first and last letters and lengths the words of `factWords` have: a word of another
  /// shape is none of them, told without hashing it ("the", "and", "of", most words, share their
  /// first letter and length with a fact word, but not also their last letter).
  static let factWordShapes: [Bool] = factWords.reduce(
    into: Array(repeating: false, count: 26 * 26 * 32)
  ) {
    if let shape = shape(of: $1.utf8) { $0[shape] = true }
  }

  /// A word's shape, nil unless it begins and ends with a lower-case ASCII letter.
  private static func shape(of utf8: String.UTF8View) -> Int? {
    // The last byte read from the bytes: `String.UTF8View.last` steps back through the index
    // machinery, a hundred instructions a word.
    let ends = utf8.withContiguousStorageIfAvailable { ($0.first, $0.last) }
    guard let first = ends?.0 ?? utf8.first, let last = ends?.1 ?? Array(utf8).last,
      (0x61...0x7A).contains(first), (0x61...0x7A).contains(last)
    else { return nil }
    return (Int(first - 0x61) * 26 + Int(last - 0x61)) * 32 + min(utf8.count, 31)
  }

  private static func hasFactWordShape(_ utf8: String.UTF8View) -> Bool {
    shape(of: utf8).map { factWordShapes[$0] } ?? true
  }

  /// Words that state a number on their own: "a dozen", "tenfold", "both", "half", "biennium".
  mutating func scanSpecialWord(_ word: String, at index: Int) -> Int? {
    switch word {
    case "a", "an":
      guard let next = self.wordAt(index + 1) else { return nil }
      if next == "dozen" {
        // Approximate: 十几, 十多 carry no number to match.
        emit(.number, "12", tokens: index..<index + 2, elidable: true)
        return index + 2
      }
      if let scale = EnglishNumberWords.scales[next], scale >= 100, word == "a" {
        emit(.number, String(scale), tokens: index..<index + 2)
        return index + 2
      }
      // "a State", "a Government": one country, which the Chinese may count (一国, 一国政府).
      if Self.countryNouns.contains(next) || next == "member" && self.wordAt(index + 2) == "state" {
        emit(.number, "1", tokens: index..<index + 1, elidable: true)
        return index + 1
      }
      if next == "third" || next == "quarter", self.wordAt(index + 2) == "of" {
        emit(
          .fraction, "1/\(EnglishNumberWords.denominators[next] ?? 0)", tokens: index..<index + 2)
        return index + 2
      }
      return nil
    case "both":
      // "both cities" is 该两市; elidable, since 双方 and 两者 carry no numeral to match. "both
      // A and B" joins two things the Chinese joins with 既…又, 都 or nothing.
      guard !(index + 1..<min(index + 9, tokens.count)).contains(where: { wordAt($0) == "and" })
      else { return index + 1 }
      emit(.number, "2", tokens: index..<index + 1, elidable: true)
    case "twice", "double", "doubled", "doubling", "doubles":
      emit(.multiplier, "2", tokens: index..<index + 1, elidable: true)
    case "triple":
      // "the triple nexus" is 三重联系, "a triple burden" 三重负担.
      emit(.multiplier, "3", tokens: index..<index + 1, elidable: true)
    case "half":
      emit(.fraction, "1/2", tokens: index..<index + 1, elidable: true)
    case "biennium", "biennial", "bienniums", "biennia":
      emit(.duration, "2", tokens: index..<index + 1, elidable: true)
    case "triennium", "triennial":
      emit(.duration, "3", tokens: index..<index + 1, elidable: true)
    case "quadrennial":
      emit(.duration, "4", tokens: index..<index + 1, elidable: true)
    case "decade":
      emit(.duration, "10", tokens: index..<index + 1, elidable: true)
    case _ where EnglishNumberWords.anniversaryYears[word] != nil:
      // "the Two Centenary Goals" are 两个一百年奋斗目标: a name that counts the years; elidable,
      // as 百年 has no number to match. "the centenary of the CPC in 2021" dates an event, which
      // the Chinese counts (成立100年时): the year convention's, so not read.
      guard isCapitalized(index) else { return index + 1 }
      emit(
        .duration, String(EnglishNumberWords.anniversaryYears[word] ?? 0),
        tokens: index..<index + 1, elidable: true)
    case _ where EnglishNumberWords.partyCounts[word] != nil:
      // "the Trilateral Contact Group" is 三方联络组; elidable, as 双边 has no numeral.
      emit(
        .number, String(EnglishNumberWords.partyCounts[word] ?? 0), tokens: index..<index + 1,
        elidable: true)
    default:
      // "tenyear": text extraction ran "ten-year" together.
      for suffix in ["year", "years"] where word.hasSuffix(suffix) {
        guard let years = EnglishNumberWords.cardinals[String(word.dropLast(suffix.count))] else {
          continue
        }
        emit(.duration, String(years), tokens: index..<index + 1)
        return index + 1
      }
      guard let fold = EnglishNumberWords.folds[word] else { return nil }
      emit(.multiplier, String(fold), tokens: index..<index + 1)
    }
    return index + 1
  }

  /// "article 7(1)(j)": the letter of a sub-item in a reference, which the Chinese numbers (第10项).
  /// Elidable, since the Chinese often cites the paragraph alone.
  mutating func scanSubItemLetter(_ word: String, at index: Int) -> Int? {
    guard word.count == 1, let letter = word.unicodeScalars.first, ("a"..."z").contains(letter),
      markAt(index - 1) == "(", !spaced(index - 1), !spaced(index),
      markAt(index - 2) == ")" || isRomanReference(at: index - 2), markAt(index + 1) == ")"
    else { return nil }
    emit(.number, String(letter.value - 96), tokens: index..<index + 1, elidable: true)
    return index + 2
  }

  /// Whether the word at `index` is a roman numeral after a reference word ("article I(b)").
  private func isRomanReference(at index: Int) -> Bool {
    guard wordAt(index) != nil, let reference = wordAt(index - 1),
      EnglishNumberWords.romanReferenceWords.contains(reference)
    else { return false }
    return tokens[index].range.allSatisfy {
      text[$0].map { "IVXL".unicodeScalars.contains($0) } == true
    }
  }

  /// "Habitat III": the number of a conference, elidable since the other version may say "the
  /// Conference" (人居三会议 = "the Conference").
  mutating func scanConferenceNumber(after index: Int) -> Int? {
    guard wordAt(index + 1) != nil,
      tokens[index + 1].range.allSatisfy({
        text[$0].map { "IVX".unicodeScalars.contains($0) } == true
      }),
      let value = RomanNumeral.value(of: text.text(tokens[index + 1].range))
    else { return nil }
    emit(.number, String(value), tokens: index + 1..<index + 2, elidable: true)
    return index + 2
  }

  /// "Total (I-III)": a range of roman-numbered parts, both ends stated.
  mutating func scanRomanRange(at index: Int) -> Int? {
    func roman(_ position: Int) -> Int? {
      guard wordAt(position) != nil,
        tokens[position].range.allSatisfy({
          text[$0].map { "IVX".unicodeScalars.contains($0) } == true
        })
      else { return nil }
      return RomanNumeral.value(of: text.text(tokens[position].range))
    }
    guard markAt(index - 1) == "(", let first = roman(index), markAt(index + 1) == "-",
      let last = roman(index + 2),
      markAt(index + 3) == ")", first < last
    else { return nil }
    emit(.number, String(first), tokens: index..<index + 1)
    emit(.number, String(last), tokens: index + 2..<index + 3)
    return index + 3
  }

  /// "article IX", "annexes I and II", "World War II": roman numerals used as reference numbers.
  mutating func scanRomanReferences(after index: Int) -> Int {
    var position = index + 1
    while position < tokens.count, wordAt(position) != nil {
      let range = tokens[position].range
      // Only I, V, X and L: "Annex C" and "Appendix D" are letters.
      guard range.allSatisfy({ text[$0].map { "IVXL".unicodeScalars.contains($0) } == true }),
        range.count > 1 || text[range.lowerBound] != "L",
        let value = RomanNumeral.value(of: text.text(range))
      else { break }
      // "Annex I" alone is a weak signal: one is often left implicit.
      emit(.number, String(value), tokens: position..<position + 1, elidable: value == 1)
      position += 1
      guard connector(position) != nil, wordAt(position + 1) != nil else { break }
      position += 1
    }
    return max(position, index + 1)
  }

  /// Whether "one" at `index` is the pronoun ("one of the", "no one", "one another").
  func isPronounOne(at index: Int) -> Bool {
    let next = wordAt(index + 1)
    let previous = wordAt(index - 1)
    let relatives: Set<String> = ["of", "another", "who", "that", "which", "whose", "where"]
    if next.map(relatives.contains) == true || markAt(index + 1) == "'" { return true }
    let determiners: Set<String> = [
      "no", "any", "every", "each", "the", "such", "another", "someone", "everyone", "anyone",
    ]
    return previous.map(determiners.contains) ?? false
  }

  /// Emits the fact of a spelled-out number read by ``parseWordNumber(at:)`` with its context.
  mutating func emitWordNumber(_ parsed: ParsedWordNumber, at index: Int) -> Int {
    let (value, isOrdinal, end) = (parsed.value, parsed.isOrdinal, parsed.end)
    if value == 0 { return end }
    if isOrdinal {
      // "the second half of 2015" is 2015年下半年.
      if wordAt(end) == "half" || wordAt(end + 1) == "half" { return end }
      // "first name(s)" is a given name.
      if value == 1, wordAt(end) == "name" || wordAt(end) == "names" { return end }
      if wordAt(end) == "year", markAt(end + 1) != "-" {
        emit(.relativeYear, String(value), tokens: index..<end + 1)
        return end + 1
      }
      // "first" and "second" are often 首次, 又一, 其次 in a faithful translation.
      emit(.ordinal, String(value), tokens: index..<end, elidable: value <= 2)
      return end
    }
    // "Two (2) men": the figure repeats the word.
    if markAt(end) == "(", let figure = numberAt(end + 1), figure.plainInteger == value,
      markAt(end + 2) == ")"
    {
      emit(.number, String(value), tokens: index..<end + 3)
      return end + 3
    }
    // "one in three" is a third.
    if wordAt(end) == "in", let denominator = parseWordNumber(at: end + 1), !denominator.isOrdinal,
      denominator.value > value
    {
      emit(.fraction, "\(value)/\(denominator.value)", tokens: index..<denominator.end)
      return denominator.end
    }
    if wordAt(end) == "decades" || wordAt(end) == "decade" {
      emit(.duration, String(value * 10), tokens: index..<end + 1)
      return end + 1
    }
    // "two thirds", "one-third", "three quarters".
    let denominatorIndex = markAt(end) == "-" ? end + 1 : end
    if let denominatorWord = wordAt(denominatorIndex),
      let denominator = EnglishNumberWords.denominators[denominatorWord],
      value == 1 || denominatorWord.hasSuffix("s") || denominatorWord == "half"
    {
      emit(.fraction, "\(value)/\(denominator)", tokens: index..<denominatorIndex + 1)
      return denominatorIndex + 1
    }
    if value == 1, wordAt(index) == "one", isPronounOne(at: index) { return end }
    // "Group of Seven" is 七国集团: a name, compared as the code "G7".
    if isGroupName(before: index) {
      emit(.code, "G\(value)", tokens: index..<end, elidable: true)
      return end
    }
    if wordAt(index - 1) == "of", wordAt(index - 2) == "group" { return end }
    // "four-wheel drive", "three-dimensional": a compound the Chinese writes as one word (四驱, 三维).
    if markAt(end) == "-", !spaced(end), !spaced(end + 1), let next = wordAt(end + 1),
      EnglishNumberWords.scales[next] == nil, !Self.unitWords.contains(next)
    {
      emit(.number, String(value), tokens: index..<end, elidable: true)
      return end
    }
    if wordAt(index - 1) == "year" {
      emit(.relativeYear, String(value), tokens: index..<end)
      return end
    }
    let (kind, after) = quantityKind(after: end, isYearLike: false)
    // "one" and "two" are often "a", "both", 双方 or a plural in a faithful translation.
    emit(kind, String(value), tokens: index..<after, elidable: value <= 2 && kind == .number)
    return after
  }
}

extension EnglishFactScanner {
  /// Words after a hyphenated number that measure it ("five-year", "ten-day"), not a compound.
  static let unitWords: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute",
    "minutes",
    "member", "members", "person", "page", "point", "fold", "storey", "story", "kilometre",
    "kilometer", "metre",
    "meter", "mile", "percent", "time", "times", "party", "nation", "country", "seat", "step",
    "tier", "phase",
  ]
}

/// A spelled-out number: "fifty-eighth", "two hundred and fifty", "three million".
struct ParsedWordNumber {
  var value: Int
  var isOrdinal: Bool
  /// The token index after the number.
  var end: Int
}

extension EnglishFactScanner {
  /// The spelled-out number starting at `index`, if any.
  func parseWordNumber(at index: Int) -> ParsedWordNumber? {
    guard var group = parseBelowThousand(at: index) else { return nil }
    var total = 0
    while !group.isOrdinal, let scaleWord = wordAt(group.end),
      let scale = EnglishNumberWords.scales[scaleWord],
      scale >= 1000
    {
      total += group.value * scale
      var next = group.end + 1
      if wordAt(next) == "and" { next += 1 }
      guard let rest = parseBelowThousand(at: next) else {
        return ParsedWordNumber(value: total, isOrdinal: false, end: group.end + 1)
      }
      group = rest
    }
    // "a dozen" is handled with "a"; "two dozen" here.
    if !group.isOrdinal, wordAt(group.end) == "dozen" {
      return ParsedWordNumber(value: total + group.value * 12, isOrdinal: false, end: group.end + 1)
    }
    return ParsedWordNumber(value: total + group.value, isOrdinal: group.isOrdinal, end: group.end)
  }

  private func parseBelowThousand(at index: Int) -> ParsedWordNumber? {
    guard var result = parseBelowHundred(at: index) else { return nil }
    guard !result.isOrdinal, let next = wordAt(result.end) else { return result }
    if next == "hundred" || next == "hundredth" {
      result.value *= 100
      result.isOrdinal = next == "hundredth"
      result.end += 1
      guard !result.isOrdinal else { return result }
      let restIndex = wordAt(result.end) == "and" ? result.end + 1 : result.end
      if let rest = parseBelowHundred(at: restIndex) {
        result.value += rest.value
        result.isOrdinal = rest.isOrdinal
        result.end = rest.end
      }
    }
    return result
  }

  private func parseBelowHundred(at index: Int) -> ParsedWordNumber? {
    guard let word = wordAt(index) else { return nil }
    if let ordinal = EnglishNumberWords.ordinals[word], ordinal < 100 {
      return ParsedWordNumber(value: ordinal, isOrdinal: true, end: index + 1)
    }
    guard let value = EnglishNumberWords.cardinals[word] else { return nil }
    // "fifty-eighth", "twenty-five".
    if value >= 20, value % 10 == 0,
      markAt(index + 1) == "-" && !spaced(index + 1) && !spaced(index + 2)
        || wordAt(index + 1).flatMap({ EnglishNumberWords.cardinals[$0] }).map({ $0 < 10 }) == true,
      let unitWord = self.wordAt(markAt(index + 1) == "-" ? index + 2 : index + 1)
    {
      let end = markAt(index + 1) == "-" ? index + 3 : index + 2
      if let unit = EnglishNumberWords.cardinals[unitWord], unit < 10, unit > 0 {
        return ParsedWordNumber(value: value + unit, isOrdinal: false, end: end)
      }
      if let unit = EnglishNumberWords.ordinals[unitWord], unit < 10 {
        return ParsedWordNumber(value: value + unit, isOrdinal: true, end: end)
      }
    }
    return ParsedWordNumber(value: value, isOrdinal: false, end: index + 1)
  }
}
