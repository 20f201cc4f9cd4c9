/// Scalar-level facts for the byte-level fast paths: where a scalar is a character of its own,
/// text can be read scalar by scalar and still give what reading it by `Character` gives.
enum UnicodeScalars {
  /// Whether `scalar` always forms a character (grapheme cluster) alone: it neither extends the
  /// character before it nor is extended by the next one (within the blocks Latin and Chinese
  /// official text uses; anything else answers false, to be read by `Character`).
  @inline(__always) static func isStandalone(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x300 { return value != 0x0A && value != 0x0D }
    switch value {
    case 0x2010...0x205E, 0x2070...0x209F, 0x20A0...0x20BF, 0x2100...0x218F, 0x2190...0x23FF,
      0x2460...0x24FF,
      0x2500...0x25FF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF,
      0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF9D, 0xFFE0...0xFFEE:
      return true
    default:
      return false
    }
  }

  /// Whether `scalar` is a character of its own (``isStandalone(_:)``) that no other scalar
  /// equals as a `Character`: not one of the few with a canonical singleton decomposition in
  /// those blocks (CJK compatibility ideographs, Ω K Å, 〈 〉), which compare equal to the scalar
  /// they decompose to.
  @inline(__always) static func isPlainCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xF900...0xFAFF, 0x2126, 0x212A, 0x212B, 0x2329, 0x232A: false
    default: isStandalone(scalar)
    }
  }

  /// Whether `scalar` is white space (Unicode's White_Space property), without the property
  /// look-up: the set is small and has not changed since Unicode 6.3.
  @inline(__always) static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }

  /// The bytes of valid UTF-8 `bytes` without white space at either end, or nil where the
  /// characters must decide: a scalar at either edge of what is kept that is no character of
  /// its own (a combining mark may join white space into a character that is none).
  static func trimmedWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var lower = 0
    while lower < bytes.count {
      let next = scalar(at: lower, in: bytes)
      guard isWhitespace(next) else {
        // The first character kept starts here, unless this scalar joins the white space before it.
        guard lower == 0 || isStandalone(next) else { return nil }
        break
      }
      guard isStandalone(next) || next.value < 0x80 else { return nil }
      lower += UTF8.width(next)
    }
    guard lower < bytes.count else { return 0..<0 }
    var upper = bytes.count
    while upper > lower {
      var start = upper - 1
      while bytes[start] & 0xC0 == 0x80 { start -= 1 }
      let last = scalar(at: start, in: bytes)
      guard isWhitespace(last) else {
        // The last character kept ends here, unless this scalar is a mark that extends white
        // space before it, or takes the white space after it.
        guard isStandalone(last) || last.value < 0x80 else { return nil }
        break
      }
      guard isStandalone(last) || last.value < 0x80 else { return nil }
      upper = start
    }
    return lower..<upper
  }

  /// Whether the scalar starting at byte `index` of valid UTF-8 `bytes` is standalone.
  static func isStandalone(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    isStandalone(scalar(at: index, in: bytes))
  }

  /// Whether the scalar ending just before byte `end` of valid UTF-8 `bytes` is standalone.
  static func isStandalone(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = end - 1
    while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return isStandalone(scalar(at: start, in: bytes))
  }

  /// How many bytes the scalar whose valid UTF-8 sequence starts with `lead` takes.
  @inline(__always) static func width(lead: UInt8) -> Int {
    lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
  }

  /// The scalar starting at byte `index` of valid UTF-8 `bytes`.
  @inline(__always) static func scalar(at index: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> Unicode.Scalar
  {
    let lead = UInt32(bytes[index])
    let value: UInt32
    if lead < 0x80 {
      value = lead
    } else if lead < 0xE0 {
      value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
    } else if lead < 0xF0 {
      value =
        (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    } else {
      value =
        (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(
          bytes[index + 2] & 0x3F) << 6
        | UInt32(bytes[index + 3] & 0x3F)
    }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The scalars of `text`, decoded from its bytes at once.
  static func array(_ text: String) -> [Unicode.Scalar] {
    var text = text
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        count = 0
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
        // A string's bytes are valid UTF-8: every sequence is whole and decodes to a scalar,
        // so none is checked again (a Chinese block's scalars are most of its sentence split).
        var index = 0
        var written = 0
        while index < bytes.count {
          let lead = UInt32(source[index])
          let value: UInt32
          if lead < 0x80 {
            (target + written).initialize(to: Unicode.Scalar(UInt8(lead)))
            index += 1
            written += 1
            // A run of ASCII, most of an English text, eight bytes at a time.
            while index + 8 <= bytes.count,
              UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                & 0x8080_8080_8080_8080 == 0
            {
              for offset in 0..<8 {
                (target + written + offset).initialize(to: Unicode.Scalar(source[index + offset]))
              }
              index += 8
              written += 8
            }
            continue
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(source[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            value =
              (lead & 0x0F) << 12 | UInt32(source[index + 1] & 0x3F) << 6
              | UInt32(source[index + 2] & 0x3F)
            index += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(source[index + 1] & 0x3F) << 12
              | UInt32(source[index + 2] & 0x3F) << 6 | UInt32(source[index + 3] & 0x3F)
            index += 4
          }
          (target + written).initialize(to: unsafeBitCast(value, to: Unicode.Scalar.self))
          written += 1
        }
        count = written
      }
    }
  }
}
