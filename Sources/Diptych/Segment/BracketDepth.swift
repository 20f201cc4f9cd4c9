/// How many round or square brackets are open at a point of the text.
struct BracketDepth {
  private static let opening: ScalarSet = [
    "(", "[", "\u{FF08}", "\u{3010}", "\u{3014}", "\u{FF3B}",
  ]
  private static let closing: ScalarSet = [
    ")", "]", "\u{FF09}", "\u{3011}", "\u{3015}", "\u{FF3D}",
  ]
  private var depth = 0

  /// Whether no bracket is open.
  var isOutside: Bool { depth == 0 }

  /// Notes a scalar of the text, in order; a stray closing bracket is ignored.
  mutating func see(_ scalar: Unicode.Scalar) {
    if Self.opening.contains(scalar) {
      depth += 1
    } else if Self.closing.contains(scalar) {
      depth = max(0, depth - 1)
    }
  }
}
