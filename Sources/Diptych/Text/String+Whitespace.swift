extension StringProtocol {
  /// The string without white space (including U+3000) at either end.
  func trimmingWhitespace() -> String {
    if let trimmed = utf8.withContiguousStorageIfAvailable(UnicodeScalars.trimmedWhitespace),
      let range = trimmed
    {
      // A line with nothing to trim is most lines: no copy.
      if range.count == utf8.count { return String(self) }
      // The bytes kept fall between scalars: copied as a slice, they are not validated again
      // as `String(decoding:as:)` would.
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      return String(self[start..<utf8.index(start, offsetBy: range.count)])
    }
    return trimmingWhitespaceCharacters()
  }

  /// `trimmingWhitespace()` by `Character`s: the reference the trimming of bytes matches.
  func trimmingWhitespaceCharacters() -> String {
    guard let start = firstIndex(where: { !$0.isWhitespace }),
      let end = lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(self[start...end])
  }
}

extension Character {
  /// Whether the character is an ASCII digit 0–9.
  var isASCIIDigit: Bool {
    // As `isASCII && isNumber`, without a Unicode property lookup: the ASCII numbers are 0–9.
    guard let value = asciiValue else { return false }
    return value >= 0x30 && value <= 0x39
  }

  /// Whether the character is a CJK ideograph (the unified blocks and their extensions).
  var isCJKIdeograph: Bool {
    guard let scalar = unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F, 0x3007: return true
    default: return false
    }
  }

  /// Whether the character is CJK: an ideograph, CJK punctuation or a full-width form.
  var isCJK: Bool {
    if isCJKIdeograph { return true }
    guard let scalar = unicodeScalars.first else { return false }
    switch scalar.value {
    case 0x3000...0x303F, 0xFF00...0xFFEF: return true
    default: return false
    }
  }
}

extension String {
  /// The text of UTF-8 offsets `range`, which fall between scalars: copied from the string's
  /// valid UTF-8, so not validated again as `String(decoding:as:)` would.
  func copyingUTF8(_ range: Range<Int>) -> String {
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return String(self[start..<end])
  }

  /// The string without the given characters at either end.
  func trimmingCharacters(in set: String) -> String {
    var text = Substring(self)
    while let first = text.first, set.contains(first) { text = text.dropFirst() }
    while let last = text.last, set.contains(last) { text = text.dropLast() }
    return String(text)
  }
}
