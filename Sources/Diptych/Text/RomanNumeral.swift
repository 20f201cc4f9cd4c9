/// Roman numerals, as used for headings (II.) and references (article IX).
package enum RomanNumeral {
  private static let values: [Character: Int] = [
    "I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000,
  ]

  /// The value of a well-formed roman numeral in either case ("XIV" → 14, "iv" → 4), or nil.
  public static func value(of text: some StringProtocol) -> Int? {
    let upper = text.uppercased()
    guard !upper.isEmpty, upper.count <= 15 else { return nil }
    var total = 0
    var previous = 0
    for character in upper.reversed() {
      guard let value = values[character] else { return nil }
      if value < previous {
        total -= value
      } else {
        total += value
        previous = value
      }
    }
    // Reject malformed numerals ("IIII", "VX") by writing the value back.
    return numeral(for: total) == upper ? total : nil
  }

  /// The canonical upper-case numeral for 1…3999.
  public static func numeral(for value: Int) -> String? {
    guard (1...3999).contains(value) else { return nil }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (amount, symbol) in table {
      while rest >= amount {
        result += symbol
        rest -= amount
      }
    }
    return result
  }
}
