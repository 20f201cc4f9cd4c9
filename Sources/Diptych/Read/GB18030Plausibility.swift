/// Whether bytes that convert from GB18030 are Chinese text rather than something else.
///
/// GB18030 accepts most byte sequences, so a clean conversion proves little: Latin-1, Big5 and
/// UTF-8 text often convert too, into rare characters (mojibake). Real simplified-Chinese text
/// keeps nearly all its two-byte characters in the GB2312 area (both bytes A1–FE); the others
/// fall outside it about half the time or more.
enum GB18030Plausibility {
  /// The share of two-byte characters that must lie in the GB2312 area.
  static let minimumGB2312Share = 0.8

  /// Why `bytes`, converted to `text`, do not look like GB18030-encoded text, or nil if they do.
  static func objection(to bytes: [UInt8], convertedTo text: String) -> String? {
    if let control = text.unicodeScalars.first(where: isUnexpectedControl) {
      return "it would hold the control character U+\(hex(control.value))"
    }
    let nonASCII = text.unicodeScalars.filter { !$0.isASCII }
    let privateUse = nonASCII.count { (0xE000...0xF8FF).contains($0.value) }
    if privateUse * 100 > nonASCII.count {
      return "it would hold \(privateUse) private-use characters"
    }
    let chinese = nonASCII.count(where: isChineseScript)
    if chinese * 2 < nonASCII.count {
      return
        "only \(chinese) of its \(nonASCII.count) non-ASCII characters are Chinese characters or "
        + "punctuation"
    }
    let (twoByte, inGB2312) = twoByteCharacterCounts(in: bytes)
    if twoByte > 0, Double(inGB2312) < minimumGB2312Share * Double(twoByte) {
      return "only \(inGB2312) of its \(twoByte) two-byte characters are common Chinese ones"
    }
    return nil
  }

  /// Counts the two-byte characters of GB18030 `bytes`, and those in the GB2312 area.
  static func twoByteCharacterCounts(in bytes: [UInt8]) -> (all: Int, gb2312: Int) {
    var all = 0
    var gb2312 = 0
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      guard lead >= 0x81, lead != 0xFF, index + 1 < bytes.count else {
        index += 1
        continue
      }
      let second = bytes[index + 1]
      if (0x30...0x39).contains(second) {
        index += 4  // a four-byte character
        continue
      }
      all += 1
      if lead >= 0xA1, second >= 0xA1 { gb2312 += 1 }
      index += 2
    }
    return (all, gb2312)
  }

  /// Whether `scalar` is a control character that text does not hold (TAB, LF, FF and CR are
  /// fine).
  private static func isUnexpectedControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0C, 0x0D: false
    case 0x00..<0x20, 0x7F...0x9F: true
    default: false
    }
  }

  /// Whether `scalar` is a Han character or CJK/full-width punctuation.
  private static func isChineseScript(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x3FFFF: true
    default: false
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
