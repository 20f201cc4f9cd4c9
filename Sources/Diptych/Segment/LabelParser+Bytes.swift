/// The label parser on UTF-8 bytes: every line is asked for its label several times, and most
/// lines have none. Lines whose answer the bytes settle cheaply are answered here; the rest go to
/// the parser on `Character`s, whose answers these match exactly.
extension LabelParser {
  /// What the bytes tell of a line's label.
  enum ByteAnswer {
    /// The answer, the same as the `Character` parser's.
    case decided(Match?)
    /// The line needs the `Character` parser.
    case unknown
  }

  static func parseBytes(_ line: some StringProtocol) -> ByteAnswer {
    let answer = line.utf8.withContiguousStorageIfAvailable { bytes -> ByteAnswer in
      guard let first = bytes.first else { return .decided(nil) }
      if first >= 0x80 { return chineseQuickAnswer(bytes) }
      if ASCIIBytes.isWhitespace(first) { return .unknown }
      if let answer = latinQuickAnswer(bytes) { return answer }
      if ASCIIBytes.isASCII(bytes) { return .decided(parseASCII(ASCIIBytes.trimmed(bytes))) }
      return parseASCIIPrefix(bytes, of: String(line))
    }
    return answer ?? .unknown
  }

  /// A label at the start of a line that goes on past ASCII ("1. 大会决定"): the label is read
  /// from the bytes when its first nine are ASCII, so that its characters are bytes; the rest
  /// is trimmed as a string.
  private static func parseASCIIPrefix(_ bytes: UnsafeBufferPointer<UInt8>, of line: String) -> ByteAnswer {
    // The parser looks at the first eight characters at most, but for years, which need the
    // whole line; a ninth ASCII byte keeps a combining mark off the eighth.
    let prefix = 9
    guard bytes.count > prefix, ASCIIBytes.isASCII(UnsafeBufferPointer(rebasing: bytes[..<prefix])),
      !bytes[..<prefix].contains(0x0D)
    else { return .unknown }
    var digits = 0
    while digits < prefix, ASCIIBytes.isDigit(bytes[digits]) { digits += 1 }
    let first = bytes[0]
    if digits == 4 || first == UInt8(ascii: "Y") || first == UInt8(ascii: "y") { return .unknown }
    let rest = { (start: Int) in
      String(Substring(line.utf8[line.utf8.index(line.utf8.startIndex, offsetBy: start)...])).trimmingWhitespace()
    }
    return .decided(parseASCII(UnsafeBufferPointer(rebasing: bytes[..<prefix]), rest: rest))
  }

  /// Most Latin lines have no label, and their first few bytes show it: a run of letters and
  /// digits longer than a label, or not followed by "." or ")". Nil when the bytes do not settle it.
  private static func latinQuickAnswer(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteAnswer? {
    let first = bytes[0]
    // "(a)", "Year 1:" and "2022:" need the whole line.
    if first == UInt8(ascii: "(") || first == UInt8(ascii: "Y") || first == UInt8(ascii: "y") { return nil }
    let longest = max(5, maximumParagraphNumberDigits)
    var run = 0
    while run < bytes.count, run <= longest, ASCIIBytes.isAlphanumeric(bytes[run]) { run += 1 }
    if run == 4, ASCIIBytes.isDigits(bytes[0..<4]) { return nil }
    // The whole line is a word or a number: no label.
    guard run < bytes.count else { return .decided(nil) }
    let next = bytes[run]
    // A byte past ASCII may be a combining mark that makes the run's last character longer.
    if next >= 0x80 { return nil }
    // Labels are five characters at most, but for paragraph numbers of up to six digits.
    if run == 0 || run > longest || (run > 5 && !ASCIIBytes.isDigits(bytes[0..<run])) { return .decided(nil) }
    return next == UInt8(ascii: ".") || next == UInt8(ascii: ")") ? nil : .decided(nil)
  }

  /// A Chinese label starts with "（", "第" or a numeral; anything else (but white space, which
  /// the parser trims first) starts no label.
  private static func chineseQuickAnswer(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteAnswer {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return .unknown }
    if scalar == "\u{FF08}" || scalar == "第" || scalar.properties.isWhitespace { return .unknown }
    return ChineseNumeral.isNumeralScalar(scalar) ? .unknown : .decided(nil)
  }

  /// `parseLatin` on text that is all ASCII and trimmed, where a byte is a character.
  private static func parseASCII(_ text: UnsafeBufferPointer<UInt8>) -> Match? {
    let rest = { (start: Int) in String(decoding: ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: text[start...])), as: UTF8.self) }
    return parseASCII(text, rest: rest)
  }

  /// `parseLatin` on text whose first characters are the ASCII bytes `text`, with `rest(start)`
  /// the text from character `start` on, trimmed. Years and labels that reach the end of `text`
  /// need the whole text: it must all be in `text` then.
  private static func parseASCII(_ text: UnsafeBufferPointer<UInt8>, rest restFrom: (Int) -> String) -> Match? {
    guard !text.isEmpty else { return nil }
    let string = { (range: Range<Int>) in String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self) }
    let count = text.count
    // "2022 (Stocktaking)" or "2022:"
    var digits = 0
    while digits < count, ASCIIBytes.isDigit(text[digits]) { digits += 1 }
    if digits == 4, let year = Int(string(0..<4)), (1900...2199).contains(year) {
      let after = ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: text[4...]))
      if after.count > 2, after.first == UInt8(ascii: "("), after.last == UInt8(ascii: ")"),
        !after.dropFirst().contains(UInt8(ascii: "("))
      {
        let caption = String(decoding: ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: after.dropFirst().dropLast())), as: UTF8.self)
        return Match(label: Label(text: string(0..<count), style: .calendarYear, value: year, caption: caption), rest: "")
      }
      if after.first == UInt8(ascii: ":") {
        let rest = String(decoding: ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: after.dropFirst())), as: UTF8.self)
        return Match(label: Label(text: string(0..<4) + ":", style: .calendarYear, value: year), rest: rest)
      }
    }
    // "Year 1:"
    if count >= 5, text[0] == UInt8(ascii: "Y") || text[0] == UInt8(ascii: "y"),
      text[1] == UInt8(ascii: "e"), text[2] == UInt8(ascii: "a"), text[3] == UInt8(ascii: "r"), text[4] == UInt8(ascii: " ")
    {
      var end = 5
      while end < count, ASCIIBytes.isDigit(text[end]) { end += 1 }
      if let value = Int(string(5..<end)), end < count, text[end] == UInt8(ascii: ":") || text[end] == UInt8(ascii: ".") {
        return Match(
          label: Label(text: string(0..<(end + 1)), style: .englishRelativeYear, value: value), rest: restFrom(end + 1))
      }
    }
    if text[0] == UInt8(ascii: "(") {
      // "(a)", "(12)", "(iv)", "(A)"
      guard let close = text.firstIndex(of: UInt8(ascii: ")")), close > 1, close <= 6 else { return nil }
      guard close + 1 == count || ASCIIBytes.isWhitespace(text[close + 1]) else { return nil }
      guard let (style, value) = enumerator(string(1..<close), parenthesized: true) else { return nil }
      return Match(label: Label(text: string(0..<(close + 1)), style: style, value: value), rest: restFrom(close + 1))
    }
    // "1.", "12.", "II.", "A.", "a)", "1)"
    var head = 0
    while head < count, ASCIIBytes.isAlphanumeric(text[head]) { head += 1 }
    guard head > 0, head <= 5 || (head <= maximumParagraphNumberDigits && ASCIIBytes.isDigits(text[0..<head])), head < count
    else { return nil }
    let delimiter = text[head]
    guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
    guard head + 1 == count || ASCIIBytes.isWhitespace(text[head + 1]) else { return nil }
    let inner = string(0..<head)
    let rest = restFrom(head + 1)
    if (4...maximumParagraphNumberDigits).contains(head), delimiter == UInt8(ascii: "."), ASCIIBytes.isDigits(text[0..<head]),
      let value = Int(inner), value >= 1000, !rest.isEmpty
    {
      return Match(label: Label(text: inner + ".", style: .arabic, value: value), rest: rest)
    }
    guard let (style, value) = enumerator(inner, parenthesized: delimiter == UInt8(ascii: ")")) else { return nil }
    if style == .upperLetter || (style == .upperRoman && value == 1) {
      guard let next = rest.first, next.isUppercase || next.isNumber else { return nil }
    }
    return Match(label: Label(text: inner + String(UnicodeScalar(delimiter)), style: style, value: value), rest: rest)
  }
}
