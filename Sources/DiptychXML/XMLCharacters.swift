/// The characters XML 1.0 allows in a document.
package enum XMLCharacters {
  /// Whether XML 1.0's `Char` production allows the scalar: TAB, LF, CR, U+0020–U+D7FF,
  /// U+E000–U+FFFD and U+10000–U+10FFFF (Swift strings never hold surrogates).
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// The string without the characters XML 1.0 forbids (C0 controls other than TAB, LF and CR,
  /// U+FFFE and U+FFFF), which not even a character reference can carry.
  package static func removingForbidden(_ text: String) -> String {
    guard !text.unicodeScalars.allSatisfy(isAllowed) else { return text }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: text.unicodeScalars.lazy.filter(isAllowed))
    return String(scalars)
  }
}
