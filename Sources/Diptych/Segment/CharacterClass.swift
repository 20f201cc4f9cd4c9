/// The classes of characters that sentence splitting looks at.
enum CharacterClass {
  /// Closing quotes and brackets, which stay with the sentence they close. The ASCII quotes are
  /// not here: whether they open or close depends on the text before them.
  static let closers: ScalarSet = [
    ")", "]", "}", "\u{201D}", "\u{2019}", "\u{BB}", "\u{300D}", "\u{300F}", "\u{FF09}",
    "\u{300B}", "\u{3011}", "\u{3015}", "\u{3017}", "\u{3009}", "\u{FF3D}", "\u{FF5D}",
  ]

  /// Opening quotes and brackets, which may start a sentence.
  static let openers: ScalarSet = [
    "(", "[", "{", "\"", "'", "\u{201C}", "\u{2018}", "\u{AB}", "\u{300C}", "\u{300E}", "\u{FF08}",
    "\u{300A}", "\u{3010}", "\u{3014}", "\u{3016}", "\u{3008}", "\u{FF3B}", "\u{FF5B}", "\u{BF}",
    "\u{A1}",
  ]

  /// Ellipsis characters: HORIZONTAL ELLIPSIS and MIDLINE HORIZONTAL ELLIPSIS.
  static let ellipses: ScalarSet = ["\u{2026}", "\u{22EF}"]

  /// Whether `scalar` is in ``ellipses``, asked of every scalar of a Chinese text.
  @inline(__always) static func isEllipsis(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0x2026 || scalar.value == 0x22EF
  }

  /// Whether `scalar` is white space (Unicode's White_Space, as `Character.isWhitespace`).
  @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? ASCIIBytes.isWhitespace(UInt8(scalar.value)) : UnicodeScalars.isWhitespace(scalar)
  }

  /// The scalars as a string, encoded at once: appending to a `String.UnicodeScalarView` is slow.
  static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    let count = scalars.reduce(0) { $0 + UTF8.width($1) }
    return String(unsafeUninitializedCapacity: count) { buffer in
      var index = 0
      for scalar in scalars {
        UTF8.encode(scalar) { byte in
          buffer[index] = byte
          index += 1
        }
      }
      return index
    }
  }

  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return ASCIIBytes.isPunctuation(UInt8(scalar.value)) }
    return switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      true
    default: false
    }
  }

  /// Whether `scalar` is a Han character (or another letter of a script without case).
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isIdeographic || scalar.properties.generalCategory == .otherLetter
  }
}
