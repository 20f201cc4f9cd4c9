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
        var index = 0
        count = 0
        while index < bytes.count {
          let byte = bytes[index]
          if byte < 0x80 {
            buffer[count] = Unicode.Scalar(byte)
            index += 1
          } else {
            buffer[count] = scalar(at: index, in: bytes)
            index += byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
          }
          count += 1
        }
      }
    }
  }
}
