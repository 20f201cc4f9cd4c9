/// How many round or square brackets are open at a point of the text.
struct BracketDepth {
  private var depth = 0

  /// Whether no bracket is open.
  var isOutside: Bool { depth == 0 }

  /// Notes a scalar of the text, in order; a stray closing bracket is ignored.
  mutating func see(_ scalar: Unicode.Scalar) {
    // Asked of every scalar of a Chinese text: a switch, not a set.
    switch scalar.value {
    case 0x28, 0x5B, 0xFF08, 0x3010, 0x3014, 0xFF3B:  // ( [ （ 【 〔 ［
      depth += 1
    case 0x29, 0x5D, 0xFF09, 0x3011, 0x3015, 0xFF3D:  // ) ] ） 】 〕 ］
      depth = max(0, depth - 1)
    default: break
    }
  }
}
