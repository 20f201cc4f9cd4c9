/// Chinese numerals: 一 … 十 百 千 万 亿, 两, 〇/零, and their financial forms.
package enum ChineseNumeral {
  /// The digits and their values.
  static let digits: [Character: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
    "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8,
    "玖": 9, "貳": 2, "參": 3, "陸": 6, "兩": 2,
  ]
  /// The small units (within a group of four digits).
  static let smallUnits: [Character: Int] = [
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000,
  ]
  /// The large units that close a group.
  static let largeUnits: [Character: Int] = [
    "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000,
  ]

  /// Whether `character` can be part of a Chinese numeral.
  public static func isNumeralCharacter(_ character: Character) -> Bool {
    digits[character] != nil || smallUnits[character] != nil || largeUnits[character] != nil
  }

  /// The scalars of the numeral characters, each a character of one scalar.
  private static let numeralScalars = ScalarSet(
    [digits.keys, smallUnits.keys, largeUnits.keys].joined().flatMap(\.unicodeScalars))

  /// Whether `scalar`, as a character of its own, can be part of a Chinese numeral.
  static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool { numeralScalars.contains(scalar) }

  /// The value of a Chinese numeral ("五十六" → 56, "二〇二一" → 2021, "两千" → 2000), or nil.
  ///
  /// A run of digits without units ("二〇二一") is read digit by digit, as years are written.
  public static func value(of text: some StringProtocol) -> Int? {
    let characters = Array(text)
    guard !characters.isEmpty, characters.allSatisfy(isNumeralCharacter) else { return nil }
    if characters.count > 1, characters.allSatisfy({ digits[$0] != nil }) {
      return characters.reduce(0) { $0 * 10 + digits[$1]! }
    }
    var total = 0  // completed large groups
    var group = 0  // the current group below 万
    var pending: Int? = nil  // a digit waiting for its unit
    for character in characters {
      if let digit = digits[character] {
        pending = digit
      } else if let unit = smallUnits[character] {
        group += (pending ?? 1) * unit
        pending = nil
      } else if let unit = largeUnits[character] {
        let value = group + (pending ?? 0)
        total = (total + (value == 0 ? 1 : value)) * unit
        group = 0
        pending = nil
      }
    }
    return total + group + (pending ?? 0)
  }
}
