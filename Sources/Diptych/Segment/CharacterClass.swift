/// The classes of characters that sentence splitting looks at.
enum CharacterClass {
  /// Closing quotes and brackets, which stay with the sentence they close. The ASCII quotes are
  /// not here: whether they open or close depends on the text before them.
  static let closers: Set<Unicode.Scalar> = [
    ")", "]", "}", "\u{201D}", "\u{2019}", "\u{BB}", "\u{300D}", "\u{300F}", "\u{FF09}",
    "\u{300B}", "\u{3011}", "\u{3015}", "\u{3017}", "\u{3009}", "\u{FF3D}", "\u{FF5D}",
  ]

  /// Opening quotes and brackets, which may start a sentence.
  static let openers: Set<Unicode.Scalar> = [
    "(", "[", "{", "\"", "'", "\u{201C}", "\u{2018}", "\u{AB}", "\u{300C}", "\u{300E}", "\u{FF08}",
    "\u{300A}", "\u{3010}", "\u{3014}", "\u{3016}", "\u{3008}", "\u{FF3B}", "\u{FF5B}", "\u{BF}", "\u{A1}",
  ]

  /// Ellipsis characters: HORIZONTAL ELLIPSIS and MIDLINE HORIZONTAL ELLIPSIS.
  static let ellipses: Set<Unicode.Scalar> = ["\u{2026}", "\u{22EF}"]

  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
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
