import Foundation

/// TMX dates: `YYYYMMDDThhmmssZ` in UTC, the only form every TMX reader accepts.
enum TMXDate {
  static func string(from date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    func two(_ value: Int?) -> String { NumberFormatting.padded(value ?? 0, width: 2) }
    return NumberFormatting.padded(parts.year ?? 1970, width: 4) + two(parts.month) + two(parts.day)
      + "T" + two(parts.hour) + two(parts.minute) + two(parts.second) + "Z"
  }
}
