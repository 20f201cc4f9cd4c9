/// Where English sentences end: after `.`, `!`, `?` or an ellipsis (with any closing quotes and
/// brackets), before white space and a capital, a digit, or an opening quote or bracket, unless
/// the stop belongs to an abbreviation, an initial or a paragraph number.
enum EnglishSentenceSplitter {
  /// The scalar indices where sentences end (the white space after them excluded).
  static func sentenceEnds(in scalars: [Unicode.Scalar]) -> [Int] {
    var ends: [Int] = []
    var quotes = StraightQuoteTracker()
    var sentenceStart = 0
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      guard isStop(scalar) else {
        quotes.see(scalar)
        index += 1
        continue
      }
      var stopsEnd = index
      while stopsEnd < scalars.count, isStop(scalars[stopsEnd]) { stopsEnd += 1 }
      let end = quotes.endOfClosers(in: scalars, from: stopsEnd)
      defer { index = max(end, index + 1) }
      guard end < scalars.count, CharacterClass.isWhitespace(scalars[end]) else { continue }
      guard let next = scalars[end...].firstIndex(where: { !CharacterClass.isWhitespace($0) }),
        startsSentence(scalars[next])
      else { continue }
      let stops = scalars[index..<stopsEnd]
      // An abbreviation goes on with its sentence; closing a quotation or a bracket, the stop
      // ends one ("He said \"No.\" Then").
      if end > stopsEnd
        || endsSentence(stops: stops, at: index, sentenceStart: sentenceStart, in: scalars)
      {
        ends.append(end)
        sentenceStart = next
      }
    }
    return ends
  }

  @inline(__always) static func isStop(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80
      ? scalar == "." || scalar == "!" || scalar == "?" : CharacterClass.isEllipsis(scalar)
  }

  /// Whether a sentence may start with `scalar`.
  static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII, most of an English text, needs no property look-up: its only upper-case letters
    // are A–Z, its only decimal digits 0–9, and it has no title-case letter and no Han.
    guard scalar.value >= 0x80 else {
      let byte = UInt8(scalar.value)
      return ASCIIBytes.isUppercase(byte) || ASCIIBytes.isDigit(byte)
        || CharacterClass.openers.contains(scalar)
    }
    return startsSentenceByProperties(scalar)
  }

  /// `startsSentence(_:)` by the scalar's properties, for any scalar.
  static func startsSentenceByProperties(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    return properties.isUppercase || properties.generalCategory == .titlecaseLetter
      || properties.generalCategory == .decimalNumber || CharacterClass.openers.contains(scalar)
      || CharacterClass.isHan(scalar)
  }

  /// Whether the stops at `stopIndex`, followed by white space and a possible sentence start,
  /// end the sentence that began at `sentenceStart`.
  static func endsSentence(
    stops: ArraySlice<Unicode.Scalar>, at stopIndex: Int, sentenceStart: Int,
    in scalars: [Unicode.Scalar]
  ) -> Bool {
    if stops.contains("!") || stops.contains("?") { return true }
    let before = stopIndex > 0 ? scalars[stopIndex - 1] : " "
    if stops.count > 1 || CharacterClass.ellipses.contains(stops[stops.startIndex]) {
      // An ellipsis standing apart ("States ... shall", "[…]") marks an omission, not an end.
      return !(CharacterClass.isWhitespace(before) || CharacterClass.openers.contains(before))
    }
    let word = wordBefore(stopIndex, in: scalars)
    if EnglishAbbreviations.isNonTerminal(
      word, previousWord: wordBefore(stopIndex - word.unicodeScalars.count - 1, in: scalars))
    {
      return false
    }
    // "1." or "IV." alone is a paragraph number left in the text, not a sentence.
    if isLongerThanParagraphNumber(scalars[sentenceStart..<stopIndex]) { return true }
    if isNumberedLikeAParagraph(scalars[sentenceStart..<stopIndex]) { return false }
    let sentenceSoFar = CharacterClass.string(scalars[sentenceStart..<stopIndex])
    return !EnglishAbbreviations.isParagraphNumber(sentenceSoFar)
  }

  /// Whether `scalars` have more than 12 characters besides white space and brackets, too many
  /// for a paragraph number, as their first standalone scalars show without making a string.
  private static func isLongerThanParagraphNumber(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var count = 0
    for scalar in scalars {
      guard UnicodeScalars.isStandalone(scalar) else { return false }
      if !CharacterClass.isWhitespace(scalar) && scalar != "(" && scalar != ")" {
        count += 1
        if count > 12 { return true }
      }
    }
    return false
  }

  /// Whether `scalars` are digits, with stops, spaces and brackets, as "12." or "(3)" are: a
  /// paragraph number (``EnglishAbbreviations/isParagraphNumber(_:)``), told without a string.
  /// False where the string must tell.
  static func isNumberedLikeAParagraph(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var digits = 0
    var kept = 0
    for scalar in scalars {
      switch scalar {
      case "0"..."9":
        digits += 1
        kept += 1
      case ".": kept += 1
      case " ", "(", ")": break
      default: return false
      }
    }
    return digits > 0 && kept <= 12
  }

  /// The non-blank run of text that ends just before `index`, opening quotes and brackets
  /// excluded.
  static func wordBefore(_ index: Int, in scalars: [Unicode.Scalar]) -> String {
    guard index > 0, index <= scalars.count else { return "" }
    var start = index
    while start > 0, !CharacterClass.isWhitespace(scalars[start - 1]),
      !CharacterClass.openers.contains(scalars[start - 1])
    {
      start -= 1
    }
    return CharacterClass.string(scalars[start..<index])
  }
}
