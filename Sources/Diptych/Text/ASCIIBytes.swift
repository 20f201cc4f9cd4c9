/// Character classes of ASCII bytes, answering as `Character`'s properties do for the same
/// character: for the byte-level fast paths of reading and segmentation.
enum ASCIIBytes {
  /// Whether the byte is U+0009–U+000D or a space (Unicode's White_Space in ASCII).
  @inline(__always) static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
  }

  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

  @inline(__always) static func isUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

  @inline(__always) static func isLowercase(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isLetter(byte) || isDigit(byte)
  }

  /// Whether the byte is ASCII punctuation in Unicode's sense (`!"#%&'()*,-./:;?@[\]_{}`); the
  /// symbols `$+<=>^`|~` are not.
  @inline(__always) static func isPunctuation(_ byte: UInt8) -> Bool {
    byte < 0x80 && (punctuationBits[Int(byte >> 6)] >> UInt64(byte & 63)) & 1 == 1
  }

  private static let punctuationBits: [UInt64] = {
    var bits: [UInt64] = [0, 0]
    for byte in Array("!\"#%&'()*,-./:;?@[\\]_{}".utf8) {
      bits[Int(byte >> 6)] |= 1 << UInt64(byte & 63)
    }
    return bits
  }()

  /// Whether every byte is ASCII.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var any: UInt8 = 0
    for byte in bytes { any |= byte }
    return any < 0x80
  }

  static func isDigits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
    bytes.allSatisfy(isDigit)
  }

  /// The bytes without ASCII white space at either end.
  static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var lower = 0
    var upper = bytes.count
    while lower < upper, isWhitespace(bytes[lower]) { lower += 1 }
    while upper > lower, isWhitespace(bytes[upper - 1]) { upper -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
  }
}
