extension ChineseFactScanner {
  /// Facts starting at the digit or numeral at `index`; returns the index after them.
  mutating func scanNumberFact(at index: Int) -> Int {
    guard var number = number(at: index) else {
      return scanApproximatePair(at: index) ?? scanMisspelledNumber(at: index)
        ?? endOfRun(at: index)
    }
    // "每一个人" is "everyone": 一 after 每 is "each", no count that could answer "a State".
    if number.isSpelled, number.integer == 1, text[index - 1] == "每" {
      return number.range.upperBound
    }
    absorbRepeatedFigure(&number)
    let after = text.skippingSpaces(from: number.range.upperBound)
    // "六氟化铀", "十溴二苯醚": a numeral multiplying an element or a group of a chemical name;
    // elidable, since the English may name the substance without its counts (三氯杀螨醇 =
    // "dicofol", 三氟甲烷 = "HFC-23"), and a count or formula of the English still clashes.
    if number.isSpelled, let root = text[number.range.upperBound],
      ChemicalNames.chineseRoots.contains(root), text[index - 1] != "第",
      let count = number.integer, count <= 10
    {
      emit(.chemical, String(count), number.range, spelled: true, elidable: true)
      return number.range.upperBound
    }
    if let end = scanNamedNumber(number, after: after) { return end }
    if isInsideName(number, after: after) { return number.range.upperBound }
    let ordinalStart = text.skippingSpacesBackward(from: index - 1)
    let isOrdinal = text[ordinalStart] == "第"
    let factStart = isOrdinal ? ordinalStart : index
    return scanReference(number, at: after, factStart: factStart)
      ?? scanCalendar(number, at: after, factStart: factStart, isOrdinal: isOrdinal)
      ?? scanMeasure(number, at: after)
      ?? emitQuantity(number, at: after, factStart: factStart, isOrdinal: isOrdinal)
  }

  /// "四五岁", "七八个": two neighbouring numerals before a measure word are "four or five",
  /// both elidable, since the English may say "a few" or give one of them.
  private mutating func scanApproximatePair(at index: Int) -> Int? {
    guard let first = text[index].flatMap({ Self.singleNumerals[$0] }),
      let second = text[index + 1].flatMap({ Self.singleNumerals[$0] }), second == first + 1,
      second < 10, text[index + 2].map(ChineseNumeral.isNumeralScalar) != true,
      hasClassifier(at: index + 2), text[index - 1] != "第"
    else { return nil }
    emit(.number, String(first), index..<index + 1, spelled: true, elidable: true)
    emit(.number, String(second), index + 1..<index + 2, spelled: true, elidable: true)
    return index + 2
  }

  /// "二八周年" for 二十八 or 二十: two or three numerals from 二 to 九 run together that are no
  /// number and no approximate amount (四五岁, 三五成群) read digit by digit, as years are
  /// (二〇一五). UN text has none; one is a numeral mistyped, and must still be compared.
  private mutating func scanMisspelledNumber(at index: Int) -> Int? {
    var end = index
    while let scalar = text[end], Self.bareCountNumerals.contains(scalar) { end += 1 }
    guard (2...3).contains(end - index),
      text[end].map(ChineseNumeral.isNumeralScalar) != true,
      text[index - 1].map(ChineseNumeral.isNumeralScalar) != true, text[index - 1] != "第",
      !text.has("三五", at: index)
    else { return nil }
    let digits = (index..<end).compactMap { text[$0].flatMap { Self.singleNumerals[$0] } }
    emit(
      .number, digits.map(String.init).joined(), index..<end, spelled: true, elidable: false)
    return end
  }

  /// "三(3)名", "两⑵名": a figure after the numeral repeats it; the two are one fact, read as digits.
  private func absorbRepeatedFigure(_ number: inout ChineseNumber) {
    guard number.isSpelled else { return }
    if let open = text[number.range.upperBound], open == "(" || open == "（",
      let figure = self.number(at: number.range.upperBound + 1), figure.value == number.value,
      let close = text[figure.range.upperBound], close == ")" || close == "）"
    {
      number.range = number.range.lowerBound..<figure.range.upperBound + 1
      number.isSpelled = false
    } else if let figure = text[number.range.upperBound], (0x2474...0x2487).contains(figure.value),
      number.integer == Int(figure.value) - 0x2473
    {
      number.range = number.range.lowerBound..<number.range.upperBound + 1
      number.isSpelled = false
    }
  }

  /// Names with a number, compared as codes (elidable, as codes are): "77国集团" is "Group of
  /// 77" ("G77"); "全球环境展望-5" is "GEO-5", matched by its digits.
  private mutating func scanNamedNumber(_ number: ChineseNumber, after: Int) -> Int? {
    let start = number.range.lowerBound
    if text.has("国集团", at: after), let value = number.integer {
      emit(.code, "G\(value)", start..<after + 3, spelled: number.isSpelled, elidable: true)
      return after + 3
    }
    let isSigned = text[after] == "%" || text[after] == "％" || text.has("个百分点", at: after)
    guard !number.isSpelled, number.value.isWhole, !isSigned, let dash = text[start - 1],
      dash.isDash, text[start - 2]?.isHan == true
    else { return nil }
    var nameStart = start - 2
    while text[nameStart - 1]?.isHan == true, start - nameStart < 12 { nameStart -= 1 }
    emit(
      .code, number.value.key, nameStart..<number.range.upperBound, spelled: false, elidable: true)
    return number.range.upperBound
  }

  /// Whether the number is part of a name or a vague amount, not a fact: "铀-235", "数十", "周三",
  /// "2019冠状病毒".
  private func isInsideName(_ number: ChineseNumber, after: Int) -> Bool {
    let start = number.range.lowerBound
    let end = number.range.upperBound
    // "为-0.5%" is a signed amount, not a name.
    let isSigned = text[after] == "%" || text[after] == "％" || text.has("个百分点", at: after)
    if let dash = text[start - 1], dash.isDash, let before = text[start - 2],
      before.isHan || before.isLatinLetter,
      !isSigned
    {
      return true
    }
    // "数十万", "几十年", "数以万计", "十几个": a vague amount of a scale, no count. "数八万" and
    // "几七年" are no such amount: their numerals are facts like any other.
    let isScale = number.isSpelled && text.text(number.range).allSatisfy { "十百千万亿".contains($0) }
    if isScale, text[start - 1] == "数" || text[start - 1] == "几" || text.has("数以", at: start - 2) {
      return true
    }
    if text[end] == "几" { return true }
    if number.isSpelled, text[start - 1] == "周" || text.has("星期", at: start - 2) { return true }
    return ChineseNumberWords.nameSuffixes.contains { text.has($0, at: after) }
  }

  /// References: "62/217", "2014/15", "第2127(2013)号决议", "2025至2027年".
  private mutating func scanReference(_ number: ChineseNumber, at after: Int, factStart: Int)
    -> Int?
  {
    if !number.isSpelled, let end = scanSlash(number, at: after) { return end }
    return scanResolution(number, at: after, factStart: factStart)
      ?? scanYearRange(number, at: after)
  }

  /// Decades, centuries, years, durations and dates: a number before 年代, 世纪, 年, 月 or 日.
  private mutating func scanCalendar(
    _ number: ChineseNumber, at after: Int, factStart: Int, isOrdinal: Bool
  ) -> Int? {
    let start = number.range.lowerBound
    if text.has("年代", at: after), number.isYearLike {
      emit(.decade, "\(number.value.key)s", start..<after + 2, spelled: number.isSpelled)
      return after + 2
    }
    if text.has("世纪", at: after) {
      return scanCentury(number, at: after, factStart: factStart, isOrdinal: isOrdinal)
    }
    if text[after] == "年" {
      if isOrdinal {
        emit(.relativeYear, number.value.key, factStart..<after + 1, spelled: number.isSpelled)
        return after + 1
      }
      if text.has("回历", at: start - 2), let end = scanHijriDate(from: start) { return end }
      if number.isYearLike {
        if let end = scanDate(from: start) { return end }
        emit(.year, number.value.key, start..<after + 1, spelled: number.isSpelled)
        return after + 1
      }
      // "9015年": four digits before 年 name a year, even one no calendar has; no term lasts 1,000
      // years.
      if !number.isSpelled, number.digitCount == 4 {
        emit(.year, number.value.key, start..<after + 1, spelled: false)
        return after + 1
      }
      let end = text.has("年期", at: after) ? after + 2 : after + 1
      emit(.duration, number.value.key, start..<end, spelled: number.isSpelled)
      return end
    }
    if text[after] == "月" || text[after] == "日" || text[after] == "号", !isOrdinal {
      return scanDate(from: start)
    }
    return nil
  }

  /// "回历1437年8月10日" is "10 Shaaban A.H. 1437": the English names the month, so the year and
  /// the day are the facts to compare.
  private mutating func scanHijriDate(from start: Int) -> Int? {
    let count = facts.count
    guard let end = scanDate(from: start), facts.count == count + 1, facts[count].kind == .date
    else { return nil }
    let date = facts.removeLast()
    let parts = date.value.split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let day = Int(parts[2]) else {
      facts.append(date)
      return end
    }
    facts.append(Fact(kind: .number, value: String(year), text: date.text, offset: date.offset))
    facts.append(Fact(kind: .number, value: String(day), text: date.text, offset: date.offset))
    return end
  }

  /// "20世纪90年代" is the 1990s; "21世纪" a century.
  private mutating func scanCentury(
    _ number: ChineseNumber, at after: Int, factStart: Int, isOrdinal: Bool
  ) -> Int {
    if let decade = self.number(at: after + 2), text.has("年代", at: decade.range.upperBound),
      let century = number.integer, let years = decade.integer, years < 100
    {
      let end = decade.range.upperBound + 2
      emit(.decade, "\((century - 1) * 100 + years)s", factStart..<end, spelled: number.isSpelled)
      return end
    }
    emit(
      isOrdinal ? .ordinal : .number, number.value.key, factStart..<after + 2,
      spelled: number.isSpelled)
    return after + 2
  }

  /// A number with what it measures: "30%", "3倍", "三分之二", "上午11时".
  private mutating func scanMeasure(_ number: ChineseNumber, at after: Int) -> Int? {
    let start = number.range.lowerBound
    if let scalar = text[after], scalar == "%" || scalar == "％" {
      emit(.percentage, number.value.key, start..<after + 1, spelled: number.isSpelled)
      return after + 1
    }
    if text[after] == "倍" {
      emit(.multiplier, number.value.key, start..<after + 1, spelled: number.isSpelled)
      return after + 1
    }
    if text.has("分之", at: after), let numerator = self.number(at: after + 2) {
      let end = numerator.range.upperBound
      emit(
        .fraction, "\(numerator.value.key)/\(number.value.key)", start..<end,
        spelled: number.isSpelled)
      return end
    }
    return scanTime(number, at: after)
  }

  /// An ordinal, a figure, or numerals that count something ("五场", "附件三", "一百万").
  private mutating func emitQuantity(
    _ number: ChineseNumber, at after: Int, factStart: Int, isOrdinal: Bool
  ) -> Int {
    let (start, end) = (number.range.lowerBound, number.range.upperBound)
    if isOrdinal {
      // "第四委员会" is the Fourth Committee, which the English may call "the Committee": the
      // number of a body's name is elidable, compared only against another number.
      emit(
        .ordinal, number.value.key, factStart..<end, spelled: number.isSpelled,
        elidable: text.has("委员会", at: end) ? true : nil)
      return end
    }
    if isContinuingOrdinals(number) {
      emit(.ordinal, number.value.key, start..<end, spelled: number.isSpelled)
      return end
    }
    if !number.isSpelled {
      // "1架飞机": the Chinese counts what the English introduces with "an".
      let isArticle = number.integer == 1 && hasClassifier(at: after)
      emit(
        number.isYearLike && number.digitCount == 4 ? .year : .number, number.value.key,
        start..<end, spelled: false,
        elidable: isFootnoteMarker(number) || isArticle ? true : nil)
      return end
    }
    // Numerals with 百, 千, 万 or 亿 inside ("一百万") are amounts wherever they stand.
    let isLargeAmount = text.text(number.range).contains { "百千万亿".contains($0) }
    // "六(3)名": a figure in brackets after the numeral, which does not repeat it.
    let hasFigure = (text[end] == "(" || text[end] == "（") && text[end + 1]?.isDigit == true
    let isPointedAt =
      (2...10).contains(number.integer ?? 0) && text[after]?.isHan == true
      && isAfterPointingWord(start)
    // "第一条(三)项" is "article I(c)": an item numbered in brackets, which the English letters;
    // elidable, as the English may cite the article alone.
    if let open = text[start - 1], open == "(" || open == "（", let close = text[end],
      close == ")" || close == "）", let unit = text[end + 1], unit == "项" || unit == "款"
    {
      emit(.number, number.value.key, start..<end, spelled: true, elidable: true)
      return end
    }
    // "第8款之三" is "paragraph 8 ter": the number of a paragraph inserted after paragraph 8.
    if text[start - 1] == "之", let unit = text[start - 2], "条款段项".unicodeScalars.contains(unit) {
      emit(.number, number.value.key, start - 1..<end, spelled: true, elidable: false)
      return end
    }
    if ChineseNumberWords.numberedConferences.contains(where: {
      text.has($0, at: start - $0.unicodeScalars.count)
    }) {
      emit(.number, number.value.key, start..<end, spelled: true, elidable: true)
      return end
    }
    // "放之四海而皆准", "四平八稳": a numeral in a set phrase states no amount.
    if !hasClassifier(at: after), isBareCount(number) || isLargeAmount, isInSetPhrase(number) {
      return end
    }
    if hasClassifier(at: after) || hasReferencePrefix(before: start) || isLargeAmount || hasFigure
      || isPointedAt
    {
      // "一(3)名": a numeral its own figure contradicts states a count, whatever its value.
      emit(
        .number, number.value.key, start..<end, spelled: true,
        elidable: hasFigure
          ? false
          : countedNames(number).map { $0 == number.integer }
            ?? (isCountFromContext(number) || isPronounCount(number) ? true : nil))
    } else if isBareCount(number) {
      emit(.number, number.value.key, start..<end, spelled: true, elidable: false)
    }
    return end
  }

  /// "两族、两区" (bicommunal, bizonal), "两委员会" (both Commissions), "一帮匪徒": a numeral from
  /// 二 to 九 right before a word it counts without a measure word. Ordinary words hold 一, 两
  /// and 十 (一生, 两性, 十分), seldom another numeral alone (三角 is an idiom), so one of these
  /// states a count the other version must have: "混为六谈" or "九区" is a changed number.
  private func isBareCount(_ number: ChineseNumber) -> Bool {
    let (start, end) = (number.range.lowerBound, number.range.upperBound)
    // "九成" is 90 per cent, which the English writes as a percentage: not read.
    guard end == start + 1, let scalar = text[start], Self.bareCountNumerals.contains(scalar),
      let next = text[end], next.isHan, next != "成"
    else { return false }
    return !ChineseNumberWords.wordsWithNumerals.contains { word in
      word.unicodeScalars.enumerated().contains { offset, letter in
        letter == scalar && text.has(word, at: start - offset)
      }
    }
  }

  /// Whether the numeral stands in a set phrase that states no amount: a headword of the lexicon,
  /// three scalars or more, whose English glosses carry no number (放之四海而皆准 "universally
  /// applicable", 四平八稳 "steady", 韦编三绝 "to study diligently"). A numeral changed in one
  /// (四平五稳) leaves the headword and is a count again; numerals merely paired around a word
  /// (说一千道一万) are not taken for a phrase, since a changed one (说八千道一万) would pair too.
  private func isInSetPhrase(_ number: ChineseNumber) -> Bool {
    NumberlessWords.bundled?.holdsNoNumber(number.range, in: text) == true
  }

  /// "二者" is 两者, "both" or "the two", which the English may say with the names instead:
  /// elidable as 两 is. (三者 and more stay counts: the English says "all three" or nothing, and
  /// a changed 四者 must still be seen.)
  private func isPronounCount(_ number: ChineseNumber) -> Bool {
    let end = number.range.upperBound
    return text[end] == "者" && end == number.range.lowerBound + 1 && number.integer == 2
  }

  /// The numerals that count on their own before a word (not 一, 两 or 十, which words hold).
  static let bareCountNumerals: Set<Unicode.Scalar> = ["二", "三", "四", "五", "六", "七", "八", "九"]

  /// "这二家银行", "四国领导人": a small count the Chinese states of things the context has named
  /// or points back to, where the English says "the banks", "the leaders". After a pointing word
  /// only two: a definite plural stands for "both" ("the publications" = 这两个出版物), while
  /// three or more the English states ("these four lines of action" = 这四个行动), so 这八个 against
  /// "the publications" is a changed count. Countries up to four ("the leaders" of the four
  /// countries of a format named before, 四国领导人).
  private func isCountFromContext(_ number: ChineseNumber) -> Bool {
    guard let value = number.integer else { return false }
    let (start, end) = (number.range.lowerBound, number.range.upperBound)
    if isAfterPointingWord(start) { return value == 2 }
    return (2...4).contains(value) && text[end] == "国" && text[end + 1]?.isHan == true
  }

  /// How many names a list just before a count of 2 or more gives ("巴塞尔、鹿特丹和斯德哥尔摩三项
  /// 公约" gives 3), or nil when no list stands there: a count of listed names is the list's
  /// length, so the count is elidable when it agrees and a fact when it does not. (一 is left
  /// out: "区域一级和国家一级" has it in words.) Names are short and the last has no verb or
  /// particle; 、 parts them, and 和 or 及 (not 以及, which joins clauses) the last two.
  private func countedNames(_ number: ChineseNumber) -> Int? {
    guard let value = number.integer, value >= 2 else { return nil }
    let start = number.range.lowerBound
    var names = 1
    var nameStart = start
    var hasJoiner = false
    var position = start - 1
    while let scalar = text[position], scalar.isHan || scalar == "、",
      names > 1 || !ChineseNumberWords.clauseWords.contains(scalar)
    {
      if nameStart - position > 8 { break }
      let isJoiner =
        !hasJoiner && names == 1
        && (scalar == "和" || scalar == "及" && text[position - 1] != "以")
      if scalar == "、" || isJoiner {
        // A part with no name ends the list.
        guard position < nameStart - 1 else { break }
        names += 1
        hasJoiner = hasJoiner || isJoiner
        nameStart = position
      }
      position -= 1
    }
    return names > 1 ? names : nil
  }

  /// "第十二、十四和十七条": a list after 第 numbers every item, though 第 is printed once.
  private func isContinuingOrdinals(_ number: ChineseNumber) -> Bool {
    let start = number.range.lowerBound
    guard let mark = text[start - 1], mark == "、" || mark == "和" || mark == "及" || mark == "至",
      let last = facts.last, last.kind == .ordinal, last.text.hasPrefix("第"),
      last.offset + last.text.unicodeScalars.count == start - 1
    else { return false }
    return true
  }

  /// Whether a word pointing back ("这", "该", "上述") stands just before `start`.
  private func isAfterPointingWord(_ start: Int) -> Bool {
    ChineseNumberWords.pointingWords.contains { text.has($0, at: start - $0.unicodeScalars.count) }
  }

  /// A footnote marker the reader left in the text: "报告3第27段", "；4", "、1 直布罗陀": a short
  /// number glued to a word or a mark, with nothing after it that it could count.
  private func isFootnoteMarker(_ number: ChineseNumber) -> Bool {
    // Footnotes are numbered from 1; "次级方案4的名称" is subprogramme 4, not a call.
    guard number.digitCount <= 3, number.value.isWhole, number.integer != 0,
      let previous = text[number.range.lowerBound - 1],
      !ChineseNumberWords.numberedNouns.contains(where: {
        text.has($0, at: number.range.lowerBound - $0.unicodeScalars.count)
      })
    else {
      return false
    }
    let next = text[number.range.upperBound]
    let nextIsWord =
      next.map {
        $0.isHan && !hasClassifier(at: number.range.upperBound)
          && !"年月日号".unicodeScalars.contains($0)
      }
      ?? false
    if "；。，、”\"".unicodeScalars.contains(previous) {
      return next == nil || next?.isSpace == true || nextIsWord
    }
    return previous.isHan && previous != "第" && nextIsWord
  }

  /// The end of a run of numerals that is not a number ("一些", "统一").
  private func endOfRun(at index: Int) -> Int {
    var end = index
    while let scalar = text[end],
      scalar.isDigit || ChineseNumeral.isNumeralCharacter(Character(scalar))
    { end += 1 }
    return max(end, index + 1)
  }

  /// Whether a measure word or unit follows, possibly after 多/余 ("三十多个").
  private func hasClassifier(at index: Int) -> Bool {
    var position = index
    if let scalar = text[position], scalar == "多" || scalar == "余" { position += 1 }
    guard let scalar = text[position] else { return false }
    if ChineseNumberWords.classifiers.contains(Character(scalar)) { return true }
    return ChineseNumberWords.unitWords.contains { text.has($0, at: position) }
  }

  private func hasReferencePrefix(before index: Int) -> Bool {
    ChineseNumberWords.referencePrefixes.contains {
      text.has($0, at: index - $0.unicodeScalars.count)
    }
  }

  /// "62/217" and "2014/15".
  private mutating func scanSlash(_ number: ChineseNumber, at index: Int) -> Int? {
    guard text[index] == "/", index == number.range.upperBound,
      let second = self.number(at: index + 1),
      !second.isSpelled, let first = number.integer, let secondValue = second.integer
    else { return nil }
    if first < secondValue, secondValue <= 12 {
      emit(
        .fraction, "\(first)/\(secondValue)", number.range.lowerBound..<second.range.upperBound,
        spelled: false)
      return second.range.upperBound
    }
    if number.isYearLike,
      let end = EnglishFactScanner.rangeEnd(from: first, to: secondValue, digits: second.digitCount)
    {
      let stop =
        text[second.range.upperBound] == "年" ? second.range.upperBound + 1 : second.range.upperBound
      emit(.yearRange, "\(first)..\(end)", number.range.lowerBound..<stop, spelled: false)
      return stop
    }
    emit(
      .resolution, "\(first)/\(secondValue)", number.range.lowerBound..<second.range.upperBound,
      spelled: false)
    return second.range.upperBound
  }

  /// "第2127(2013)号决议".
  private mutating func scanResolution(_ number: ChineseNumber, at index: Int, factStart: Int)
    -> Int?
  {
    guard let open = text[index], open == "(" || open == "（", let year = self.number(at: index + 1),
      year.isYearLike, !year.isSpelled, let close = text[year.range.upperBound],
      close == ")" || close == "）",
      let value = number.integer, !number.isSpelled
    else { return nil }
    let end = year.range.upperBound + 1
    emit(.resolution, "\(value)(\(year.value.key))", factStart..<end, spelled: false)
    return end
  }

  /// "2025-2027年", "2025至2027年", "2014-2015两年期".
  private mutating func scanYearRange(_ number: ChineseNumber, at index: Int) -> Int? {
    guard number.isYearLike, let mark = text[index],
      mark.isDash || ChineseNumberWords.rangeMarks.contains(mark),
      let second = self.number(at: text.skippingSpaces(from: index + 1)),
      second.isSpelled == number.isSpelled,
      let first = number.integer, let secondValue = second.integer,
      let last = EnglishFactScanner.rangeEnd(
        from: first, to: secondValue, digits: second.digitCount)
    else { return nil }
    let afterSecond = text.skippingSpaces(from: second.range.upperBound)
    let hasYearMark = text[afterSecond] == "年" && !text.has("年代", at: afterSecond)
    let end = hasYearMark ? afterSecond + 1 : second.range.upperBound
    emit(.yearRange, "\(first)..\(last)", number.range.lowerBound..<end, spelled: number.isSpelled)
    return end
  }

  /// "上午11时", "下午12时40分", "10时23分".
  private mutating func scanTime(_ number: ChineseNumber, at index: Int) -> Int? {
    guard let hour = number.integer, hour <= 24, number.value.isWhole else { return nil }
    let dayPart = ChineseNumberWords.dayParts.first {
      text.has($0, at: number.range.lowerBound - 2)
    }
    let start = dayPart == nil ? number.range.lowerBound : number.range.lowerBound - 2
    guard text[index] == "时" || text[index] == "点" && dayPart != nil else { return nil }
    // 时期, 时间, 时候: a period, not a clock time ("下午6时期间" is one).
    if dayPart == nil, let next = text[index + 1], "期间候代限段刻".unicodeScalars.contains(next),
      !text.has("期间", at: index + 1)
    {
      return nil
    }
    let isAfternoon = dayPart.map { ["下午", "晚上", "傍晚"].contains($0) } ?? false
    let hour24 = isAfternoon && hour < 12 ? hour + 12 : hour
    if number.isSpelled && dayPart == nil { return nil }
    var end = index + 1
    var minutes = 0
    let minuteStart = text.skippingSpaces(from: end)
    if let minute = self.number(at: minuteStart), let value = minute.integer, value < 60,
      text[text.skippingSpaces(from: minute.range.upperBound)] == "分"
    {
      minutes = value
      end = text.skippingSpaces(from: minute.range.upperBound) + 1
    } else if text[end] == "分" {
      end += 1  // "11时分": an empty minute field.
    }
    emit(
      .time, "\(hour24):\(minutes < 10 ? "0" : "")\(minutes)", start..<end,
      spelled: number.isSpelled)
    return end
  }
}
