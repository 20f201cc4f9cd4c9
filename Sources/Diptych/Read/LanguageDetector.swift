/// Tells English from Chinese (and simplified from traditional) by the script of the text.
public enum LanguageDetector {
  /// Characters common in one Chinese script and absent from the other.
  private static let traditionalOnly = Set("們國會這說時與為對於來發經關體點實當區條議員將應權際".unicodeScalars.map(\.value))
  private static let simplifiedOnly = Set("们国会这说时与为对于来发经关体点实当区条议员将应权际".unicodeScalars.map(\.value))

  /// The language of `text`, or nil when it has no letters of either script.
  public static func detect(_ text: some StringProtocol) -> Language? {
    var ideographs = 0
    var latin = 0
    var traditional = 0
    var simplified = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A: latin += 1
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF:
        ideographs += 1
        if traditionalOnly.contains(scalar.value) { traditional += 1 }
        if simplifiedOnly.contains(scalar.value) { simplified += 1 }
      default: break
      }
    }
    // An ideograph carries about as much text as three Latin letters.
    if ideographs * 3 > latin, ideographs > 0 {
      return traditional > simplified ? .traditionalChinese : .simplifiedChinese
    }
    return latin > 0 ? .english : nil
  }
}
