/// A token of English text for fact scanning: a word, a digit number, a symbol or a punctuation
/// mark.
struct EnglishToken {
  enum Kind {
    case word
    case number(DigitNumber)
    case symbol(Fact)
    case punctuation
  }

  var kind: Kind
  var range: Range<Int>
  /// The lower-cased word or the punctuation mark; dashes are all "-".
  var lower: String
  /// Whether a space separates this token from the previous one.
  var spaced: Bool

  var isWord: Bool { if case .word = kind { true } else { false } }

  var number: DigitNumber? { if case .number(let number) = kind { number } else { nil } }
}

/// Splits English text into ``EnglishToken``s in one pass over its scalars.
enum EnglishTokenizer {
  static func tokens(_ text: ScalarText, from start: Int) -> [EnglishToken] {
    var tokens: [EnglishToken] = []
    var index = start
    var spaced = true
    while let scalar = text[index] {
      if scalar.isSpace || scalar == "\n" || scalar == "\r" {
        spaced = true
        index += 1
        continue
      }
      if let (fact, end) = DocumentSymbolScanner.scan(text, at: index)
        ?? CodeScanner.scan(text, at: index)
      {
        tokens.append(
          EnglishToken(kind: .symbol(fact), range: index..<end, lower: fact.text, spaced: spaced))
        index = end
      } else if scalar.isDigit {
        var number = DigitNumberScanner.scan(text, at: index)
        // "in September 2014.42": a year ending a sentence, then a footnote call, not a decimal.
        if number.integerDigits.count == 4, !number.isGrouped,
          (1...3).contains(number.fractionDigits.count),
          number.range.upperBound == text.count || text[number.range.upperBound]?.isSpace == true,
          let previous = tokens.last, previous.isWord,
          EnglishNumberWords.months[previous.lower] != nil,
          let year = DecimalKey(integer: number.integerDigits).integerValue,
          (1800...2199).contains(year)
        {
          number = DigitNumber(
            range: index..<index + 4, integerDigits: number.integerDigits, fractionDigits: [],
            isGrouped: false,
            isSectionNumber: false)
        }
        tokens.append(
          EnglishToken(kind: .number(number), range: number.range, lower: "", spaced: spaced))
        index = number.range.upperBound
      } else if isLetter(scalar) {
        var end = index
        while let next = text[end], isLetter(next) { end += 1 }
        tokens.append(
          EnglishToken(
            kind: .word, range: index..<end, lower: lowercased(text, index..<end), spaced: spaced))
        index = end
      } else {
        let mark = scalar.isDash ? "-" : scalar == "’" ? "'" : String(scalar)
        tokens.append(
          EnglishToken(kind: .punctuation, range: index..<index + 1, lower: mark, spaced: spaced))
        index += 1
      }
      spaced = false
    }
    return tokens
  }

  /// Whether `scalar` is alphabetic, ASCII answered without the property tables.
  @inline(__always) private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? scalar.isLatinLetter : scalar.properties.isAlphabetic
  }

  /// The lower-cased text of a word; an ASCII word (nearly all) without going through `String`
  /// case mapping.
  private static func lowercased(_ text: ScalarText, _ range: Range<Int>) -> String {
    guard range.allSatisfy({ text.scalars[$0].value < 0x80 }) else {
      return text.text(range).lowercased()
    }
    return String(unsafeUninitializedCapacity: range.count) { buffer in
      for (offset, index) in range.enumerated() {
        let byte = UInt8(truncatingIfNeeded: text.scalars[index].value)
        buffer[offset] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
      }
      return range.count
    }
  }
}
