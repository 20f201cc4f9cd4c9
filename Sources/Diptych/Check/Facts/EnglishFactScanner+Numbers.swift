extension EnglishFactScanner {
  /// Facts starting at the digit number at `index`; returns the index after them.
  mutating func scanNumber(at index: Int) -> Int {
    guard let number = numberAt(index) else { return index + 1 }
    if let value = number.plainInteger, isGroupName(before: index) {
      emit(.code, "G\(value)", tokens: index..<index + 1, elidable: true)
      return index + 1
    }
    if isPartOfName(index) { return index + 1 }
    if isFootnoteMarker(index), let marker = number.plainInteger {
      // Elidable: it matches the marker where the other version kept one too.
      emit(.number, String(marker), tokens: index..<index + 1, elidable: true)
      return index + 1
    }
    if number.isSectionNumber {
      emit(.number, printed(index..<index + 1), tokens: index..<index + 1)
      return index + 1
    }
    if let end = scanGluedSuffix(at: index, number) { return end }
    if let end = scanTime(at: index, number) { return end }
    if let end = scanMilitaryTime(at: index, number) { return end }
    if let end = scanDayFirstDate(at: index) { return end }
    if let end = scanSlashOrRange(at: index, number) { return end }
    // "resolution 1990 (2011)": a Security Council resolution and its year.
    if let value = number.plainInteger, markAt(index + 1) == "(", let year = yearAt(index + 2),
      markAt(index + 3) == ")"
    {
      emit(.resolution, "\(value)(\(year))", tokens: index..<index + 4)
      return index + 4
    }
    var value = number.decimal
    var end = index + 1
    if let scale = wordAt(end).flatMap({ EnglishNumberWords.scaleExponents[$0] }) {
      value = value.scaled(byPowerOfTen: scale)
      end += 1
    } else if markAt(end) == "-", !spaced(end), !spaced(end + 1),
      let scale = wordAt(end + 1).flatMap({ EnglishNumberWords.scaleExponents[$0] })
    {
      // "1.3-billion-plus people" is 13亿多人: the scale word joined by a hyphen.
      value = value.scaled(byPowerOfTen: scale)
      end += 2
    } else if markAt(index - 1) == "(", markAt(end) == ")",
      let scale = wordAt(end + 1).flatMap({ EnglishNumberWords.scaleExponents[$0] })
    {
      // "(80) million US dollars".
      value = value.scaled(byPowerOfTen: scale)
      end += 2
    }
    let (kind, after) = quantityKind(after: end, isYearLike: end == index + 1 && number.isYearLike)
    if kind == .relativeYear
      || (kind == .number && wordAt(index - 1) == "year" && !number.isYearLike)
    {
      emit(.relativeYear, value.key, tokens: index..<after)
    } else if kind == .number && end == index + 1 && number.isYearLike {
      emit(.year, value.key, tokens: index..<after)
    } else {
      emit(kind, value.key, tokens: index..<after)
    }
    return after
  }

  /// The kind a quantity takes from the words after it ("per cent", "-fold", "-year"), and where
  /// it ends.
  func quantityKind(after start: Int, isYearLike: Bool) -> (FactKind, Int) {
    // "[ninety] per cent": a bracketed figure in a draft.
    let end =
      markAt(start) == "]" && (wordAt(start + 1) == "per" || wordAt(start + 1) == "percent")
      ? start + 1 : start
    let next = wordAt(end)
    if next == "per", wordAt(end + 1) == "cent" { return (.percentage, end + 2) }
    if next == "percent" || markAt(end) == "%" { return (.percentage, end + 1) }
    if markAt(end) == "-", wordAt(end + 1) == "fold" { return (.multiplier, end + 2) }
    if next == "fold" || next == "times" { return (.multiplier, end + 1) }
    if !isYearLike {
      if markAt(end) == "-", wordAt(end + 1) == "year" || wordAt(end + 1) == "years" {
        // "5-year-old" is an age, not a duration.
        if markAt(end + 2) == "-", wordAt(end + 3) == "old" { return (.number, end + 4) }
        return (.duration, end + 2)
      }
      if next == "years" || next == "year" {
        if wordAt(end + 1) == "old" || wordAt(end + 1) == "of" && wordAt(end + 2) == "age" {
          return (.number, end + 1)
        }
        return (.duration, end + 1)
      }
    }
    return (.number, end)
  }

  static let gluedPrefixes: Set<String> = [
    "post", "pre", "mid", "euro", "euros", "eur", "usd", "us", "chf", "swf", "gbp", "a", "nz",
    "can",
    "rmb", "cny", "jpy", "rs", "inr",
  ]

  /// A footnote marker the reader left in the text: "website.3", "Questions,22 subject",
  /// "ranges\"18",
  /// "planning.[23]" (a number glued to the punctuation after a word, ending the token).
  func isFootnoteMarker(_ index: Int) -> Bool {
    guard let number = numberAt(index), !spaced(index), number.integerDigits.count <= 3,
      number.fractionDigits.isEmpty,
      wordAt(index + 1) == nil || spaced(index + 1)
    else { return false }
    var markIndex = index - 1
    if markAt(markIndex) == "[" {
      guard markAt(index + 1) == "]", !spaced(markIndex) else { return false }
      markIndex -= 1
    }
    guard let mark = markAt(markIndex), [".", ",", ";", ":", "\"", "”", "’", ")"].contains(mark),
      !spaced(markIndex)
    else { return false }
    // "September 2014.42": a call after the year that ends a sentence.
    if mark == ".", numberAt(markIndex - 1)?.isYearLike == true, monthAt(markIndex - 2) != nil {
      return true
    }
    guard let word = wordAt(markIndex - 1) else { return false }
    // "No.5", "para.3" and "p.28" abbreviate the word before a real number.
    return ![
      "no", "nos", "para", "paras", "art", "arts", "p", "pp", "vol", "chap", "sect", "fig", "op",
    ].contains(word)
  }

  /// Whether "Group of" stands before `index`: "Group of 77", "Group of Seven" name a group of
  /// States, which the Chinese writes 77国集团, 七国集团 and "G-77" abbreviates.
  func isGroupName(before index: Int) -> Bool {
    wordAt(index - 1) == "of" && wordAt(index - 2) == "group" && isCapitalized(index - 2)
  }

  /// Digits that belong to a name or code: "COVID-19", "G-20", "CO2", "Group of 77", "ISO 9001".
  func isPartOfName(_ index: Int) -> Bool {
    if !spaced(index), index > 0 {
      if let glued = wordAt(index - 1) {
        // "post2015", "Euro1.5 million", "$A45,000" are numbers run together with a word.
        return !Self.gluedPrefixes.contains(glued)
      }
      if markAt(index - 1) == "-", !spaced(index - 1), let previous = wordAt(index - 2),
        !["mid", "pre", "post"].contains(previous),
        tokens[index - 2].range.contains(where: { text[$0]?.isUppercaseLatin == true })
      {
        return true
      }
    }
    if wordAt(index - 1) == "of", wordAt(index - 2) == "group" { return true }
    if wordAt(index - 1) == "iso" { return true }
    return false
  }

  /// "56th", "1990s", "11am", "5bn".
  mutating func scanGluedSuffix(at index: Int, _ number: DigitNumber) -> Int? {
    guard let suffix = wordAt(index + 1), !spaced(index + 1) else { return nil }
    switch suffix {
    case "th", "st", "nd", "rd":
      if wordAt(index + 2) == "year", markAt(index + 3) != "-" {
        emit(.relativeYear, number.decimal.key, tokens: index..<index + 3)
        return index + 3
      }
      emit(.ordinal, number.decimal.key, tokens: index..<index + 2)
      return index + 2
    case "s" where number.isYearLike:
      emit(.decade, number.decimal.key + "s", tokens: index..<index + 2)
      return index + 2
    case "bn":
      emit(.number, number.decimal.scaled(byPowerOfTen: 9).key, tokens: index..<index + 2)
      return index + 2
    case "am", "pm", "z", "hrs", "h":
      return nil
    default:
      emit(.number, number.decimal.key, tokens: index..<index + 2)
      return index + 2
    }
  }

  /// "11 a.m.", "12.40 p.m.", "10:30".
  mutating func scanTime(at index: Int, _ number: DigitNumber) -> Int? {
    guard number.integerDigits.count <= 2, !number.isGrouped,
      let hour = DecimalKey(integer: number.integerDigits).integerValue,
      hour <= 24
    else { return nil }
    var minutes = number.fractionDigits
    var end = index + 1
    var hasClockForm = false
    if minutes.isEmpty, markAt(end) == ":", !spaced(end), let minuteNumber = self.numberAt(end + 1),
      !spaced(end + 1),
      minuteNumber.integerDigits.count == 2
    {
      minutes = minuteNumber.integerDigits
      end += 2
      hasClockForm = true
    }
    var hour24 = hour
    if wordAt(end) == "a" || wordAt(end) == "p", markAt(end + 1) == ".", wordAt(end + 2) == "m" {
      if wordAt(end) == "p", hour < 12 { hour24 += 12 }
      end += markAt(end + 3) == "." ? 4 : 3
    } else if wordAt(end) == "am" || wordAt(end) == "pm" {
      if wordAt(end) == "pm", hour < 12 { hour24 += 12 }
      end += 1
    } else if !hasClockForm {
      return nil
    }
    guard minutes.count == 2 || minutes.isEmpty else { return nil }
    let minuteText =
      minutes.isEmpty ? "00" : String(decoding: minutes.map { $0 + 48 }, as: UTF8.self)
    emit(.time, "\(hour24):\(minuteText)", tokens: index..<end)
    return end
  }

  /// The 24-hour clock of field reports: "at 0300", "1100 hours", "2359Z", "between 1100 and 1200
  /// hours".
  mutating func scanMilitaryTime(at index: Int, _ number: DigitNumber) -> Int? {
    guard let value = Self.clockValue(number) else { return nil }
    var end = index + 1
    if let suffix = wordAt(end), !spaced(end), suffix == "z" || suffix == "hrs" || suffix == "h" {
      end += 1
    } else if wordAt(end) == "hours" || wordAt(end) == "hrs" {
      end += 1
    } else if let link = wordAt(end), link == "and" || link == "to", let second = numberAt(end + 1),
      Self.clockValue(second) != nil, wordAt(end + 2) == "hours" || wordAt(end + 2) == "hrs"
    {
      // The first of a pair of times; the second is read on its own.
    } else if number.integerDigits.first == 0 || wordAt(index - 1) == "at" && !number.isYearLike {
      // "At 0300", "at 1310".
    } else {
      return nil
    }
    emit(.time, "\(value / 100):\(value % 100 < 10 ? "0" : "")\(value % 100)", tokens: index..<end)
    return end
  }

  /// The value of a four-digit 24-hour time such as 0300 or 2359.
  static func clockValue(_ number: DigitNumber) -> Int? {
    guard number.integerDigits.count == 4, let value = number.plainInteger, value / 100 < 24,
      value % 100 < 60
    else {
      return nil
    }
    return value
  }

  /// "62/217", "2014/15", "2014-2015", "2025–27".
  mutating func scanSlashOrRange(at index: Int, _ number: DigitNumber) -> Int? {
    guard let separator = markAt(index + 1), separator == "/" || separator == "-",
      let second = self.numberAt(index + 2), spaced(index + 1) == spaced(index + 2),
      let firstValue = number.plainInteger, let secondValue = second.plainInteger
    else { return nil }
    if number.isYearLike,
      let end = Self.rangeEnd(from: firstValue, to: secondValue, digits: second.integerDigits.count)
    {
      emit(.yearRange, "\(firstValue)..\(end)", tokens: index..<index + 3)
      return index + 3
    }
    guard separator == "/", !spaced(index + 1) else { return nil }
    if firstValue < secondValue, secondValue <= 12 {
      emit(.fraction, "\(firstValue)/\(secondValue)", tokens: index..<index + 3)
      return index + 3
    }
    emit(.resolution, "\(firstValue)/\(secondValue)", tokens: index..<index + 3)
    return index + 3
  }

  /// The last year of a range written "2014-2015" or "2014-15", if it is one.
  static func rangeEnd(from first: Int, to second: Int, digits: Int) -> Int? {
    let end: Int
    switch digits {
    case 4: end = second
    case 2: end = first / 100 * 100 + second
    default: return nil
    }
    return end > first && end - first <= 30 ? end : nil
  }
}
