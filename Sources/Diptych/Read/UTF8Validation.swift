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

  /// Whether `bytes` are strict UTF-8, without decoding them.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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
