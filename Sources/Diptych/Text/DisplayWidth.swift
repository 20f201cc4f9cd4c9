/// The number of columns text takes in a terminal or a monospaced, CJK-aware layout.
///
/// East Asian Wide and Fullwidth characters (Han, kana, Hangul, CJK punctuation 。，、：；！？
/// （）《》, full-width forms) take 2; combining marks, controls and format characters 0; the rest
/// 1. A user-perceived character counts once: "e" + U+0301 is 1, a ZWJ emoji family 2.
/// Punctuation of ambiguous width (“ ” ‘ ’ … — ·) takes 2 next to wide characters, as Chinese
/// fonts draw it, and 1 elsewhere.
package enum DisplayWidth {
  /// Punctuation that UAX #11 calls ambiguous and that Chinese text uses full-width.
  static let ambiguousPunctuation: Set<Unicode.Scalar> = [
    "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2026}", "\u{2014}", "\u{2015}", "\u{B7}",
    "\u{2025}", "\u{203B}", "\u{A7}",
  ]

  /// The columns `text` takes.
  public static func columns(of text: some StringProtocol) -> Int {
    // Printable ASCII, most of every English document, is one column a byte.
    let printableASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
      bytes.allSatisfy { $0 &- 0x20 < 0x5F }
    }
    if printableASCII ?? text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return text.utf8.count
    }
    return standaloneColumns(of: text) ?? characterColumns(of: text)
  }

  /// `columns(of:)` by `Character`s, for any text: the reference the faster sums match.
  static func characterColumns(of text: some StringProtocol) -> Int {
    let characters = Array(text)
    let widths = characters.map(characterColumns)
    var total = 0
    var index = 0
    while index < characters.count {
      guard isAmbiguousPunctuation(characters[index]) else {
        total += widths[index]
        index += 1
        continue
      }
      // A run like "……" or "”“" takes its width from the characters around it.
      var end = index
      while end < characters.count, isAmbiguousPunctuation(characters[end]) { end += 1 }
      let wide =
        (index > 0 && widths[index - 1] == 2) || (end < characters.count && widths[end] == 2)
      total += (end - index) * (wide ? 2 : 1)
      index = end
    }
    return total
  }

  /// `columns(of:)` for text whose every scalar is a character of its own (Chinese text, mostly):
  /// the same sum, a scalar at a time; nil for other text.
  static func standaloneColumns(of text: some StringProtocol) -> Int? {
    // Scalars decoded from the bytes where they are at hand: the view's iterator is slower.
    if let sum = text.utf8.withContiguousStorageIfAvailable(standaloneColumns) { return sum }
    var sum = ColumnSum()
    for scalar in text.unicodeScalars {
      guard sum.add(scalar) else { return nil }
    }
    return sum.total
  }

  /// `standaloneColumns(of:)` of valid UTF-8 bytes.
  private static func standaloneColumns(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var sum = ColumnSum()
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      // Leads E5–E9 begin U+5000–U+9FFF, Han: standalone and wide, most of a Chinese line,
      // summed without decoding.
      if lead &- 0xE5 < 5 {
        sum.addWide()
        index += 3
        continue
      }
      guard sum.add(UnicodeScalars.scalar(at: index, in: bytes)) else { return nil }
      index += UnicodeScalars.width(lead: lead)
    }
    return sum.total
  }

  /// The sum of `standaloneColumns(of:)`, a scalar at a time.
  private struct ColumnSum {
    private var sum = 0
    /// Whether the last scalar that is not ambiguous punctuation was wide.
    private var previousWide = false
    /// The ambiguous punctuation since, whose width the next scalar decides.
    private var run = 0

    var total: Int { sum + run * (previousWide ? 2 : 1) }

    /// Adds a scalar; false if it is no character of its own.
    @inline(__always) mutating func add(_ scalar: Unicode.Scalar) -> Bool {
      guard UnicodeScalars.isStandalone(scalar) else { return false }
      if (0xA7...0x203B).contains(scalar.value), ambiguousPunctuation.contains(scalar) {
        run += 1
        return true
      }
      // Han, CJK punctuation and full-width forms, most of a Chinese text, are wide.
      if isSurelyWide(scalar) {
        addWide()
      } else {
        add(width: scalarColumns(scalar))
      }
      return true
    }

    /// Adds a standalone scalar of width 2 that is no ambiguous punctuation.
    @inline(__always) mutating func addWide() {
      add(width: 2)
    }

    @inline(__always) private mutating func add(width: Int) {
      if run > 0 {
        sum += run * (previousWide || width == 2 ? 2 : 1)
        run = 0
      }
      sum += width
      previousWide = width == 2
    }
  }

  /// Whether `scalar`, a character of its own, is one of the wide scalars of Chinese text that
  /// need no property look-up: unified Han, CJK symbols and punctuation (U+3000–U+303E, East
  /// Asian Wide or Fullwidth and no mark), full-width forms (U+FF01–U+FF60).
  @inline(__always) static func isSurelyWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3000...0x303E, 0xFF01...0xFF60: true
    default: false
    }
  }

  /// The columns one character takes, out of context (ambiguous punctuation counts 1).
  static func characterColumns(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    if scalars.count > 1 {
      // Emoji presentation (U+FE0F) and flags (two regional indicators) are drawn wide.
      if scalars.contains("\u{FE0F}"), scalars.first?.properties.isEmoji == true { return 2 }
      if scalars.count(where: { (0x1F1E6...0x1F1FF).contains($0.value) }) >= 2 { return 2 }
    }
    return scalars.reduce(0) { max($0, scalarColumns($1)) }
  }

  /// The columns one scalar takes, out of context.
  static func scalarColumns(_ scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x7F { return scalar.value < 0x20 ? 0 : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control, .format, .lineSeparator, .paragraphSeparator:
      return 0
    default: break
    }
    // Hangul medial vowels and final consonants join the syllable their initial began.
    if (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value) {
      return 0
    }
    return EastAsianWideRanges.contains(scalar) ? 2 : 1
  }

  private static func isAmbiguousPunctuation(_ character: Character) -> Bool {
    character.unicodeScalars.count == 1
      && character.unicodeScalars.allSatisfy(ambiguousPunctuation.contains)
  }
}
