/// A number in Chinese text: digits, Chinese numerals, or digits with 万/亿 ("250万").
struct ChineseNumber {
  var value: DecimalKey
  var range: Range<Int>
  /// Written in Chinese numerals rather than digits.
  var isSpelled: Bool
  /// Reads as a calendar year: four digits 1000–2999, or four numerals read digit by digit.
  var isYearLike: Bool
  /// How many digits were printed (for "2014/15").
  var digitCount: Int

  var integer: Int? { value.integerValue }
}

/// Extracts facts from Chinese text in one pass over its scalars.
struct ChineseFactScanner {
  let text: ScalarText
  var facts: [Fact] = []

  init(_ text: ScalarText) { self.text = text }

  mutating func scan(from start: Int) {
    var index = start
    while index < text.count {
      index = max(scanFact(at: index), index + 1)
    }
  }

  /// Words for a half, a fact of their own.
  static let halves = ["一半", "半数", "过半", "二分之一"]

  /// The scalars other than digits and Latin letters a fact or an idiom can start with: most
  /// scalars of a text start none, and are passed over with one look-up.
  static let factStarts = ScalarSet(
    [ChineseNumeral.digits.keys, ChineseNumeral.smallUnits.keys, ChineseNumeral.largeUnits.keys]
      .joined().flatMap(\.unicodeScalars)
      + (["百分之", "零时", "双重"] + halves + ChineseNumberWords.idioms).compactMap(
        \.unicodeScalars.first)
      + (0x3220...0x3229).compactMap(Unicode.Scalar.init))

  private mutating func scanFact(at index: Int) -> Int {
    guard let scalar = text[index] else { return index + 1 }
    guard scalar.isLatinLetter || scalar.isDigit || Self.factStarts.contains(scalar) else {
      return index + 1
    }
    if scalar.isLatinLetter {
      if let (fact, end) = DocumentSymbolScanner.scan(text, at: index)
        ?? CodeScanner.scan(text, at: index)
      {
        facts.append(fact)
        return end
      }
      return skipLatinName(at: index)
    }
    if text.has("百分之", at: index) {
      // "百分之[六十五]": a bracketed figure in a draft.
      let figureStart = text[index + 3] == "[" ? index + 4 : index + 3
      if let number = number(at: figureStart) {
        emit(
          .percentage, number.value.key, index..<number.range.upperBound, spelled: number.isSpelled)
        return number.range.upperBound
      }
    }
    if text.has("零时", at: index) {
      emit(.time, "0:00", index..<index + 2, spelled: true)
      return index + 2
    }
    for half in Self.halves where text.has(half, at: index) {
      let end = index + half.unicodeScalars.count
      emit(.fraction, "1/2", index..<end, spelled: true, elidable: true)
      return end
    }
    // "双重压力" is "pressure from two sources", "a double burden": elidable, as "dual" has no
    // number to match.
    if text.has("双重", at: index) {
      emit(.multiplier, "2", index..<index + 2, spelled: true, elidable: true)
      return index + 2
    }
    for idiom in ChineseNumberWords.idioms where text.has(idiom, at: index) {
      return index + idiom.unicodeScalars.count
    }
    if (0x3220...0x3229).contains(scalar.value) {
      // "第㈡款": a parenthesized ideograph ㈠–㈩ numbers a paragraph, as "(2)" in the English;
      // elidable, since the English often letters it ("(i)", "(b)").
      emit(
        .number, String(scalar.value - 0x321F), index..<index + 1, spelled: false, elidable: true)
      return index + 1
    }
    guard scalar.isDigit || ChineseNumeral.isNumeralScalar(scalar) else {
      return index + 1
    }
    // "1年零6个月": 零 joins the parts of a duration ("1 year and 6 months").
    if scalar == "零", text[index + 1]?.isDigit == true { return index + 1 }
    return scanNumberFact(at: index)
  }

  /// Skips a Latin word and digits glued to it ("COVID-19", "G20", "H5N1").
  private func skipLatinName(at index: Int) -> Int {
    text.endOfLatinName(from: index)
  }

  /// The numerals that are a number on their own, and their values.
  static let singleNumerals: [Unicode.Scalar: Int] = [
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "两": 2,
  ]

  /// The number starting at `index`, if one does (a numeral run in a word such as 一些 is not).
  func number(at index: Int) -> ChineseNumber? {
    guard let scalar = text[index] else { return nil }
    if scalar.isDigit {
      let digits = DigitNumberScanner.scan(text, at: index)
      if digits.isSectionNumber { return nil }
      var value = digits.decimal
      var end = digits.range.upperBound
      let unitStart = text[end] == " " ? end + 1 : end
      // "200多万" is "more than 2 million".
      let approximate = text[unitStart] == "多" || text[unitStart] == "余" ? unitStart + 1 : unitStart
      for (unit, exponent) in [("万亿", 12), ("百万", 6), ("亿", 8), ("万", 4)]
      where text.has(unit, at: approximate) {
        value = value.scaled(byPowerOfTen: exponent)
        end = approximate + unit.unicodeScalars.count
        break
      }
      return ChineseNumber(
        value: value, range: index..<end, isSpelled: false,
        isYearLike: digits.isYearLike
          || (digits.integerDigits.count == 4
            && digits.plainInteger.map { (1000...2999).contains($0) } == true),
        digitCount: digits.integerDigits.count)
    }
    var end = index
    while let next = text[end], ChineseNumeral.isNumeralScalar(next) { end += 1 }
    // One numeral alone, the most common run (一, 两, 十), read without building a string.
    if end == index + 1, let value = Self.singleNumerals[scalar] {
      return ChineseNumber(
        value: DecimalKey(value), range: index..<end, isSpelled: true, isYearLike: false,
        digitCount: 1)
    }
    let run = text.text(index..<end)
    guard let first = run.first, !"百千万亿佰仟萬億".contains(first),
      let value = ChineseNumeral.value(of: run)
    else {
      return nil
    }
    let allDigits = run.allSatisfy { ChineseNumeral.digits[$0] != nil }
    // "五六个" is "five or six"; bare numerals read digit by digit are years (二〇一五) or
    // article numbers (第一五六条).
    if allDigits, run.count == 2 || run.count == 3,
      !run.contains(where: { $0 == "〇" || $0 == "零" }),
      text[index - 1] != "第"
    {
      return nil
    }
    // 陆 and 伍 alone are in 大陆 and 队伍; financial numerals come in longer amounts.
    if run.count == 1, !"一二三四五六七八九十两".contains(first) { return nil }
    return ChineseNumber(
      value: DecimalKey(value), range: index..<end, isSpelled: true,
      isYearLike: allDigits && run.count == 4, digitCount: run.count)
  }

  mutating func emit(
    _ kind: FactKind, _ value: String, _ range: Range<Int>, spelled: Bool, elidable: Bool? = nil
  ) {
    // 一 and 两 are often "a", "both", "the" or a plural in the English; 二 and 第二 are not,
    // nor 一号, "No. 1" (隼鸟一号 for "Hayabusa1").
    let isElidable =
      elidable
      ?? (spelled
        && (value == "1" && kind != .relativeYear && text[range.upperBound] != "号"
          || value == "2" && kind == .number && text[range.lowerBound] == "两"))
    facts.append(
      Fact(
        kind: kind, value: value, text: text.text(range), offset: range.lowerBound,
        isElidable: isElidable))
  }
}
