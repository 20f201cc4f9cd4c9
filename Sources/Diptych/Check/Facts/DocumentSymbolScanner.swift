/// Finds UN document symbols ("A/AC.105/C.2/2021/CRP.12", "S/2015/123"), printed alike in both
/// languages.
enum DocumentSymbolScanner {
  /// The symbol starting at `start`, if one does, and the index after it.
  static func scan(_ text: ScalarText, at start: Int) -> (fact: Fact, end: Int)? {
    guard let first = text[start], first.isUppercaseLatin else { return nil }
    if let previous = text[start - 1], previous.isLatinLetter || previous.isDigit || previous == "/"
    {
      return nil
    }
    var end = start
    var slashes = 0
    var digits = 0
    var firstSlash: Int? = nil
    while let scalar = text[end],
      scalar.isLatinLetter || scalar.isDigit || scalar == "/" || scalar == "."
        || scalar == "-"
    {
      if scalar == "/" {
        slashes += 1
        if firstSlash == nil { firstSlash = end }
      }
      if scalar.isDigit { digits += 1 }
      end += 1
    }
    // Trailing punctuation belongs to the sentence.
    while let last = text[end - 1], last == "." || last == "-" || last == "/" { end -= 1 }
    guard slashes >= 1, digits >= 1, let firstSlash, firstSlash < end else { return nil }
    // The series prefix is capitals ("A", "UNEP", "E/CN.6"): no lower-case words like "and/or".
    for index in start..<firstSlash {
      guard let scalar = text[index], scalar.isUppercaseLatin || scalar == "." else { return nil }
    }
    let printed = text.text(start..<end)
    return (Fact(kind: .documentSymbol, value: printed, text: printed, offset: start), end)
  }
}
