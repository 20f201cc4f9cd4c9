/// Finds the digit runs in a block's text that may be footnote calls, by how calls look after
/// PDF extraction in each language. Which of them really are calls is decided by
/// ``FootnoteSequence``, from the fact that calls number the footnotes in increasing order.
///
/// The finder reads a text by `Character`s, or by `Unicode.Scalar`s where each scalar is a
/// character of its own (``CallFinderCharacter``): both give the same candidates.
enum FootnoteCallFinder {
  /// Whether `scalar`, as a character of its own, may start a candidate call: a digit (ASCII or
  /// full-width) or a superscript digit.
  static func mayStartCall(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0xFF10...0xFF19, 0xB2, 0xB3, 0xB9, 0x2070, 0x2074...0x2079: true
    default: false
    }
  }

  /// Whether some scalar of `text` passes ``mayStartCall(_:)``, read from its UTF-8 bytes.
  static func mayHoldCall(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        let third = index + 2 < bytes.count ? bytes[index + 2] : 0
        switch byte {
        case 0x30...0x39: return true
        // U+00B2, U+00B3, U+00B9.
        case 0xC2 where next == 0xB2 || next == 0xB3 || next == 0xB9: return true
        // U+2070, U+2074–U+2079.
        case 0xE2 where next == 0x81 && (third == 0xB0 || (0xB4...0xB9).contains(third)):
          return true
        // U+FF10–U+FF19.
        case 0xEF where next == 0xBC && (0x90...0x99).contains(third): return true
        default: index += UnicodeScalars.width(lead: byte)
        }
      }
      return false
    }
  }

  /// The candidate calls in `text`.
  ///
  /// - Parameter loneLines: character ranges of `text` that came from lines holding only a number.
  /// - Parameter mayStart: false where no call can start, to skip the character unseen.
  static func candidates<Text: RandomAccessCollection>(
    in text: Text, block: Int, language: Language, loneLines: [Range<Int>],
    mayStart: (Int) -> Bool = { _ in true }
  ) -> [FootnoteCandidate] where Text.Index == Int, Text.Element: CallFinderCharacter {
    var found: [FootnoteCandidate] = []
    var index = 0
    while index < text.count {
      guard mayStart(index) else {
        index += 1
        continue
      }
      let character = text[index]
      if character.superscriptDigit != nil {
        let end = text[index...].firstIndex { $0.superscriptDigit == nil } ?? text.count
        let number = text[index..<end].reduce(0) { $0 * 10 + $1.superscriptDigit! }
        found.append(candidate(text, block, index..<end, number, .definite))
        index = end
        continue
      }
      guard character.isCallDigit else {
        index += 1
        continue
      }
      let end = text[index...].firstIndex { !$0.isCallDigit } ?? text.count
      if let candidate = classify(
        text, block: block, digits: index..<end, language: language, loneLines: loneLines)
      {
        found.append(candidate)
      }
      index = end
    }
    return found
  }

  private static func classify<Text: RandomAccessCollection>(
    _ text: Text, block: Int, digits: Range<Int>, language: Language, loneLines: [Range<Int>]
  ) -> FootnoteCandidate? where Text.Index == Int, Text.Element: CallFinderCharacter {
    let start = digits.lowerBound
    let end = digits.upperBound
    let previous = start > 0 ? text[start - 1] : nil
    let next = end < text.count ? text[end] : nil
    let value = Text.Element.number(text[digits])

    if loneLines.contains(where: { $0.contains(start) }), digits.count <= 3 {
      return candidate(text, block, digits, value, .loneLine)
    }
    // "[1]"; "[1]" opening a block marks a list item, as calls never open blocks.
    if previous == "[", next == "]", digits.count <= 3 {
      guard start > 1 else { return nil }
      return candidate(text, block, (start - 1)..<(end + 1), value, .bracketed)
    }
    // "word 1/", "word.1/", "意见1/。": the older UN style; not "A/55/1/" (a symbol), "1/2" (a
    // fraction) nor "1/CP.21" (a decision).
    if next == "/", digits.count <= 3, value > 0, let previous, previous != "/",
      mayFollowSlashedCall(end + 1 < text.count ? text[end + 1] : nil)
    {
      return candidate(text, block, start..<(end + 1), value, .slashed)
    }
    // "2001-20107": a year range with a call glued to its end.
    if digits.count >= 5, digits.count <= 7, let previous, previous == "-" || previous == "–",
      start >= 5,
      text[(start - 5)..<(start - 1)].allSatisfy(\.isCallDigit)
    {
      let tail = (start + 4)..<end
      let number = Text.Element.number(text[tail])
      return candidate(text, block, tail, number, .gluedToNumber)
    }
    guard digits.count <= 3, value > 0 else { return nil }
    return language.isChinese
      ? classifyChinese(text, block, digits, value, previous: previous, next: next)
      : classifyEnglish(text, block, digits, value, previous: previous, next: next)
  }

  private static func classifyEnglish<Text: RandomAccessCollection>(
    _ text: Text, _ block: Int, _ digits: Range<Int>, _ value: Int, previous: Text.Element?,
    next: Text.Element?
  ) -> FootnoteCandidate? where Text.Index == Int, Text.Element: CallFinderCharacter {
    let start = digits.lowerBound
    let end = digits.upperBound
    let nextIsBoundary = next == nil || next!.isWhitespace
    // The word after a spaced call starts with a letter: "1 aiming", "3 China"; "1 per cent" and
    // "5 and 6" are excluded by the sequence if not by this.
    let wordAfter: Text.Element? = next == " " && end + 1 < text.count ? text[end + 1] : nil
    guard nextIsBoundary, wordAfter == nil || wordAfter!.isLetter else { return nil }
    guard let previous else { return nil }
    // "Monday, 23 February", "2014, 22 per cent": after punctuation, a date or a quantity.
    let quantity = wordAfter != nil && isQuantityWord(text, from: end + 1)
    if previous == " ", start >= 2, text[start - 2].isIn(.englishPunctuation) {
      guard !quantity else { return nil }
      // "para. 5" and "No. 3" cite numbers: the word before the point is an abbreviation.
      if text[start - 2] == "." && precedingWordIsAbbreviation(text, before: start - 2) {
        return nil
      }
      return candidate(text, block, digits, value, .afterPunctuation)
    }
    if previous.isIn(.englishPunctuation), previous != ")", start >= 2, !quantity {
      let beforePunctuation = text[start - 2]
      // "2024.1" (a year, then a call) but not "55/101.2" (a decimal or a symbol).
      if beforePunctuation.isCallDigit {
        let number = runStart(in: text, before: start - 1, where: \.isCallDigit)..<(start - 1)
        guard number.count == 4, digits.count <= 2,
          start - 1 - 4 == 0 || (text[start - 6] != "/" && text[start - 6] != ".")
        else { return nil }
      } else if !beforePunctuation.isLetter && beforePunctuation != ")" {
        return nil
      }
      return candidate(text, block, digits, value, .afterPunctuation)
    }
    if previous.isLetter, start >= 3 {
      // "Declaration8": a word of three letters or more, not an acronym ("COVID19", "G77").
      let word = runStart(in: text, before: start, where: \.isLetter)..<start
      guard word.count >= 3, word.contains(where: { !text[$0].isUppercase }) else { return nil }
      return candidate(text, block, digits, value, .glued)
    }
    return nil
  }

  private static func classifyChinese<Text: RandomAccessCollection>(
    _ text: Text, _ block: Int, _ digits: Range<Int>, _ value: Int, previous: Text.Element?,
    next: Text.Element?
  ) -> FootnoteCandidate? where Text.Index == Int, Text.Element: CallFinderCharacter {
    // "行动38": an action number (but "活动1。" ends an activity's sentence with a call).
    if digits.lowerBound >= 2, text[digits.lowerBound - 2] == "行",
      text[digits.lowerBound - 1] == "动" || text[digits.lowerBound - 1] == "動"
    {
      return nil
    }
    guard let previous, !previous.isIn(.chineseReferenceWord),
      previous.isCJKIdeograph || previous.isIn(.chinesePunctuation)
    else { return nil }
    let end = digits.upperBound
    if let next, next.isIn(.chineseJoiner), end + 1 < text.count,
      text[end + 1].isCallDigit || text[end + 1].isIn(.chineseNumeral)
        || text[end + 1] == "表"
    {
      return nil
    }
    if let next {
      if next.isIn(.chineseUnit) || next.isWhitespace || next.isLetter && next.isASCIIAlphanumeric {
        return nil
      }
      if next == "." || next == "/" || next == "-" || next == "," { return nil }
      guard next.isCJKIdeograph || next.isIn(.chinesePunctuation) || next == "《" || next == "“"
      else { return nil }
      // After a full stop the call is followed by the next sentence: "基石。7工作组".
      if previous.isIn(.chinesePunctuation), !next.isCJKIdeograph, next != "《", next != "“" {
        return nil
      }
    }
    let beforePunctuation =
      previous.isCJKIdeograph && next.map { $0.isIn(.chinesePunctuation) } ?? false
    return candidate(
      text, block, digits, value, beforePunctuation ? .gluedBeforePunctuation : .glued)
  }

  /// Whether `character` may follow the slash of a call: the end of the text, white space,
  /// punctuation or Chinese; not a letter, a digit or another slash.
  private static func mayFollowSlashedCall(_ character: (some CallFinderCharacter)?) -> Bool {
    guard let character else { return true }
    return character != "/" && !character.isASCIIAlphanumeric
  }

  /// Words after which a number is a date or a quantity.
  static let quantityWords: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october",
    "november", "december", "per", "percent", "and", "or", "to", "million", "billion", "thousand",
    "hundred",
    "times", "years", "months", "days", "weeks", "hours", "of", "out",
  ]

  /// The longest of `quantityWords`, in letters.
  private static let longestQuantityWord = 9

  /// Whether the word from `index` on, lower-cased, is one of `quantityWords`.
  static func isQuantityWord<Text: RandomAccessCollection>(
    _ text: Text, from index: Int
  ) -> Bool where Text.Index == Int, Text.Element: CallFinderCharacter {
    // Lower-casing never makes fewer characters: a longer word is none. An ASCII word is
    // lower-cased on its bytes, into a small `String` that needs no storage of its own.
    var lowered: (UInt64, UInt64) = (0, 0)
    var ascii = true
    var end = index
    while end < text.count, text[end].isLetter {
      let length = end - index
      if length == longestQuantityWord { return false }
      if let byte = text[end].asciiValue {
        let folded = UInt64(ASCIIBytes.isUppercase(byte) ? byte | 0x20 : byte)
        if length < 8 {
          lowered.0 |= folded << (8 * UInt64(length))
        } else {
          lowered.1 |= folded << (8 * UInt64(length - 8))
        }
      } else {
        ascii = false
      }
      end += 1
    }
    guard ascii else {
      return quantityWords.contains(Text.Element.string(text[index..<end]).lowercased())
    }
    let word = withUnsafeBytes(of: &lowered) { bytes in
      let start = bytes.baseAddress!.assumingMemoryBound(to: UInt8.self)
      return String(decoding: UnsafeBufferPointer(start: start, count: end - index), as: UTF8.self)
    }
    return quantityWords.contains(word)
  }

  private static let abbreviations: Set<String> = [
    "no", "nos", "para", "paras", "art", "arts", "p", "pp", "vol", "ch", "sect", "fig", "op", "cit",
    "ibid",
  ]

  private static func precedingWordIsAbbreviation<Text: RandomAccessCollection>(
    _ text: Text, before index: Int
  ) -> Bool where Text.Index == Int, Text.Element: CallFinderCharacter {
    let start = runStart(in: text, before: index, where: \.isLetter)
    let word = Text.Element.string((start..<index).map { text[$0] }).lowercased()
    return abbreviations.contains(word)
  }

  /// Where the run of characters that pass `test` and end before `index` starts. Found by
  /// indices: a reversed view of a generic text needs its types' metadata made at run time, each
  /// a scan of every conformance the process has loaded.
  private static func runStart<Text: RandomAccessCollection>(
    in text: Text, before index: Int, where test: (Text.Element) -> Bool
  ) -> Int where Text.Index == Int {
    var start = index
    while start > text.startIndex, test(text[start - 1]) { start -= 1 }
    return start
  }

  private static func candidate<Text: RandomAccessCollection>(
    _ text: Text, _ block: Int, _ range: Range<Int>, _ value: Int, _ form: FootnoteCandidate.Form,
    number: Int? = nil
  ) -> FootnoteCandidate where Text.Index == Int, Text.Element: CallFinderCharacter {
    // Remove one space the call leaves behind: "2021, 1 aiming" → "2021, aiming"; "item. 2" →
    // "item.";
    // "item 2/." → "item.", as the space belongs to a slashed call.
    var removal = range
    if removal.lowerBound > 0, text[removal.lowerBound - 1] == " ",
      removal.upperBound == text.count || text[removal.upperBound] == " "
        || form == .slashed && text[removal.upperBound].isPunctuation
    {
      removal = (removal.lowerBound - 1)..<removal.upperBound
    }
    return FootnoteCandidate(
      block: block, range: range, removal: removal, number: number ?? value, form: form,
      marker: Text.Element.string(text[range]))
  }
}
