extension EnglishFactScanner {
  static let rangeWords: Set<String> = ["to", "-", "until", "through", "till"]
  static let listWords: Set<String> = ["and", ",", "or"]

  /// The connector at `index` ("to", "-", "and", ","), if any.
  func connector(_ index: Int) -> String? {
    if let word = wordAt(index), Self.rangeWords.contains(word) || Self.listWords.contains(word) {
      return word
    }
    if let mark = markAt(index), mark == "-" || mark == "," { return mark }
    return nil
  }

  /// "1 March 2025", "5 to 16 February 2024", "30 November-2 December 2015", "3 December".
  mutating func scanDayFirstDate(at index: Int) -> Int? {
    guard let firstDay = dayAt(index), monthAt(index + 1) != nil || connector(index + 1) != nil
    else { return nil }
    var dates = [
      PartialDate(day: firstDay, endsRange: false, offset: tokens[index].range.lowerBound)
    ]
    var position = index + 1
    var end = index  // after the last token that completed a date
    var completed = 0  // how many dates have a month
    while position < tokens.count {
      if let month = monthAt(position) {
        position += 1
        var year: Int? = nil
        if let value = self.yearAt(position) {
          year = value
          position += 1
        } else if markAt(position) == ",", let value = self.yearAt(position + 1) {
          year = value
          position += 2
        }
        dates.fillBackward(month: month, year: nil)
        if let year { dates.fillBackward(month: nil, year: year) }
        completed = dates.count
        end = position
        if year != nil {
          // "31 December 2014 to 1 January 2015" continues after the year.
          if let link = connector(position), let nextDay = dayAt(position + 1),
            monthAt(position + 2) != nil
          {
            dates.append(
              PartialDate(
                day: nextDay, endsRange: Self.rangeWords.contains(link),
                offset: tokens[position + 1].range.lowerBound))
            position += 2
            continue
          }
          break
        }
      }
      guard let link = connector(position), let nextDay = dayAt(position + 1) else { break }
      dates.append(
        PartialDate(
          day: nextDay, endsRange: Self.rangeWords.contains(link),
          offset: tokens[position + 1].range.lowerBound))
      position += 2
    }
    guard completed > 0 else { return nil }
    dates.removeLast(dates.count - completed)
    facts += dates.facts(text: printed(index..<end))
    return end
  }

  /// "March 2015", "January to March 2015", "January 21, 2015", "in September".
  mutating func scanMonthFirstDate(at index: Int) -> Int? {
    guard let firstMonth = monthAt(index) else { return nil }
    var dates = [
      PartialDate(month: firstMonth, endsRange: false, offset: tokens[index].range.lowerBound)
    ]
    var position = index + 1
    if let value = dayAt(position), yearAt(position) == nil {
      dates[0].day = value
      position += 1
      if markAt(position) == ",", let year = yearAt(position + 1) {
        dates[0].year = year
        position += 2
      }
    } else {
      if let link = connector(position), let secondMonth = monthAt(position + 1) {
        dates.append(
          PartialDate(
            month: secondMonth, endsRange: Self.rangeWords.contains(link),
            offset: tokens[position + 1].range.lowerBound))
        position += 2
      }
      if let year = yearAt(position) {
        dates.fillBackward(month: nil, year: year)
        position += 1
      }
    }
    facts += dates.facts(text: printed(index..<position))
    return position
  }
}
