/// Strict UTF-8 decoding that says where the bytes stop being UTF-8.
enum UTF8Validation {
  /// The outcome of reading bytes as UTF-8.
  enum Outcome {
    /// The bytes are UTF-8; `multiByteScalars` counts the scalars of three or four bytes (CJK
    /// characters, curly quotes, dashes), which legacy encodings rarely produce by chance.
    case valid(String, multiByteScalars: Int)
    /// The byte at this offset (from the start of the bytes given) begins an invalid sequence.
    case invalid(at: Int)
  }

  /// Reads `bytes` as UTF-8, rejecting overlong forms, surrogates and truncated sequences.
  static func decode(_ bytes: ArraySlice<UInt8>) -> Outcome {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var multiByteScalars = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        offset += encoded.count
        if encoded.count >= 3 { multiByteScalars += 1 }
      case .error:
        return .invalid(at: offset)
      case .emptyInput:
        // Validated above, so decoding cannot substitute replacement characters.
        return .valid(String(decoding: bytes, as: UTF8.self), multiByteScalars: multiByteScalars)
      }
    }
  }

  /// Whether `bytes` are strict UTF-8, without decoding them: the well-formed sequences of
  /// the Unicode Standard's table 3-7, eight ASCII bytes at a time where they are ASCII.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return true }
    let count = bytes.count
    var index = 0
    while index < count {
      if index + 8 <= count,
        base.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        index += 8
        continue
      }
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      // Leads E1–EC and EE–EF, every CJK character, take any two continuation bytes.
      if lead &- 0xE1 < 0x0F, lead != 0xED, index + 3 <= count {
        guard bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else {
          return false
        }
        index += 3
        continue
      }
      // The range the second byte must fall in, and how many bytes the sequence has.
      let second: ClosedRange<UInt8>
      let length: Int
      switch lead {
      case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
      case 0xE0: (second, length) = (0xA0...0xBF, 3)
      case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
      case 0xED: (second, length) = (0x80...0x9F, 3)
      case 0xF0: (second, length) = (0x90...0xBF, 4)
      case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
      case 0xF4: (second, length) = (0x80...0x8F, 4)
      default: return false
      }
      guard index + length <= count, second.contains(bytes[index + 1]) else { return false }
      for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
      index += length
    }
    return true
  }

  /// ``isValid(_:)`` by the standard library's parser: the reference the table matches.
  static func isValidByParser(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid: continue
      case .error: return false
      case .emptyInput: return true
      }
    }
  }

  /// The first line of `bytes` that is UTF-8 holding at least two three- or four-byte
  /// characters, as evidence that a file which fails to decode was meant to be UTF-8.
  static func firstLineEvidentlyUTF8(in bytes: [UInt8]) -> Int? {
    for (index, line) in ByteLocation.lines(in: bytes).enumerated() {
      if case .valid(_, let multiByte) = decode(bytes[line]), multiByte >= 2 { return index + 1 }
    }
    return nil
  }
}
