/// What the bilingual split asks of every line, answered from the bytes where they settle it.
enum RuleLine {
  /// Whether `text` is a rule of three or more asterisks ("*****", "＊＊＊") between the versions.
  static func isRule(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { isRule($0) }
  }

  /// ``isRule(_:)`` of a line's valid UTF-8 bytes: a `String` is made only of a line that may be
  /// one.
  static func isRule(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // The first byte that is not ASCII white space: a rule starts with "*" or "＊"; a line
    // starting past ASCII may also start with other white space.
    guard let start = bytes.firstIndex(where: { !ASCIIBytes.isWhitespace($0) }) else {
      return false
    }
    if bytes[start] < 0x80, bytes[start] != UInt8(ascii: "*") { return false }
    if bytes[start] >= 0x80 {
      let scalar = UnicodeScalars.scalar(at: start, in: bytes)
      // A combining mark may make the white space before it a character to trim.
      guard
        scalar == "＊" || UnicodeScalars.isWhitespace(scalar) || !UnicodeScalars.isStandalone(scalar)
      else { return false }
    }
    let trimmed = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    return trimmed.allSatisfy { $0 == "*" || $0 == "＊" } && trimmed.count >= 3
  }

  /// Whether `text` has a character that is not white space.
  static func hasText(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { hasText($0) }
  }

  /// ``hasText(_:)`` of a line's valid UTF-8 bytes.
  static func hasText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // An ASCII byte that is no white space is a character's first scalar, or follows a scalar
    // that prepends itself to it and is no white space either.
    if bytes.contains(where: { $0 < 0x80 && !ASCIIBytes.isWhitespace($0) }) { return true }
    // So is a scalar that is a character of its own and no white space: most of a Chinese line.
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte >= 0x80 else {
        index += 1
        continue
      }
      let scalar = UnicodeScalars.scalar(at: index, in: bytes)
      guard UnicodeScalars.isStandalone(scalar) else {
        return !String(decoding: bytes, as: UTF8.self).trimmingWhitespace().isEmpty
      }
      if !UnicodeScalars.isWhitespace(scalar) { return true }
      index += UnicodeScalars.width(lead: byte)
    }
    return false
  }
}
