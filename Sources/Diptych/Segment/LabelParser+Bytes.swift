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
  /// from the bytes when its first characters are bytes (nine ASCII bytes, or fewer and then a
  /// scalar that is a character of its own); the rest is trimmed as a string.
  private static func parseASCIIPrefix(_ bytes: UnsafeBufferPointer<UInt8>, of line: String)
    -> ByteAnswer
  {
    // The parser looks at the first eight characters at most, but for years, which need the
    // whole line; a ninth ASCII byte keeps a combining mark off the eighth.
    let prefix = 9
    var ascii = 0
    while ascii < min(prefix, bytes.count), bytes[ascii] < 0x80 { ascii += 1 }
    guard !bytes[..<ascii].contains(0x0D) else { return .unknown }
    var digits = 0
    while digits < ascii, ASCIIBytes.isDigit(bytes[digits]) { digits += 1 }
    let first = bytes[0]
    if first == UInt8(ascii: "Y") || first == UInt8(ascii: "y") { return .unknown }
    // Four digits may be a year, which needs the whole line, unless what follows them shows
    // there is none: "1234. Text" is a paragraph number.
    if digits == 4 {
      guard ascii > 4, !ASCIIBytes.isWhitespace(bytes[4]), bytes[4] != UInt8(ascii: "("),
        bytes[4] != UInt8(ascii: ":")
      else { return .unknown }
    }
    let rest = { (start: Int) in
      String(Substring(line.utf8[line.utf8.index(line.utf8.startIndex, offsetBy: start)...]))
        .trimmingWhitespace()
    }
    if ascii == prefix {
      return .decided(parseASCII(UnsafeBufferPointer(rebasing: bytes[..<prefix]), rest: rest))
    }
    // Fewer ASCII bytes, then a scalar that forms a character alone: the ASCII bytes are
    // characters, and the parser asks of the next character only whether it is white space,
    // a delimiter or a letter or digit of a label, which no scalar past ASCII is. It stands
    // for that character as a space or as a byte that is none of those.
    let next = UnicodeScalars.scalar(at: ascii, in: bytes)
    guard UnicodeScalars.isStandalone(next) else { return .unknown }
    var head = Array(bytes[..<ascii])
    head.append(UnicodeScalars.isWhitespace(next) ? 0x20 : 0x80)
    return .decided(head.withUnsafeBufferPointer { parseASCII($0, rest: rest) })
  }

  /// Most Latin lines have no label, and their first few bytes show it: a run of letters and
  /// digits longer than a label, or not followed by "." or ")". Nil when the bytes do not settle
  /// it.
  private static func latinQuickAnswer(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteAnswer? {
    let first = bytes[0]
    // "(a)", "Year 1:" and "2022:" need the whole line.
    if first == UInt8(ascii: "(") || first == UInt8(ascii: "Y") || first == UInt8(ascii: "y") {
      return nil
    }
    let longest = max(5, maximumParagraphNumberDigits)
    var run = 0
    while run < bytes.count, run <= longest, ASCIIBytes.isAlphanumeric(bytes[run]) { run += 1 }
    if run > 0, run <= longest, run < bytes.count, bytes[run] >= 0x80 {
      // "2015年", "15个": a letter past ASCII makes the run no enumerator, anything else but
      // white space or "：" (after a year) no delimiter. A combining mark, which would make the
      // run's last character longer, is no character of its own.
      let next = UnicodeScalars.scalar(at: run, in: bytes)
      return UnicodeScalars.isStandalone(next) && !UnicodeScalars.isWhitespace(next) && next != "："
        ? .decided(nil) : nil
    }
    if run == 4, ASCIIBytes.isDigits(bytes[0..<4]) { return nil }
    // The whole line is a word or a number: no label.
    guard run < bytes.count else { return .decided(nil) }
    let next = bytes[run]
    // A byte past ASCII may be a combining mark that makes the run's last character longer.
    if next >= 0x80 { return nil }
    // Labels are five characters at most, but for paragraph numbers of up to six digits.
    if run == 0 || run > longest || (run > 5 && !ASCIIBytes.isDigits(bytes[0..<run])) {
      return .decided(nil)
    }
    return next == UInt8(ascii: ".") || next == UInt8(ascii: ")") ? nil : .decided(nil)
  }

  /// A Chinese label starts with "（", "第" or a numeral; anything else (but white space, which
  /// the parser trims first) starts no label. After those, the next few characters often show
  /// there is none: "一些", "第二", "（注）" are no labels.
  private static func chineseQuickAnswer(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteAnswer {
    var head = LeadingScalars(bytes)
    guard let first = head[0] else { return .unknown }
    if UnicodeScalars.isWhitespace(first) || !UnicodeScalars.isStandalone(first) { return .unknown }
    if first == "\u{FF08}" {
      // "（一）": a closing bracket must be among the next five characters.
      for index in 1...5 {
        guard let scalar = head[index] else { return .decided(nil) }
        if scalar == "\u{FF09}" || scalar == ")" { return .unknown }
      }
      return head.isStandalone(through: 6) ? .decided(nil) : .unknown
    }
    if first == "第" {
      // "第一条": a numeral follows.
      guard let next = head[1] else { return .decided(nil) }
      return ChineseNumeral.isNumeralScalar(next) || !head.isStandalone(through: 2)
        ? .unknown : .decided(nil)
    }
    guard ChineseNumeral.isNumeralScalar(first) else { return .decided(nil) }
    // "一、": four numerals at most, then "、", "．" or ".".
    var count = 1
    while count < 5, let scalar = head[count], ChineseNumeral.isNumeralScalar(scalar) { count += 1 }
    guard head.isStandalone(through: count + 1) else { return .unknown }
    guard count < 5, let delimiter = head[count] else { return .decided(nil) }
    return delimiter == "、" || delimiter == "\u{FF0E}" || delimiter == "."
      ? .unknown : .decided(nil)
  }

  /// The first scalars of UTF-8 bytes, decoded as they are asked for.
  private struct LeadingScalars {
    let bytes: UnsafeBufferPointer<UInt8>
    private var scalars: [Unicode.Scalar] = []
    private var next = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The scalar at `index`, or nil past the end.
    subscript(index: Int) -> Unicode.Scalar? {
      mutating get {
        while scalars.count <= index, next < bytes.count {
          let lead = bytes[next]
          scalars.append(UnicodeScalars.scalar(at: next, in: bytes))
          next += UnicodeScalars.width(lead: lead)
        }
        return index < scalars.count ? scalars[index] : nil
      }
    }

    /// Whether the scalars up to `index` (those there are) are characters of their own.
    mutating func isStandalone(through index: Int) -> Bool {
      (0...index).allSatisfy { self[$0].map(UnicodeScalars.isStandalone) ?? true }
    }
  }

  /// `parseLatin` on text that is all ASCII and trimmed, where a byte is a character.
  private static func parseASCII(_ text: UnsafeBufferPointer<UInt8>) -> Match? {
    let rest = { (start: Int) in
      String(
        decoding: ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: text[start...])), as: UTF8.self)
    }
    return parseASCII(text, rest: rest)
  }

  /// `parseLatin` on text whose first characters are the ASCII bytes `text`, with `rest(start)`
  /// the text from character `start` on, trimmed. Years and labels that reach the end of `text`
  /// need the whole text: it must all be in `text` then.
  private static func parseASCII(_ text: UnsafeBufferPointer<UInt8>, rest restFrom: (Int) -> String)
    -> Match?
  {
    guard !text.isEmpty else { return nil }
    let string = { (range: Range<Int>) in
      String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    }
    let count = text.count
    // "2022 (Stocktaking)" or "2022:"
    var digits = 0
    while digits < count, ASCIIBytes.isDigit(text[digits]) { digits += 1 }
    if digits == 4, let year = Int(string(0..<4)), (1900...2199).contains(year) {
      let after = ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: text[4...]))
      if after.count > 2, after.first == UInt8(ascii: "("), after.last == UInt8(ascii: ")"),
        !after.dropFirst().contains(UInt8(ascii: "("))
      {
        let caption = String(
          decoding: ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: after.dropFirst().dropLast())),
          as: UTF8.self)
        return Match(
          label: Label(
            text: string(0..<count), style: .calendarYear, value: year, caption: caption), rest: "")
      }
      if after.first == UInt8(ascii: ":") {
        let rest = String(
          decoding: ASCIIBytes.trimmed(UnsafeBufferPointer(rebasing: after.dropFirst())),
          as: UTF8.self)
        return Match(
          label: Label(text: string(0..<4) + ":", style: .calendarYear, value: year), rest: rest)
      }
    }
    // "Year 1:"
    if count >= 5, text[0] == UInt8(ascii: "Y") || text[0] == UInt8(ascii: "y"),
      text[1] == UInt8(ascii: "e"), text[2] == UInt8(ascii: "a"), text[3] == UInt8(ascii: "r"),
      text[4] == UInt8(ascii: " ")
    {
      var end = 5
      while end < count, ASCIIBytes.isDigit(text[end]) { end += 1 }
      if let value = Int(string(5..<end)), end < count,
        text[end] == UInt8(ascii: ":") || text[end] == UInt8(ascii: ".")
      {
        return Match(
          label: Label(text: string(0..<(end + 1)), style: .englishRelativeYear, value: value),
          rest: restFrom(end + 1))
      }
    }
    if text[0] == UInt8(ascii: "(") {
      // "(a)", "(12)", "(iv)", "(A)"
      guard let close = text.firstIndex(of: UInt8(ascii: ")")), close > 1, close <= 6 else {
        return nil
      }
      guard close + 1 == count || ASCIIBytes.isWhitespace(text[close + 1]) else { return nil }
      guard let (style, value) = enumerator(string(1..<close), parenthesized: true) else {
        return nil
      }
      return Match(
        label: Label(text: string(0..<(close + 1)), style: style, value: value),
        rest: restFrom(close + 1))
    }
    // "1.", "12.", "II.", "A.", "a)", "1)"
    var head = 0
    while head < count, ASCIIBytes.isAlphanumeric(text[head]) { head += 1 }
    guard head > 0,
      head <= 5 || (head <= maximumParagraphNumberDigits && ASCIIBytes.isDigits(text[0..<head])),
      head < count
    else { return nil }
    let delimiter = text[head]
    guard delimiter == UInt8(ascii: ".") || delimiter == UInt8(ascii: ")") else { return nil }
    guard head + 1 == count || ASCIIBytes.isWhitespace(text[head + 1]) else { return nil }
    let inner = string(0..<head)
    let rest = restFrom(head + 1)
    if (4...maximumParagraphNumberDigits).contains(head), delimiter == UInt8(ascii: "."),
      ASCIIBytes.isDigits(text[0..<head]),
      let value = Int(inner), value >= 1000, !rest.isEmpty
    {
      return Match(label: Label(text: inner + ".", style: .arabic, value: value), rest: rest)
    }
    guard let (style, value) = enumerator(inner, parenthesized: delimiter == UInt8(ascii: ")"))
    else { return nil }
    if style == .upperLetter || (style == .upperRoman && value == 1) {
      guard let next = rest.first, next.isUppercase || next.isNumber else { return nil }
    }
    return Match(
      label: Label(text: inner + String(UnicodeScalar(delimiter)), style: style, value: value),
      rest: rest)
  }
}
