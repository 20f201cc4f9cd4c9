/// The footnote calls printed "[1]" or "1/" seen so far in a document's text. A line opening
/// with such a marker starts the footnote bodies only when its call came before it: "[1]" also
/// marks list items and references, and a "1/" call may be wrapped to the start of a line, and
/// neither has a call of the same number earlier in the text.
struct MarkedFootnoteCalls {
  /// At most 999 numbers in each of two styles: the set does not grow with the text.
  private var seen: Set<FootnoteBodyMarker> = []

  /// Whether `line` opens a footnote body whose call was seen: "[3] See …" after "…text[3]".
  func opensBody(_ line: String) -> Bool {
    guard !seen.isEmpty, let first = line.utf8.first,
      first == UInt8(ascii: "[") || ASCIIBytes.isDigit(first),
      let marker = FootnoteBodyMarker(line, loneNumber: false)
    else { return false }
    return seen.contains(marker)
  }

  /// Notes the marked calls of `line`: "[1]", and "1/" not in a symbol or a fraction
  /// ("A/55/1/", "1/2", "1/CP.21").
  mutating func note(_ line: String) {
    // Most lines hold no "[" and no "/": one pass without branches tells.
    let marked = line.utf8.withContiguousStorageIfAvailable { bytes in
      var found: UInt8 = 0
      for byte in bytes {
        found |= (byte == UInt8(ascii: "[") ? 1 : 0) | (byte == UInt8(ascii: "/") ? 1 : 0)
      }
      return found != 0
    }
    if marked == false { return }
    let found = line.utf8.withContiguousStorageIfAvailable { Self.calls(in: $0) }
    seen.formUnion(found ?? Self.calls(in: Array(line.utf8)))
  }

  private static func calls<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes)
    -> [FootnoteBodyMarker] where Bytes.Index == Int
  {
    var found: [FootnoteBodyMarker] = []
    for index in bytes.indices {
      let byte = bytes[index]
      // A "[1]" opening the line marks a list item or a body, not a call.
      if byte == UInt8(ascii: "["), index > bytes.startIndex {
        var end = index + 1
        while end < bytes.endIndex, ASCIIBytes.isDigit(bytes[end]) { end += 1 }
        if end < bytes.endIndex, bytes[end] == UInt8(ascii: "]"),
          let number = number(bytes[(index + 1)..<end])
        {
          found.append(FootnoteBodyMarker(number: number, style: .bracketed))
        }
      } else if byte == UInt8(ascii: "/"), index > bytes.startIndex {
        var start = index
        while start > bytes.startIndex, ASCIIBytes.isDigit(bytes[start - 1]) { start -= 1 }
        let before = start > bytes.startIndex ? bytes[start - 1] : nil
        let after = index + 1 < bytes.endIndex ? bytes[index + 1] : nil
        if before != UInt8(ascii: "/"),
          after.map({ !ASCIIBytes.isAlphanumeric($0) && $0 != UInt8(ascii: "/") }) ?? true,
          let number = number(bytes[start..<index])
        {
          found.append(FootnoteBodyMarker(number: number, style: .slashed))
        }
      }
    }
    return found
  }

  /// The value of one to three digits, if above zero.
  private static func number(_ digits: some Collection<UInt8>) -> Int? {
    guard (1...3).contains(digits.count) else { return nil }
    let value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    return value > 0 ? value : nil
  }
}
