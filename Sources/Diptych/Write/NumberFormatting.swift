/// Number formats shared by the writers, fixed so that outputs are deterministic.
enum NumberFormatting {
  /// A confidence rounded to three decimals: "0.875", "1.0".
  static func confidence(_ value: Double) -> String {
    guard value.isFinite else { return "0.0" }
    return ((value * 1000).rounded() / 1000).description
  }

  /// `number` zero-padded to `width` digits: "0007".
  static func padded(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
