/// The normalized key of a date as precise as printed: "2025-03-01", "2025-03", "--03-01", "--09".
enum DateKey {
  static func key(year: Int?, month: Int, day: Int?) -> String {
    let yearPart = year.map { String($0) } ?? "-"
    let monthPart = month < 10 ? "0\(month)" : "\(month)"
    guard let day else { return "\(yearPart)-\(monthPart)" }
    return "\(yearPart)-\(monthPart)-\(day < 10 ? "0\(day)" : "\(day)")"
  }
}

/// One date of a list or range being read ("5 to 16 February 2024" has two).
struct PartialDate {
  var day: Int?
  var month: Int?
  var year: Int?
  /// Whether it ends a range begun by the previous date ("to", "-", "至").
  var endsRange: Bool
  /// The scalar offset where it is printed.
  var offset: Int

  var key: String? { month.map { DateKey.key(year: year, month: $0, day: day) } }
}

extension Array where Element == PartialDate {
  /// The facts of dates read together: a range when two dates are joined by "to", else each date.
  func facts(text: String) -> [Fact] {
    let keys = compactMap(\.key)
    guard keys.count == count, let first else { return [] }
    if count == 2, self[1].endsRange {
      return [
        Fact(kind: .dateRange, value: "\(keys[0])..\(keys[1])", text: text, offset: first.offset)
      ]
    }
    return zip(self, keys).map { Fact(kind: .date, value: $1, text: text, offset: $0.offset) }
  }

  /// Gives every date the month and year printed once for the group ("5 and 6 March 2015").
  mutating func fillBackward(month: Int?, year: Int?) {
    for index in indices.reversed() {
      if let month, self[index].month == nil { self[index].month = month }
      if let year, self[index].year == nil { self[index].year = year }
    }
  }

  /// Gives later dates the month and year of the first ("2015年3月5日至16日").
  mutating func fillForward() {
    for index in indices.dropFirst() {
      if self[index].month == nil { self[index].month = self[index - 1].month }
      if self[index].year == nil { self[index].year = self[index - 1].year }
    }
  }
}
