/// Extracts facts from English text, token by token.
struct EnglishFactScanner {
  let text: ScalarText
  let tokens: [EnglishToken]
  var facts: [Fact] = []

  init(_ text: ScalarText, from start: Int) {
    self.text = text
    tokens = EnglishTokenizer.tokens(text, from: start)
  }

  mutating func scan() {
    var index = 0
    while index < tokens.count {
      let next: Int
      switch tokens[index].kind {
      case .symbol(let fact):
        facts.append(fact)
        next = index + 1
      case .number:
        next = scanNumber(at: index)
      case .word:
        next = scanWord(at: index)
      case .punctuation:
        next = index + 1
      }
      index = max(next, index + 1)
    }
  }

  // MARK: Token access

  func wordAt(_ index: Int) -> String? {
    guard index >= 0, index < tokens.count, tokens[index].isWord else { return nil }
    return tokens[index].lower
  }

  func markAt(_ index: Int) -> String? {
    guard index >= 0, index < tokens.count, case .punctuation = tokens[index].kind else {
      return nil
    }
    return tokens[index].lower
  }

  func numberAt(_ index: Int) -> DigitNumber? {
    guard index >= 0, index < tokens.count else { return nil }
    return tokens[index].number
  }

  func spaced(_ index: Int) -> Bool { index < tokens.count ? tokens[index].spaced : true }

  func isCapitalized(_ index: Int) -> Bool {
    guard index < tokens.count else { return false }
    return text[tokens[index].range.lowerBound]?.isUppercaseLatin == true
  }

  /// The day of month at `index`: a plain number 1–31 of at most two digits.
  func dayAt(_ index: Int) -> Int? {
    guard let number = numberAt(index), number.integerDigits.count <= 2,
      let value = number.plainInteger,
      (1...31).contains(value)
    else { return nil }
    return value
  }

  func yearAt(_ index: Int) -> Int? {
    guard let number = numberAt(index) else { return nil }
    if number.isYearLike { return number.plainInteger }
    // "3 Feb 16": two digits after an abbreviated month are a year of this century.
    guard number.integerDigits.count == 2, number.fractionDigits.isEmpty,
      let value = number.plainInteger,
      let month = wordAt(index - 1), EnglishNumberWords.monthAbbreviations[month] != nil
    else { return nil }
    return 2000 + value
  }

  /// The month named at `index`; "May" and "March" only where they can't be a verb.
  func monthAt(_ index: Int) -> Int? {
    guard let word = wordAt(index), isCapitalized(index) else { return nil }
    if let month = EnglishNumberWords.monthAbbreviations[word] {
      return dayAt(index - 1) != nil ? month : nil
    }
    guard let month = EnglishNumberWords.months[word] else { return nil }
    if word == "may" || word == "march" {
      let previous = self.wordAt(index - 1) ?? ""
      let datePrepositions: Set<String> = [
        "in", "of", "since", "from", "until", "by", "to", "during", "early", "mid", "late", "end",
        "and", "before", "after", "through", "between", "till", "beginning",
      ]
      guard
        dayAt(index - 1) != nil || yearAt(index + 1) != nil || dayAt(index + 1) != nil
          || datePrepositions.contains(previous)
      else { return nil }
    }
    return month
  }

  func printed(_ range: Range<Int>) -> String {
    text.text(
      tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
  }

  mutating func emit(
    _ kind: FactKind, _ value: String, tokens range: Range<Int>, elidable: Bool = false
  ) {
    facts.append(
      Fact(
        kind: kind, value: value, text: printed(range),
        offset: tokens[range.lowerBound].range.lowerBound,
        isElidable: elidable))
  }
}
