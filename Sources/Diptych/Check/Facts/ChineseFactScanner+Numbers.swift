extension ChineseFactScanner {
  /// Facts starting at the digit or numeral at `index`; returns the index after them.
  mutating func scanNumberFact(at index: Int) -> Int {
    guard var number = number(at: index) else { return endOfRun(at: index) }
    let start = index
    // "三(3)名": the figure repeats the numeral.
    if number.isSpelled, let open = text[number.range.upperBound], open == "(" || open == "（",
      let figure = self.number(at: number.range.upperBound + 1), figure.value == number.value,
      let close = text[figure.range.upperBound], close == ")" || close == "）"
    {
      number.range = number.range.lowerBound..<figure.range.upperBound + 1
      number.isSpelled = false
    } else if number.isSpelled, let figure = text[number.range.upperBound], (0x2474...0x2487).contains(figure.value),
      number.integer == Int(figure.value) - 0x2473
    {
      // "两⑵名": the same with a parenthesized-number character.
      number.range = number.range.lowerBound..<number.range.upperBound + 1
      number.isSpelled = false
    }
    var end = number.range.upperBound
    let after = text.skippingSpaces(from: end)
    // "铀-235", "全球环境展望-5": a name with a number.
    if let dash = text[start - 1], dash.isDash, let before = text[start - 2], before.isHan || before.isLatinLetter {
      return end
    }
    if let previous = text[start - 1], previous == "数" || previous == "几" || text[end] == "几" { return end }
    if text.has("数以", at: start - 2) { return end }
    if number.isSpelled, text[start - 1] == "周" || text.has("星期", at: start - 2) { return end }
    for suffix in ChineseNumberWords.nameSuffixes where text.has(suffix, at: after) { return end }
    let ordinalStart = text.skippingSpacesBackward(from: start - 1)
    let isOrdinal = text[ordinalStart] == "第"
    let factStart = isOrdinal ? ordinalStart : start

    if !number.isSpelled, let end = scanSlash(number, at: after) { return end }
    if let end = scanResolution(number, at: after, factStart: factStart) { return end }
    if let end = scanYearRange(number, at: after) { return end }
    if text.has("年代", at: after), number.isYearLike {
      emit(.decade, "\(number.value.key)s", start..<after + 2, spelled: number.isSpelled)
      return after + 2
    }
    if text.has("世纪", at: after) {
      // "20世纪90年代" is the 1990s.
      if let decade = self.number(at: after + 2), text.has("年代", at: decade.range.upperBound),
        let century = number.integer, let years = decade.integer, years < 100
      {
        let end = decade.range.upperBound + 2
        emit(.decade, "\((century - 1) * 100 + years)s", factStart..<end, spelled: number.isSpelled)
        return end
      }
      emit(isOrdinal ? .ordinal : .number, number.value.key, factStart..<after + 2, spelled: number.isSpelled)
      return after + 2
    }
    if text[after] == "年" {
      if isOrdinal {
        emit(.relativeYear, number.value.key, factStart..<after + 1, spelled: number.isSpelled)
        return after + 1
      }
      if number.isYearLike {
        if let end = scanDate(from: start) { return end }
        emit(.year, number.value.key, start..<after + 1, spelled: number.isSpelled)
        return after + 1
      }
      end = text.has("年期", at: after) ? after + 2 : after + 1
      emit(.duration, number.value.key, start..<end, spelled: number.isSpelled)
      return end
    }
    if text[after] == "月" || text[after] == "日" || text[after] == "号", !isOrdinal, let end = scanDate(from: start) {
      return end
    }
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
      emit(.fraction, "\(numerator.value.key)/\(number.value.key)", start..<end, spelled: number.isSpelled)
      return end
    }
    if let end = scanTime(number, at: after) { return end }
    if isOrdinal {
      emit(.ordinal, number.value.key, factStart..<end, spelled: number.isSpelled)
      return end
    }
    if !number.isSpelled {
      emit(
        number.isYearLike && number.digitCount == 4 ? .year : .number, number.value.key, start..<end, spelled: false,
        elidable: isFootnoteMarker(number) ? true : nil)
      return end
    }
    // Numerals with 百, 千, 万 or 亿 inside ("一百万") are amounts wherever they stand.
    let isLargeAmount = text.text(number.range).contains { "百千万亿".contains($0) }
    if hasClassifier(at: after) || hasReferencePrefix(before: start) || isLargeAmount {
      emit(.number, number.value.key, start..<end, spelled: true)
    }
    return end
  }

  /// A footnote marker the reader left in the text: "报告3第27段", "；4", "、1 直布罗陀": a short
  /// number glued to a word or a mark, with nothing after it that it could count.
  private func isFootnoteMarker(_ number: ChineseNumber) -> Bool {
    guard number.digitCount <= 3, number.value.isWhole, let previous = text[number.range.lowerBound - 1] else {
      return false
    }
    let next = text[number.range.upperBound]
    let nextIsWord = next.map { $0.isHan && !hasClassifier(at: number.range.upperBound) } ?? false
    if "；。，、”\"".unicodeScalars.contains(previous) { return next == nil || next?.isSpace == true || nextIsWord }
    return previous.isHan && previous != "第" && nextIsWord
  }

  /// The end of a run of numerals that is not a number ("一些", "统一").
  private func endOfRun(at index: Int) -> Int {
    var end = index
    while let scalar = text[end], scalar.isDigit || ChineseNumeral.isNumeralCharacter(Character(scalar)) { end += 1 }
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
    ChineseNumberWords.referencePrefixes.contains { text.has($0, at: index - $0.unicodeScalars.count) }
  }

  /// "62/217" and "2014/15".
  private mutating func scanSlash(_ number: ChineseNumber, at index: Int) -> Int? {
    guard text[index] == "/", index == number.range.upperBound, let second = self.number(at: index + 1),
      !second.isSpelled, let first = number.integer, let secondValue = second.integer
    else { return nil }
    if first < secondValue, secondValue <= 12 {
      emit(.fraction, "\(first)/\(secondValue)", number.range.lowerBound..<second.range.upperBound, spelled: false)
      return second.range.upperBound
    }
    if number.isYearLike,
      let end = EnglishFactScanner.rangeEnd(from: first, to: secondValue, digits: second.digitCount)
    {
      let stop = text[second.range.upperBound] == "年" ? second.range.upperBound + 1 : second.range.upperBound
      emit(.yearRange, "\(first)..\(end)", number.range.lowerBound..<stop, spelled: false)
      return stop
    }
    emit(.resolution, "\(first)/\(secondValue)", number.range.lowerBound..<second.range.upperBound, spelled: false)
    return second.range.upperBound
  }

  /// "第2127(2013)号决议".
  private mutating func scanResolution(_ number: ChineseNumber, at index: Int, factStart: Int) -> Int? {
    guard let open = text[index], open == "(" || open == "（", let year = self.number(at: index + 1),
      year.isYearLike, !year.isSpelled, let close = text[year.range.upperBound], close == ")" || close == "）",
      let value = number.integer, !number.isSpelled
    else { return nil }
    let end = year.range.upperBound + 1
    emit(.resolution, "\(value)(\(year.value.key))", factStart..<end, spelled: false)
    return end
  }

  /// "2025-2027年", "2025至2027年", "2014-2015两年期".
  private mutating func scanYearRange(_ number: ChineseNumber, at index: Int) -> Int? {
    guard number.isYearLike, let mark = text[index], mark.isDash || ChineseNumberWords.rangeMarks.contains(mark),
      let second = self.number(at: text.skippingSpaces(from: index + 1)), second.isSpelled == number.isSpelled,
      let first = number.integer, let secondValue = second.integer,
      let last = EnglishFactScanner.rangeEnd(from: first, to: secondValue, digits: second.digitCount)
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
    let dayPart = ChineseNumberWords.dayParts.first { text.has($0, at: number.range.lowerBound - 2) }
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
    emit(.time, "\(hour24):\(minutes < 10 ? "0" : "")\(minutes)", start..<end, spelled: number.isSpelled)
    return end
  }
}
