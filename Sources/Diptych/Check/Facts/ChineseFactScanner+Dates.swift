extension ChineseFactScanner {
  /// One group of a Chinese date: "2025年3月1日", "3月", "16日".
  private struct DateGroup {
    var year: Int?
    var month: Int?
    var day: Int?
    var end: Int
  }

  /// "2025年3月1日", "2024年2月5日至16日", "3月1日和2日", "2015年1月至3月"; nil when only a year.
  mutating func scanDate(from start: Int) -> Int? {
    guard let first = dateGroup(at: start), first.month != nil else { return nil }
    var dates = [
      PartialDate(
        day: first.day, month: first.month, year: first.year, endsRange: false, offset: start)
    ]
    var end = first.end
    while let mark = text[text.skippingSpaces(from: end)] {
      let markIndex = text.skippingSpaces(from: end)
      let isRange = mark.isDash || ChineseNumberWords.rangeMarks.contains(mark)
      guard isRange || ChineseNumberWords.listMarks.contains(mark) else { break }
      let next = text.skippingSpaces(from: markIndex + 1)
      guard let group = dateGroup(at: next), group.month != nil || group.day != nil,
        // A later group must be as precise as the first: "3月1日至16日", not "3月1日和2015年".
        (group.day != nil) == (dates[0].day != nil)
      else { break }
      dates.append(
        PartialDate(
          day: group.day, month: group.month, year: group.year, endsRange: isRange, offset: next))
      end = group.end
    }
    dates.fillForward()
    facts += dates.facts(text: text.text(start..<end))
    return end
  }

  private func dateGroup(at start: Int) -> DateGroup? {
    var group = DateGroup(end: start)
    var position = start
    var stage = 0  // 0: year allowed, 1: month allowed, 2: day allowed
    while stage < 3, let number = number(at: text.skippingSpaces(from: position)),
      let value = number.integer
    {
      let unitIndex = text.skippingSpaces(from: number.range.upperBound)
      guard var unit = text[unitIndex] else { break }
      // "24和25日", "13 - 17日", "7-8月": the unit is printed once, after the last of the list.
      if Self.isDateLink(unit), let (sharedUnit, _) = sharedUnit(after: unitIndex) {
        unit = sharedUnit
        if unit == "日" && (stage == 2 || stage == 0 && position == start)
          || unit == "月" && stage <= 1
        {
          if unit == "日" { group.day = value } else { group.month = value }
          group.end = number.range.upperBound
          return (1...(unit == "日" ? 31 : 12)).contains(value) ? group : nil
        }
        break
      }
      if unit == "年", stage == 0, number.isYearLike, !text.has("年代", at: unitIndex) {
        group.year = value
        stage = 1
      } else if unit == "月", stage <= 1, (1...12).contains(value) {
        group.month = value
        stage = 2
      } else if unit == "日" || unit == "号", (1...31).contains(value),
        stage == 2 || stage == 0 && position == start
      {
        group.day = value
        stage = 3
      } else {
        break
      }
      position = unitIndex + 1
      group.end = position
      if text[position] == "份" && group.day == nil && group.month != nil {
        position += 1
        group.end = position
      }
    }
    return group.end > start ? group : nil
  }

  private static func isDateLink(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isDash || ChineseNumberWords.rangeMarks.contains(scalar)
      || ChineseNumberWords.listMarks.contains(scalar)
  }

  /// The unit (日 or 月) printed once after the last number of a list ("3、4、10和11日").
  private func sharedUnit(after link: Int) -> (Unicode.Scalar, Int)? {
    var link = link
    while let next = number(at: text.skippingSpaces(from: link + 1)) {
      let unitIndex = text.skippingSpaces(from: next.range.upperBound)
      guard let unit = text[unitIndex] else { return nil }
      if unit == "日" || unit == "月" || unit == "号" { return (unit == "号" ? "日" : unit, unitIndex) }
      guard Self.isDateLink(unit) else { return nil }
      link = unitIndex
    }
    return nil
  }
}
