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
    var tokens: [AlignmentEvidenceToken] = []
    var word: [Unicode.Scalar] = []
    let scalars = Array(text.unicodeScalars.lazy.map(normalized))
    var index = 0
    while index <= scalars.count {
      let scalar: Unicode.Scalar? = index < scalars.count ? scalars[index] : nil
      if let scalar, isWordScalar(scalar) {
        word.append(scalar)
      } else if let scalar, scalar == "," || scalar == ".", word.last.map(isDigit) == true,
        index + 1 < scalars.count, isDigit(scalars[index + 1])
      {
        // "1,000" and "1.5" are one number; the separator is dropped, the decimal point kept.
        if scalar == "." { word.append(scalar) }
      } else {
        if !word.isEmpty { classify(word, into: &tokens) }
        word.removeAll(keepingCapacity: true)
      }
      index += 1
    }
    return tokens
  }

  private static func classify(
    _ word: [Unicode.Scalar], into tokens: inout [AlignmentEvidenceToken]
  ) {
    let hasLetter = word.contains(where: isLetter)
    if !hasLetter {
      let digits = word.filter(isDigit).count
      if digits >= 2 {
        tokens.append(.init(text: String(String.UnicodeScalarView(word)), isNumeric: true))
      }
      return
    }
    // Words hold ASCII letters, digits and slashes only (see `isWordScalar`).
    let uppercase = word.count { ("A"..."Z").contains($0) }
    let lowercase = word.count { ("a"..."z").contains($0) }
    let isSymbol = word.contains("/") && word.contains(where: isDigit)
    if isSymbol || (uppercase >= 2 && lowercase == 0) {
      let trimmed = word.drop { $0 == "/" }.reversed().drop { $0 == "/" }.reversed()
      tokens.append(.init(text: String(String.UnicodeScalarView(trimmed)), isNumeric: false))
      return
    }
    // "56th", "A4b": the digits are still a number.
    var run: [Unicode.Scalar] = []
    for scalar in word + [" "] {
      if isDigit(scalar) || (scalar == "." && !run.isEmpty) {
        run.append(scalar)
      } else {
        if run.filter(isDigit).count >= 2 {
          let text = String(String.UnicodeScalarView(run)).trimmingTrailingDots()
          tokens.append(.init(text: text, isNumeric: true))
        }
        run.removeAll()
      }
    }
  }

  /// Full-width digits, letters and slash as their ASCII forms.
  private static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if (0xFF01...0xFF5E).contains(value), let ascii = Unicode.Scalar(value - 0xFEE0) {
      return ascii
    }
    return scalar
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    isDigit(scalar) || isLetter(scalar) || scalar == "/"
  }
}

extension String {
  fileprivate func trimmingTrailingDots() -> String {
    var text = self
    while text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
