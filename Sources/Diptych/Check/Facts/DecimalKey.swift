/// An exact decimal number kept as digits, so "2.5 million" and "250万" normalize to the same key
/// without floating-point rounding.
struct DecimalKey: Sendable, Hashable {
  /// The digits, without a decimal point.
  private(set) var digits: [UInt8]
  /// How many of `digits` are before the decimal point.
  private(set) var pointIndex: Int

  /// The number `integer.fraction`, each given as ASCII digits.
  init(integer: some Sequence<UInt8>, fraction: some Sequence<UInt8> = [UInt8]()) {
    let integerDigits = Array(integer)
    digits = integerDigits + Array(fraction)
    pointIndex = integerDigits.count
  }

  /// The number `value`.
  init(_ value: Int) {
    self.init(integer: String(value).utf8.map { $0 - 48 })
  }

  /// The number multiplied by 10^`exponent` (exponent ≥ 0).
  func scaled(byPowerOfTen exponent: Int) -> DecimalKey {
    var copy = self
    copy.pointIndex += exponent
    if copy.pointIndex > copy.digits.count {
      copy.digits += Array(repeating: 0, count: copy.pointIndex - copy.digits.count)
    }
    return copy
  }

  /// The number multiplied by a small integer (a Chinese unit such as 千 applied to "3.5").
  func multiplied(by factor: Int) -> DecimalKey {
    var exponent = 0
    var rest = factor
    while rest > 1, rest % 10 == 0 {
      rest /= 10
      exponent += 1
    }
    guard rest > 1 else { return scaled(byPowerOfTen: exponent) }
    // Schoolbook multiplication of the digit string by the remaining small factor.
    var result: [UInt8] = []
    var carry = 0
    for digit in digits.reversed() {
      let product = Int(digit) * rest + carry
      result.append(UInt8(product % 10))
      carry = product / 10
    }
    var extra = 0
    while carry > 0 {
      result.append(UInt8(carry % 10))
      carry /= 10
      extra += 1
    }
    var copy = self
    copy.digits = result.reversed()
    copy.pointIndex += extra
    return copy.scaled(byPowerOfTen: exponent)
  }

  /// The integer value, when the number is a whole number small enough for `Int`.
  var integerValue: Int? {
    guard isWhole, pointIndex <= 18 else { return nil }
    return digits.prefix(pointIndex).reduce(0) { $0 * 10 + Int($1) }
  }

  /// Whether the number has no fractional part.
  var isWhole: Bool { digits.dropFirst(pointIndex).allSatisfy { $0 == 0 } }

  /// The canonical decimal form: "2500000", "0.3", "4.5".
  var key: String {
    var integerPart = Array(digits.prefix(pointIndex))
    var fractionPart = Array(digits.dropFirst(pointIndex))
    while integerPart.count > 1, integerPart.first == 0 { integerPart.removeFirst() }
    if integerPart.isEmpty { integerPart = [0] }
    while fractionPart.last == 0 { fractionPart.removeLast() }
    let integerText = String(decoding: integerPart.map { $0 + 48 }, as: UTF8.self)
    guard !fractionPart.isEmpty else { return integerText }
    return integerText + "." + String(decoding: fractionPart.map { $0 + 48 }, as: UTF8.self)
  }
}
