import Diptych

/// Changes one number inside a fact of a text: a digit, a Chinese numeral or an English number
/// word.
struct NumberPlanter {
  static let chineseDigits: [Character] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
  static let englishCardinals = [
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  ]
  static let englishOrdinals = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  ]
  static let englishWords: [String: [String]] = {
    var table: [String: [String]] = [:]
    for word in englishCardinals + [
      "one", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ] {
      table[word] = englishCardinals
    }
    for word in englishOrdinals + ["first"] { table[word] = englishOrdinals }
    return table
  }()

  /// `text` with one number in `fact` changed, or nil if the fact has nothing to change.
  static func plant(in text: String, fact: Fact, using generator: inout SplitMix64) -> String? {
    var scalars = Array(text.unicodeScalars)
    let length = fact.text.unicodeScalars.count
    guard fact.offset + length <= scalars.count else { return nil }
    let range = fact.offset..<fact.offset + length
    let digitPositions = range.filter { ("0"..."9").contains(scalars[$0]) }
    if let position = digitPositions.randomElement(using: &generator) {
      let current = Int(scalars[position].value - 48)
      let isLeading =
        position == digitPositions.first
        && (position == range.lowerBound || !("0"..."9").contains(scalars[position - 1]))
      let choices = (isLeading ? 1...9 : 0...9).filter { $0 != current }
      guard let digit = choices.randomElement(using: &generator) else { return nil }
      scalars[position] = Unicode.Scalar(UInt8(48 + digit))
      return String(String.UnicodeScalarView(scalars))
    }
    let numeralPositions = range.filter {
      chineseDigits.contains(Character(scalars[$0])) || scalars[$0] == "两"
    }
    if let position = numeralPositions.randomElement(using: &generator) {
      let current = Character(scalars[position])
      guard
        let replacement = chineseDigits.filter({ $0 != current && !(current == "两" && $0 == "二") })
          .randomElement(using: &generator)
      else { return nil }
      scalars[position] = replacement.unicodeScalars.first ?? scalars[position]
      return String(String.UnicodeScalarView(scalars))
    }
    return plantEnglishWord(in: text, fact: fact, using: &generator)
  }

  private static func plantEnglishWord(
    in text: String, fact: Fact, using generator: inout SplitMix64
  ) -> String? {
    let scalars = Array(text.unicodeScalars)
    let range = fact.offset..<fact.offset + fact.text.unicodeScalars.count
    // Find a number word inside the fact (words are split at non-letters).
    var start = range.lowerBound
    while start < range.upperBound {
      guard scalars[start].properties.isAlphabetic else {
        start += 1
        continue
      }
      var end = start
      while end < range.upperBound, scalars[end].properties.isAlphabetic { end += 1 }
      let word = String(String.UnicodeScalarView(scalars[start..<end]))
      if let choices = englishWords[word.lowercased()],
        let replacement = choices.filter({ $0 != word.lowercased() }).randomElement(
          using: &generator)
      {
        let cased =
          word.first?.isUppercase == true
          ? replacement.prefix(1).uppercased() + replacement.dropFirst() : replacement
        return String(String.UnicodeScalarView(scalars[..<start])) + cased
          + String(String.UnicodeScalarView(scalars[end...]))
      }
      start = end
    }
    return nil
  }
}
