/// What the bilingual split asks of every line, answered from the bytes where they settle it.
enum RuleLine {
  /// Whether `text` is a rule of three or more asterisks ("*****", "＊＊＊") between the versions.
  static func isRule(_ text: String) -> Bool {
    var text = text
    // The first byte that is not ASCII white space: a rule starts with "*" or "＊"; a line
    // starting past ASCII may also start with other white space.
    let mayBeRule = text.withUTF8 { bytes in
      guard let start = bytes.firstIndex(where: { !ASCIIBytes.isWhitespace($0) }) else {
        return false
      }
      if bytes[start] < 0x80 { return bytes[start] == UInt8(ascii: "*") }
      let scalar = UnicodeScalars.scalar(at: start, in: bytes)
      // A combining mark may make the white space before it a character to trim.
      return scalar == "＊" || scalar.properties.isWhitespace || !UnicodeScalars.isStandalone(scalar)
    }
    guard mayBeRule else { return false }
    let trimmed = text.trimmingWhitespace()
    return trimmed.allSatisfy { $0 == "*" || $0 == "＊" } && trimmed.count >= 3
  }

  /// Whether `text` has a character that is not white space.
  static func hasText(_ text: String) -> Bool {
    var text = text
    // An ASCII byte that is no white space is a character's first scalar, or follows a scalar
    // that prepends itself to it and is no white space either.
    let answer = text.withUTF8 { bytes -> Bool? in
      if bytes.contains(where: { $0 < 0x80 && !ASCIIBytes.isWhitespace($0) }) { return true }
      return ASCIIBytes.isASCII(bytes) ? false : nil
    }
    return answer ?? !text.trimmingWhitespace().isEmpty
  }
}
