/// A number written in digits, as found by ``DigitNumberScanner``.
struct DigitNumber {
  /// The scalar range of the number.
  var range: Range<Int>
  /// The digits before the decimal point, without group separators.
  var integerDigits: [UInt8]
  /// The digits after the decimal point, as printed ("12.40" keeps "40").
  var fractionDigits: [UInt8]
  /// Whether thousands were grouped with commas or spaces ("100,000", "100 000").
  var isGrouped: Bool
  /// A dotted section number such as "1.2.3", which is a label rather than a quantity.
  var isSectionNumber: Bool

  var decimal: DecimalKey { DecimalKey(integer: integerDigits, fraction: fractionDigits) }

  /// The value when the number is a plain integer without separators or decimals.
  var plainInteger: Int? {
    guard !isGrouped, fractionDigits.isEmpty, !isSectionNumber, integerDigits.count <= 9 else {
      return nil
    }
    return integerDigits.reduce(0) { $0 * 10 + Int($1) }
  }

  /// Whether the number reads as a calendar year (four digits, 1800–2199).
  var isYearLike: Bool {
    guard integerDigits.count == 4, let value = plainInteger else { return false }
    return (1800...2199).contains(value)
  }
}

/// Scans digit runs with their thousands separators and decimals, in either language.
enum DigitNumberScanner {
  /// The number that starts at `start` (which must be a digit).
  static func scan(_ text: ScalarText, at start: Int) -> DigitNumber {
    var index = start
    var integer: [UInt8] = []
    while let digit = text[index]?.digitValue {
      integer.append(digit)
      index += 1
    }
    var grouped = false
    if integer.count <= 3 {
      // Thousands groups: exactly three digits after each comma or space, as UN style prints them.
      while let separator = text[index], separator == "," || separator.isSpace,
        let group = threeDigitGroup(text, at: index + 1)
      {
        integer += group
        index += 4
        grouped = true
      }
    }
    var fraction: [UInt8] = []
    var section = false
    if text[index] == ".", text[index + 1]?.isDigit == true {
      var position = index + 1
      while let digit = text[position]?.digitValue {
        fraction.append(digit)
        position += 1
      }
      index = position
      // "1.2.3": a section number.
      while text[index] == ".", text[index + 1]?.isDigit == true {
        section = true
        index += 1
        while text[index]?.isDigit == true { index += 1 }
      }
    }
    return DigitNumber(
      range: start..<index, integerDigits: integer, fractionDigits: fraction, isGrouped: grouped,
      isSectionNumber: section)
  }

  /// Three digits at `index` not followed by a fourth digit or a decimal point and digit.
  private static func threeDigitGroup(_ text: ScalarText, at index: Int) -> [UInt8]? {
    guard let a = text[index]?.digitValue, let b = text[index + 1]?.digitValue,
      let c = text[index + 2]?.digitValue, text[index + 3]?.isDigit != true
    else { return nil }
    return [a, b, c]
  }
}
