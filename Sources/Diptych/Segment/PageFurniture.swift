/// Recognizes page furniture: lines that belong to the page, not to the text.
enum PageFurniture {
  /// The kind of furniture `line` is, if it is furniture.
  ///
  /// - Parameter repeated: whether the same line occurs three or more times in the document,
  ///   as running headers do.
  static func kind(of line: String, repeated: Bool) -> FurnitureKind? {
    guard mayBeFurniture(line), repeated || !isSurelyText(line) else { return nil }
    let text = line.trimmingWhitespace()
    guard !text.isEmpty else { return nil }
    if isRule(text) { return .footnoteRule }
    if isRunningHeader(text) || (repeated && mayRepeat(line)) { return .runningHeader }
    if isPageNumber(text) { return .pageNumber }
    return nil
  }

  /// Whether `line` is short enough to be furniture: running text is not worth the tests.
  static func mayBeFurniture(_ line: String) -> Bool { line.utf8.count <= 80 }

  /// Whether `line`, if it recurs, is a running header: short, and no end of a sentence.
  static func mayRepeat(_ line: String) -> Bool {
    guard line.utf8.count <= 80, !isWiderThanRunningHeader(line) else { return false }
    let text = line.trimmingWhitespace()
    return !text.isEmpty && DisplayWidth.columns(of: text) <= 40 && !endsSentence(text)
  }

  /// A footnote separator: a run of underscores (or dashes) and nothing else.
  static func isRule(_ text: String) -> Bool {
    text.count >= 5 && text.allSatisfy { $0 == "_" || $0 == "—" || $0 == "－" || $0 == "＿" }
  }

  /// "- 3 -", "Page 3", "第 3 页", "3/12".
  static func isPageNumber(_ text: String) -> Bool {
    let core = text.filter { !$0.isWhitespace && $0 != "-" && $0 != "–" }
    if text.hasPrefix("-") || text.hasPrefix("–"), !core.isEmpty, core.allSatisfy(\.isASCIIDigit) {
      return true
    }
    if text.hasPrefix("Page "), text.dropFirst(5).allSatisfy(\.isASCIIDigit) { return true }
    if text.hasPrefix("第"), text.hasSuffix("页"),
      text.dropFirst().dropLast().trimmingWhitespace().allSatisfy(\.isASCIIDigit)
    {
      return true
    }
    let parts = text.split(separator: "/")
    if parts.count == 2,
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) })
    {
      return true
    }
    return false
  }

  /// A document symbol ("A/AC.105/C.2/2021/CRP.12") or job number ("V.21-01234", "GE.21-12345(E)")
  /// standing alone, or with a page number.
  static func isRunningHeader(_ text: String) -> Bool {
    let words = text.split(separator: " ").filter { !($0.allSatisfy(\.isASCIIDigit)) }
    guard !words.isEmpty, words.count <= 3 else { return false }
    return words.allSatisfy { isDocumentSymbol($0) || isJobNumber($0) }
  }

  /// "A/AC.105/C.2/2021/CRP.12", "A/RES/62/217", "E/CN.4/2005/1".
  static func isDocumentSymbol(_ word: some StringProtocol) -> Bool {
    let parts = word.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 3, let first = parts.first, (1...4).contains(first.count),
      first.allSatisfy({ $0.isUppercase && $0.isASCII })
    else { return false }
    return parts.allSatisfy { part in
      !part.isEmpty
        && part.allSatisfy {
          ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "." || $0 == "-"
        }
    }
  }

  /// "V.21-01234", "GE.21-12345(E)", "N2112345".
  static func isJobNumber(_ word: some StringProtocol) -> Bool {
    let text = String(word)
    guard let dot = text.firstIndex(of: "."), let dash = text.firstIndex(of: "-"), dot < dash else {
      return false
    }
    let prefix = text[..<dot]
    let year = text[text.index(after: dot)..<dash]
    let number = text[text.index(after: dash)...].prefix { $0.isASCIIDigit }
    return (1...2).contains(prefix.count) && prefix.allSatisfy(\.isUppercase) && year.count == 2
      && year.allSatisfy(\.isASCIIDigit) && number.count >= 4
  }

  static func endsSentence(_ text: String) -> Bool {
    // A last scalar that is a character of its own, equal to no other, is told by its value
    // without a `Character` made of it (grapheme breaking, then comparing with each stop). The
    // scalar before it must be standalone too: a Prepend one (U+0600) would join it.
    let scalars = text.unicodeScalars
    if let last = scalars.indices.last, UnicodeScalars.isPlainCharacter(scalars[last]),
      last == scalars.startIndex
        || UnicodeScalars.isStandalone(scalars[scalars.index(before: last)])
    {
      switch scalars[last].value {
      case 0x2E, 0x3002, 0x21, 0xFF01, 0x3F, 0xFF1F, 0x3A, 0xFF1A, 0x3B, 0xFF1B: return true
      default: return false
      }
    }
    return endsSentenceByCharacter(text)
  }

  /// ``endsSentence(_:)`` by the last `Character`: the reference the scalar test matches.
  static func endsSentenceByCharacter(_ text: String) -> Bool {
    guard let last = text.last else { return false }
    return ".。!！?？:：;；".contains(last)
  }
}

extension PageFurniture {
  /// Whether the ASCII `line` is more than 40 columns wide without its white space at either
  /// end: too wide to repeat as a running header. False if the line is not ASCII.
  static func isWiderThanRunningHeader(_ line: String) -> Bool {
    var line = line
    return line.withUTF8 { bytes in
      // Printable ASCII takes a column a byte; controls take none.
      bytes.count > 40 && ASCIIBytes.isASCII(bytes)
        && ASCIIBytes.trimmed(bytes).count(where: { $0 >= 0x20 && $0 < 0x7F }) > 40
    }
  }

  /// Whether the bytes show that `line` is no furniture: no rule, running header or page number
  /// can be made of it. False when the tests must look at its characters.
  static func isSurelyText(_ line: String) -> Bool {
    let scalars = line.unicodeScalars
    var line = line
    return line.withUTF8 { bytes in
      let text: UnsafeBufferPointer<UInt8>
      let first: Unicode.Scalar
      if ASCIIBytes.isASCII(bytes) {
        text = ASCIIBytes.trimmed(bytes)
        guard let byte = text.first else { return false }
        first = Unicode.Scalar(byte)
      } else {
        // Where every scalar is a character and none at the ends is white space, the bytes are
        // the trimmed characters.
        guard let scalar = scalars.first, let last = scalars.last,
          !UnicodeScalars.isWhitespace(scalar),
          !UnicodeScalars.isWhitespace(last), scalars.allSatisfy(UnicodeScalars.isStandalone)
        else { return false }
        text = bytes
        first = scalar
      }
      // A rule starts with a rule character; a page number with a dash, "Page " or "第", or has a
      // "/".
      if "_-P\u{2014}\u{FF0D}\u{FF3F}\u{2013}第".unicodeScalars.contains(first) { return false }
      if text.contains(UInt8(ascii: "/")) { return false }
      return !mayBeRunningHeader(text)
    }
  }

  /// Whether the words of `text` could be those of a running header: one to three besides
  /// numbers, and (with no "/" for a symbol) each with the "." and "-" of a job number.
  private static func mayBeRunningHeader(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    var words = 0
    var index = 0
    while index < text.count {
      while index < text.count, text[index] == 0x20 { index += 1 }
      guard index < text.count else { break }
      var digitsOnly = true
      var dot = false
      var dash = false
      while index < text.count, text[index] != 0x20 {
        let byte = text[index]
        digitsOnly = digitsOnly && ASCIIBytes.isDigit(byte)
        dot = dot || byte == UInt8(ascii: ".")
        dash = dash || byte == UInt8(ascii: "-")
        index += 1
      }
      if !digitsOnly {
        guard dot && dash else { return false }
        words += 1
      }
    }
    return (1...3).contains(words)
  }
}
