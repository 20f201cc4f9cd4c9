/// Where Chinese sentences end: after 。！？； (and ASCII ! ? ; written in Chinese text), and
/// after an ellipsis that closes a sentence, with any closing quotes and brackets.
enum ChineseSentenceSplitter {
  /// The stops: 。！？； always, and ASCII ! ? ; next to Chinese (see `isStop`).
  static let asciiStops: ScalarSet = ["!", "?", ";"]
  /// Punctuation that continues a sentence: a quotation that ends in 。 inside a sentence is
  /// followed by one of these.
  static let continuing: ScalarSet = ["\u{FF0C}", "\u{3001}", "\u{FF1A}", ",", ":"]

  static let semicolons: ScalarSet = ["\u{FF1B}", ";"]
  /// The fewest letters or digits a clause after a semicolon needs to stand as a sentence: UN
  /// texts end lists with "；及" ("; and"), and a footnote call may follow the semicolon.
  static let minimumClauseAfterSemicolon = 3

  /// The scalar indices where sentences end (the white space after them excluded).
  static func sentenceEnds(in scalars: [Unicode.Scalar]) -> [Int] {
    var ends: [Int] = []
    var quotes = StraightQuoteTracker()
    var brackets = BracketDepth()
    var index = 0
    while index < scalars.count {
      let isEllipsis = CharacterClass.isEllipsis(scalars[index])
      guard isEllipsis || isStop(at: index, in: scalars) else {
        quotes.see(scalars[index])
        brackets.see(scalars[index])
        index += 1
        continue
      }
      var stopsEnd = index
      while stopsEnd < scalars.count,
        CharacterClass.isEllipsis(scalars[stopsEnd]) || isStop(at: stopsEnd, in: scalars)
      {
        stopsEnd += 1
      }
      let end = quotes.endOfClosers(in: scalars, from: stopsEnd)
      defer { index = max(end, index + 1) }
      for closer in scalars[stopsEnd..<end] { brackets.see(closer) }
      let stops = scalars[index..<stopsEnd]
      if stops.allSatisfy(semicolons.contains) {
        // A semicolon inside brackets ("(2001年1月20日；2014年2月24日)") separates items, not
        // sentences. Full stops split even there: an unclosed bracket must not swallow the text.
        guard brackets.isOutside,
          clauseLength(from: end, in: scalars) >= minimumClauseAfterSemicolon
        else {
          continue
        }
      }
      let onlyEllipsis = stops.allSatisfy { CharacterClass.ellipses.contains($0) }
      if endsSentence(at: end, afterEllipsisOnly: onlyEllipsis, in: scalars) { ends.append(end) }
    }
    return ends
  }

  /// Whether the scalar at `index` is a sentence stop; ASCII ones count only next to Chinese.
  @inline(__always) static func isStop(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
    // Asked of every scalar: a switch, not a set, inlined into the loops that ask.
    switch scalars[index].value {
    case 0x3002, 0xFF01, 0xFF1F, 0xFF1B: return true  // 。！？；
    case 0x21, 0x3F, 0x3B: return isStopNextToChinese(at: index, in: scalars)
    default: return false
    }
  }

  /// Whether the ASCII ! ? or ; at `index` stands next to Chinese, so is a stop.
  private static func isStopNextToChinese(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
    let before = index > 0 ? scalars[index - 1] : " "
    let after = scalars[(index + 1)...].first {
      !CharacterClass.isWhitespace($0) && !asciiStops.contains($0)
    }
    return !before.isASCII || after.map { CharacterClass.isHan($0) || !$0.isASCII } ?? false
  }

  /// The number of letters and digits from `start` to the next stop or the end of the text.
  static func clauseLength(from start: Int, in scalars: [Unicode.Scalar]) -> Int {
    var count = 0
    for index in start..<scalars.count {
      if isStop(at: index, in: scalars) { break }
      if isLetterOrDigit(scalars[index]) { count += 1 }
    }
    return count
  }

  /// Whether `scalar` is alphabetic or numeric, without a property look-up for ASCII and the
  /// unified ideographs (all alphabetic, none numeric).
  @inline(__always) static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x80: ASCIIBytes.isAlphanumeric(UInt8(scalar.value))
    case 0x4E00...0x9FFF: true
    default: scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
  }

  /// Whether a sentence ends at `end`, just after stops and closers.
  static func endsSentence(at end: Int, afterEllipsisOnly: Bool, in scalars: [Unicode.Scalar])
    -> Bool
  {
    guard end < scalars.count else { return true }
    let next = scalars[end]
    if afterEllipsisOnly {
      // "……" also stands for "and so on" inside a sentence; it ends one only before a break
      // or a new quotation.
      return CharacterClass.isWhitespace(next) || next == "\u{201C}" || next == "\u{300C}"
        || next == "\u{300E}"
    }
    return !continuing.contains(next)
  }
}
