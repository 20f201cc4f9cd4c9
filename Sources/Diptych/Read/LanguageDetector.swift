/// Tells English from Chinese (and simplified from traditional) by the script of the text.
package enum LanguageDetector {
  /// Characters common in one Chinese script and absent from the other.
  private static let traditionalOnly = ScalarSet("們國會這說時與為對於來發經關體點實當區條議員將應權際".unicodeScalars)
  private static let simplifiedOnly = ScalarSet("们国会这说时与为对于来发经关体点实当区条议员将应权际".unicodeScalars)

  /// The language of `text`, or nil when it has no letters of either script.
  public static func detect(_ text: some StringProtocol) -> Language? {
    var ideographs = 0
    var latin = 0
    var traditional = 0
    var simplified = 0
    func count(_ scalar: Unicode.Scalar) {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A: latin += 1
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF:
        ideographs += 1
        if traditionalOnly.contains(scalar) { traditional += 1 }
        if simplifiedOnly.contains(scalar) { simplified += 1 }
      default: break
      }
    }
    forEachScalar(of: text, count)
    // An ideograph carries about as much text as three Latin letters.
    if ideographs * 3 > latin, ideographs > 0 {
      return traditional > simplified ? .traditionalChinese : .simplifiedChinese
    }
    return latin > 0 ? .english : nil
  }

  /// The script of `text` as ``detect(_:)`` tells it, without telling the Chinese scripts apart:
  /// 1 for Latin, -1 for Chinese, 0 for neither.
  static func script(of text: String) -> Int {
    var ideographs = 0
    var latin = 0
    forEachScalar(of: text) { scalar in
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A: latin += 1
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: ideographs += 1
      default: break
      }
    }
    if ideographs * 3 > latin, ideographs > 0 { return -1 }
    return latin > 0 ? 1 : 0
  }

  /// Calls `body` with each scalar of `text`, decoded from its bytes where it has them at hand:
  /// megabytes of text are counted without a `String` iterator.
  @inline(__always) private static func forEachScalar(
    of text: some StringProtocol, _ body: (Unicode.Scalar) -> Void
  ) {
    let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        body(byte < 0x80 ? Unicode.Scalar(byte) : UnicodeScalars.scalar(at: index, in: bytes))
        index += byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
      }
    }
    if decoded == nil {
      for scalar in text.unicodeScalars { body(scalar) }
    }
  }
}
