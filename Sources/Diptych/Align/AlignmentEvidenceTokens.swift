/// Tokens that survive translation and so are evidence that two texts correspond: numbers of two
/// or more digits, acronyms (OST, LTS) and document symbols (A/RES/62/217).
///
/// Deliberately small and private to alignment; the checks have their own numeric-fact extractor.
struct AlignmentEvidenceToken: Hashable, Sendable {
  /// The normalized token: digits without group separators, or the symbol as written.
  var text: String
  /// Whether the token is a number (a missing number counts against a pair; a missing acronym
  /// does not, since translators often spell acronyms out).
  var isNumeric: Bool

  /// The evidence tokens of `text`, in order of appearance, duplicates included.
  static func tokens(in text: String) -> [AlignmentEvidenceToken] {
    asciiScalars(of: text).withUnsafeBufferPointer(tokens(inScalars:))
  }

  /// The tokens of the words of `scalars` (see `asciiScalars`). A word is a run of letters,
  /// digits and slashes, with "1,000" and "1.5" one number (the separator dropped, the decimal
  /// point kept); its counts are kept while scanning, and only a word that can yield a token is
  /// copied out and classified (most words, "the" or "Council", cannot).
  private static func tokens(inScalars scalars: UnsafeBufferPointer<UInt8>)
    -> [AlignmentEvidenceToken]
  {
    var tokens: [AlignmentEvidenceToken] = []
    var start = -1  // where the open word starts, -1 when none is open
    var digits = 0
    var uppercase = 0
    var lowercase = 0
    var slashes = 0
    var index = 0
    while index <= scalars.count {
      let scalar: UInt8? = index < scalars.count ? scalars[index] : nil
      if let scalar, isWordScalar(scalar) {
        if start < 0 { start = index }
        if isDigit(scalar) {
          digits += 1
        } else if scalar == slash {
          slashes += 1
        } else if scalar >= UInt8(ascii: "a") {
          lowercase += 1
        } else {
          uppercase += 1
        }
      } else if let scalar, scalar == comma || scalar == dot, start >= 0,
        isDigit(scalars[index - 1]), index + 1 < scalars.count, isDigit(scalars[index + 1])
      {
        // A separator inside a number: the word goes on (commas are dropped when it is copied).
      } else {
        if start >= 0
          && mayHoldToken(
            digits: digits, letters: uppercase + lowercase, uppercase: uppercase,
            lowercase: lowercase, slashes: slashes)
        {
          // Inside a word only separators are not word scalars: drop the commas, keep the dots.
          classify(scalars[start..<index].filter { $0 != comma }, into: &tokens)
        }
        start = -1
        (digits, uppercase, lowercase, slashes) = (0, 0, 0, 0)
      }
      index += 1
    }
    return tokens
  }

  /// Whether `classify` finds a token in a word of these counts: two digits make a number (alone
  /// or in a run), letters with a slash and a digit a symbol, two capitals and no small letter an
  /// acronym.
  private static func mayHoldToken(
    digits: Int, letters: Int, uppercase: Int, lowercase: Int, slashes: Int
  ) -> Bool {
    digits >= 2 || letters > 0 && (slashes > 0 && digits > 0 || uppercase >= 2 && lowercase == 0)
  }

  /// One byte per Unicode scalar of `text`: ASCII as itself, full-width ASCII (Ａ, ２, ／) as its
  /// ASCII form, anything else 0, which no rule treats as part of a token. Tokens are ASCII, so
  /// reading bytes rather than scalars changes nothing but the cost (tokenizing was a tenth of a
  /// long document's alignment).
  private static func asciiScalars(of text: String) -> [UInt8] {
    var text = text
    return text.withUTF8 { bytes in
      var result: [UInt8] = []
      result.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        let lead = bytes[index]
        if lead < 0x80 {
          result.append(lead)
          index += 1
          continue
        }
        let value = UnicodeScalars.scalar(at: index, in: bytes).value
        result.append((0xFF01...0xFF5E).contains(value) ? UInt8(value - 0xFEE0) : 0)
        index += UnicodeScalars.width(lead: lead)
      }
      return result
    }
  }

  private static func classify(_ word: [UInt8], into tokens: inout [AlignmentEvidenceToken]) {
    let hasLetter = word.contains(where: isLetter)
    if !hasLetter {
      let digits = word.count(where: isDigit)
      if digits >= 2 {
        tokens.append(.init(text: String(decoding: word, as: UTF8.self), isNumeric: true))
      }
      return
    }
    // Words hold ASCII letters, digits and slashes only (see `isWordScalar`).
    let uppercase = word.count { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
    let lowercase = word.count { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }
    let isSymbol = word.contains(slash) && word.contains(where: isDigit)
    if isSymbol || (uppercase >= 2 && lowercase == 0) {
      var trimmed = word[...]
      while trimmed.first == slash { trimmed.removeFirst() }
      while trimmed.last == slash { trimmed.removeLast() }
      tokens.append(.init(text: String(decoding: trimmed, as: UTF8.self), isNumeric: false))
      return
    }
    // "56th", "A4b": the digits are still a number; a word of fewer than two digits has none (most
    // words, so they leave here without building the runs).
    if word.count(where: isDigit) < 2 { return }
    var run: [UInt8] = []
    for scalar in word + [UInt8(ascii: " ")] {
      if isDigit(scalar) || (scalar == dot && !run.isEmpty) {
        run.append(scalar)
      } else {
        if run.count(where: isDigit) >= 2 {
          while run.last == dot { run.removeLast() }
          tokens.append(.init(text: String(decoding: run, as: UTF8.self), isNumeric: true))
        }
        run.removeAll()
      }
    }
  }

  private static let comma = UInt8(ascii: ",")
  private static let dot = UInt8(ascii: ".")
  private static let slash = UInt8(ascii: "/")

  private static func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }
  private static func isWordScalar(_ byte: UInt8) -> Bool {
    isDigit(byte) || isLetter(byte) || byte == slash
  }
}
