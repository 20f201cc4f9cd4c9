/// Tells English from Chinese (and simplified from traditional) by the script of the text.
package enum LanguageDetector {
  /// Characters common in one Chinese script and absent from the other (the sets and the filter
  /// are made from these strings, so they cannot drift apart).
  static let traditionalCharacters = "們國會這說時與為對於來發經關體點實當區條議員將應權際"
  static let simplifiedCharacters = "们国会这说时与为对于来发经关体点实当区条议员将应权际"
  private static let traditionalOnly = ScalarSet(traditionalCharacters.unicodeScalars)
  private static let simplifiedOnly = ScalarSet(simplifiedCharacters.unicodeScalars)
  /// A bit for the low ten bits of each scalar of either set: most ideographs are in neither,
  /// and one bit says so without asking the sets.
  private static let variantFilter: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 16)
    for scalar in (traditionalCharacters + simplifiedCharacters).unicodeScalars {
      bits[Int(scalar.value & 1023) >> 6] |= 1 << UInt64(scalar.value & 63)
    }
    return bits
  }()

  /// The language of `text`, or nil when it has no letters of either script.
  public static func detect(_ text: some StringProtocol) -> Language? {
    var counts = ScriptCounts()
    let counted: Void? = text.utf8.withContiguousStorageIfAvailable { counts.add($0) }
    if counted == nil {
      for scalar in text.unicodeScalars { counts.add(scalar) }
    }
    return counts.language
  }

  /// The language of the first lines of `source`, up to about `limit` bytes, as ``detect(_:)``
  /// tells it of those lines joined: counted line by line, with no `String` made.
  static func detect(_ source: LineSource, sample limit: Int) throws(ReadError) -> Language? {
    var sample = Sample(limit: limit)
    try source.forEachLineBytes { bytes, _, _ in sample.add(bytes) }
    return sample.language
  }

  /// The first lines of a text, up to about `limit` bytes, counted as a pass that reads the
  /// lines for something else comes to them: ``detect(_:sample:)`` without a pass of its own.
  struct Sample {
    let limit: Int
    private var counts = ScriptCounts()
    private var total = 0

    init(limit: Int) { self.limit = limit }

    /// Whether the sample has all the lines it takes.
    var isFull: Bool { total >= limit }
    /// Whether the pass that counted the sample read every line of the text, as the sample
    /// then has all the lines it takes too; set by that pass.
    var sawEveryLine = false

    /// The language the sample tells.
    var language: Language? { counts.language }

    /// Counts the next line, if the sample still takes lines; returns whether it takes more.
    @discardableResult
    mutating func add(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
      guard !isFull else { return false }
      counts.add(line)
      total += line.count + 1
      return !isFull
    }

    /// Counts the next line as `add(_:)` does, and returns its ``LanguageDetector/script(of:)``
    /// from the same counts: the line is decoded once for both.
    mutating func addTellingScript(_ line: UnsafeBufferPointer<UInt8>) -> Int {
      guard !isFull else { return LanguageDetector.script(of: line) }
      var lineCounts = ScriptCounts()
      lineCounts.add(line)
      counts.merge(lineCounts)
      total += line.count + 1
      return lineCounts.script
    }
  }

  /// The script of `text` as ``detect(_:)`` tells it, without telling the Chinese scripts apart:
  /// 1 for Latin, -1 for Chinese, 0 for neither.
  static func script(of text: String) -> Int {
    var text = text
    return text.withUTF8 { script(of: $0) }
  }

  /// ``script(of:)`` of a line's valid UTF-8 bytes.
  static func script(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var counts = ScriptCounts(tellsVariants: false)
    counts.add(bytes)
    return counts.script
  }

  /// The letters of each script in a text, counted as its bytes come.
  private struct ScriptCounts {
    var ideographs = 0
    var latin = 0
    var traditional = 0
    var simplified = 0
    /// Whether ideographs are also counted as traditional-only or simplified-only.
    var tellsVariants = true

    /// Whether the text is Chinese: an ideograph carries about as much text as three Latin
    /// letters.
    var isChinese: Bool { ideographs * 3 > latin && ideographs > 0 }

    /// The script the counts tell, as ``LanguageDetector/script(of:)`` answers.
    var script: Int {
      if isChinese { return -1 }
      return latin > 0 ? 1 : 0
    }

    /// Adds the counts of more text.
    mutating func merge(_ other: ScriptCounts) {
      ideographs += other.ideographs
      latin += other.latin
      traditional += other.traditional
      simplified += other.simplified
    }

    /// The language the counts tell.
    var language: Language? {
      if isChinese { return traditional > simplified ? .traditionalChinese : .simplifiedChinese }
      return latin > 0 ? .english : nil
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
      // An ASCII line, most of an English text, is counted in two branch-free passes the
      // compiler vectorizes.
      if bytes.reduce(0, |) < 0x80 {
        latin += bytes.reduce(0) { $0 + (($1 | 0x20) &- 0x61 < 26 ? 1 : 0) }
        return
      }
      let filter = tellsVariants ? LanguageDetector.variantFilter : []
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          // Latin letters, most of an English line, with no decoding.
          if (byte | 0x20) &- 0x61 < 26 { latin += 1 }
          index += 1
          continue
        }
        // Ideographs are all three bytes long: the others need no decoding. Leads E5–E9 begin
        // U+5000–U+9FFF, all ideographs: only the variant sets may need to know which.
        if byte >= 0xE0, byte < 0xF0 {
          if byte &- 0xE5 < 5 {
            ideographs += 1
            // The scalar's low ten bits, from its last two bytes, ask the filter.
            let low = Int(bytes[index + 1] & 0x0F) << 6 | Int(bytes[index + 2] & 0x3F)
            if Self.mayBeVariant(low: low, filter: filter) {
              countVariant(UnicodeScalars.scalar(at: index, in: bytes))
            }
          } else {
            add(ideograph: UnicodeScalars.scalar(at: index, in: bytes), filter: filter)
          }
        }
        index += UnicodeScalars.width(lead: byte)
      }
    }

    mutating func add(_ scalar: Unicode.Scalar) {
      if scalar.value < 0x80 {
        if (UInt8(scalar.value) | 0x20) &- 0x61 < 26 { latin += 1 }
      } else {
        add(ideograph: scalar, filter: tellsVariants ? LanguageDetector.variantFilter : [])
      }
    }

    /// Whether an ideograph whose low ten bits are `low` may be in a variant set: `filter`'s bit
    /// for them is set (an empty filter: variants are not told).
    @inline(__always) private static func mayBeVariant(low: Int, filter: [UInt64]) -> Bool {
      !filter.isEmpty && (filter[low >> 6] >> UInt64(low & 63)) & 1 == 1
    }

    /// Counts `scalar` if it is an ideograph, and as a variant if it is in a variant set;
    /// `filter` is ``LanguageDetector/variantFilter``, or empty if variants are not told.
    @inline(__always) private mutating func add(ideograph scalar: Unicode.Scalar, filter: [UInt64])
    {
      switch scalar.value {
      case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF:
        ideographs += 1
        guard Self.mayBeVariant(low: Int(scalar.value & 1023), filter: filter) else { return }
        countVariant(scalar)
      default: break
      }
    }

    /// Counts ideograph `scalar` as traditional or simplified if it is in either set.
    private mutating func countVariant(_ scalar: Unicode.Scalar) {
      if LanguageDetector.traditionalOnly.contains(scalar) { traditional += 1 }
      if LanguageDetector.simplifiedOnly.contains(scalar) { simplified += 1 }
    }
  }
}
