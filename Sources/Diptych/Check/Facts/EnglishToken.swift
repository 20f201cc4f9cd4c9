/// A token of English text for fact scanning: a word, a digit number, a symbol or a punctuation mark.
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
      if let (fact, end) = DocumentSymbolScanner.scan(text, at: index) {
        tokens.append(EnglishToken(kind: .symbol(fact), range: index..<end, lower: fact.text, spaced: spaced))
        index = end
      } else if scalar.isDigit {
        let number = DigitNumberScanner.scan(text, at: index)
        tokens.append(
          EnglishToken(kind: .number(number), range: number.range, lower: "", spaced: spaced))
        index = number.range.upperBound
      } else if scalar.properties.isAlphabetic {
        var end = index
        while let next = text[end], next.properties.isAlphabetic { end += 1 }
        tokens.append(
          EnglishToken(kind: .word, range: index..<end, lower: text.text(index..<end).lowercased(), spaced: spaced))
        index = end
      } else {
        let mark = scalar.isDash ? "-" : scalar == "’" ? "'" : String(scalar)
        tokens.append(EnglishToken(kind: .punctuation, range: index..<index + 1, lower: mark, spaced: spaced))
        index += 1
      }
      spaced = false
    }
    return tokens
  }
}
