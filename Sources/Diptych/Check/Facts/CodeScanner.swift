/// Finds codes that contain numbers ("P-4", "Su-24", "JWH-018", "H5N1", "F3"), printed alike in
/// both languages and compared whole: "P-4" against "P-14" is a changed grade, not two numbers.
enum CodeScanner {
  /// Words glued to a number that state an amount or a year, not a code ("US5", "post2015").
  static let amountPrefixes: Set<String> = [
    "post", "pre", "mid", "euro", "euros", "eur", "usd", "us", "chf", "swf", "gbp", "a", "nz",
    "can",
    "rmb", "cny", "jpy", "rs", "inr",
  ]

  /// The code starting at `start`, if one does, and the index after it.
  ///
  /// A code opens with a word in capitals or a short capitalized word ("P", "Su", "JWH"), followed
  /// directly or after a
  /// hyphen by digits, and runs on through letters, digits and hyphens before digits. It is
  /// elidable: a translation may name the thing instead ("COVID-19" = 2019冠状病毒病), so it counts
  /// only against another code or number left over on the other side.
  static func scan(_ text: ScalarText, at start: Int) -> (fact: Fact, end: Int)? {
    // Lower-case words, most words, open no code: told before the word is read.
    guard let first = text[start], first.isUppercaseLatin else { return nil }
    if let previous = text[start - 1], previous.isLatinLetter || previous.isDigit || previous.isDash
    {
      return nil
    }
    var wordEnd = start
    while text[wordEnd]?.isLatinLetter == true { wordEnd += 1 }
    let hasDash = text[wordEnd]?.isDash == true
    let digitStart = hasDash ? wordEnd + 1 : wordEnd
    guard text[digitStart]?.isDigit == true else { return nil }
    // Capitals ("JWH", "COVID") or a short capitalized word ("Su", "Mi"); "April-22" is a date.
    let capitals = (start..<wordEnd).count { text[$0]?.isUppercaseLatin == true }
    guard capitals == wordEnd - start && capitals <= 8 || wordEnd - start <= 3 else { return nil }
    if !hasDash, amountPrefixes.contains(text.text(start..<wordEnd).lowercased()) { return nil }
    let end = text.endOfLatinName(from: digitStart)
    var value = ""
    for index in start..<end {
      guard let scalar = text[index], !scalar.isDash else { continue }
      if let digit = scalar.digitValue {
        value.append(Character(Unicode.Scalar(digit + 48)))
      } else {
        value.append(Character(scalar).uppercased())
      }
    }
    let fact = Fact(
      kind: .code, value: value, text: text.text(start..<end), offset: start, isElidable: true)
    return (fact, end)
  }
}
