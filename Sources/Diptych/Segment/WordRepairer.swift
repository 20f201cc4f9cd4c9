/// Repairs English words that text extraction broke apart: "w orking", "followin g" (a stray space
/// inside a word) and "long -term", "COVID -19" (a space before a hyphen).
///
/// A split is joined only with evidence: the joined word occurs elsewhere in the document while a
/// fragment does not, or a fragment is a single letter that is not a word on its own.
struct WordRepairer {
  /// How often each lower-cased word occurs in the document.
  private(set) var vocabulary = WordCounts()

  /// Single letters that are English words or list enumerators on their own.
  private static let letterWords: Set<String> = ["a", "i", "o", "v", "x"]

  /// Distinct words learnt at most: a language has fewer, so only junk is left uncounted, and
  /// memory stays bounded whatever the input.
  static let vocabularyLimit = 1_000_000

  /// Creates a repairer that knows no words yet.
  init() {}

  /// Creates a repairer that knows the words of `lines`.
  init(lines: [String]) {
    for line in lines { learn(line) }
  }

  /// Counts the words of `line`.
  mutating func learn(_ line: String) {
    var line = line
    let learnt = line.withUTF8 { bytes in
      // Punctuation past ASCII is no letter, and neither lower-casing nor normalization changes
      // it, but for 〈 and 〉 (U+2329, U+232A, which normalize to U+3008, U+3009).
      guard
        ASCIIBytes.isASCII(bytes)
          || (Self.isASCIIButPunctuation(bytes) && !Self.hasAngleBracket(bytes))
      else { return false }
      learnASCII(bytes)
      return true
    }
    guard !learnt else { return }
    for token in line.split(separator: " ") {
      let word = Self.letters(token)
      guard !word.isEmpty else { continue }
      vocabulary.add(word, limit: Self.vocabularyLimit)
    }
  }

  /// Whether `bytes` hold U+2329 or U+232A (E2 8C A9, E2 8C AA).
  private static func hasAngleBracket(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index + 2 < bytes.count {
      if bytes[index] == 0xE2, bytes[index + 1] == 0x8C,
        bytes[index + 2] == 0xA9 || bytes[index + 2] == 0xAA
      {
        return true
      }
      index += 1
    }
    return false
  }

  /// `learn` on a line that is ASCII, or ASCII but for punctuation, where a letter is a byte.
  private mutating func learnASCII(_ bytes: UnsafeBufferPointer<UInt8>) {
    var index = 0
    while index < bytes.count {
      while index < bytes.count, bytes[index] == 0x20 { index += 1 }
      let start = index
      while index < bytes.count, bytes[index] != 0x20 { index += 1 }
      // The token without non-letters at either end.
      var lower = start
      var upper = index
      while lower < upper, !ASCIIBytes.isLetter(bytes[lower]) { lower += 1 }
      while upper > lower, !ASCIIBytes.isLetter(bytes[upper - 1]) { upper -= 1 }
      if lower < upper {
        vocabulary.add(
          UnsafeBufferPointer(rebasing: bytes[lower..<upper]), limit: Self.vocabularyLimit)
      }
    }
  }

  /// Whether `word` occurs in the document (case-insensitively) at least `times` times.
  func occurs(_ word: String, times: Int = 1) -> Bool { vocabulary.occurrences(word) >= times }

  /// The line with split words joined, and the repairs made.
  func repair(_ text: String, line: Int) -> (text: String, repairs: [Repair]) {
    var text = text
    // Most lines join nothing: their bytes show that without a `String` per word.
    let joinsNothing = text.withUTF8 { bytes in
      (ASCIIBytes.isASCII(bytes) || Self.isASCIIButPunctuation(bytes)) && !joinsAny(bytes)
    }
    if joinsNothing { return (text, []) }
    return repairTokens(text, line: line)
  }

  /// `repair` by `String` tokens, for any line: the reference the byte-level test matches.
  func repairTokens(_ text: String, line: Int) -> (text: String, repairs: [Repair]) {
    var tokens = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard tokens.count > 1 else { return (text, []) }
    var repairs: [Repair] = []
    var index = 0
    while index + 1 < tokens.count {
      let left = tokens[index]
      let right = tokens[index + 1]
      // Two ASCII tokens are decided on their bytes, without a `Character` or `String` a test.
      let joined: String? =
        switch asciiJoins(left, right) {
        case true?: left + right
        case false?: nil
        case nil: hyphenJoin(left, right) ?? splitJoin(left, right)
        }
      if let joined {
        repairs.append(
          Repair(
            kind: right.hasPrefix("-") ? .spaceBeforeHyphen : .splitWord, line: line,
            original: left + " " + right, replacement: joined))
        tokens[index] = joined
        tokens.remove(at: index + 1)
      } else {
        index += 1
      }
    }
    return (repairs.isEmpty ? text : tokens.joined(separator: " "), repairs)
  }

  /// "long" + "-term" → "long-term": a hyphen glued to the next word but spaced from the last.
  func hyphenJoin(_ left: String, _ right: String) -> String? {
    guard right.count >= 2, right.hasPrefix("-"), let afterHyphen = right.dropFirst().first,
      afterHyphen.isLetter || afterHyphen.isNumber, let last = left.last,
      last.isLetter || last.isNumber
    else { return nil }
    return left + right
  }

  /// "w" + "orking" → "working", when the evidence says the space is an extraction artefact.
  func splitJoin(_ left: String, _ right: String) -> String? {
    // Cheap tests first: the right fragment starts with a lower-case ASCII letter and the left
    // one ends with a letter.
    guard let rightFirst = right.unicodeScalars.first, (0x61...0x7A).contains(rightFirst.value),
      let leftLast = left.last, leftLast.isLetter
    else { return nil }
    // The left fragment: the letters ending the token, preceded by nothing or by a non-letter.
    let tailStart =
      left.lastIndex(where: { !$0.isLetter }).map { left.index(after: $0) } ?? left.startIndex
    let leftTail = String(left[tailStart...])
    // "Committee's third": a possessive or contraction ends its word; it is no stray letter.
    if tailStart > left.startIndex, "'\u{2019}".contains(left[left.index(before: tailStart)]) {
      return nil
    }
    let rightHead = String(right.prefix { $0.isLetter })
    guard rightHead.allSatisfy(\.isASCII), leftTail.allSatisfy(\.isASCII) else { return nil }
    let joinedWord = leftTail + rightHead
    // A fragment that occurs elsewhere in the document is a word in its own right.
    let leftElsewhere = occurs(leftTail, times: 2)
    let rightElsewhere = occurs(rightHead, times: 2)
    let strayLetter =
      (leftTail.count == 1 && !Self.letterWords.contains(leftTail.lowercased())
        && rightHead.count >= 3)
      || (rightHead.count == 1 && !Self.letterWords.contains(rightHead) && leftTail.count >= 3)
    let knownJoin = occurs(joinedWord) && (!leftElsewhere || !rightElsewhere)
    guard strayLetter || knownJoin else { return nil }
    // Never join two words that both stand elsewhere ("a unique") unless a stray letter is
    // involved.
    if leftElsewhere && rightElsewhere && !strayLetter { return nil }
    return left + right
  }

  /// The token without non-letters at either end: "(COPUOS)," → "COPUOS".
  private static func letters(_ token: Substring) -> Substring {
    guard let first = token.firstIndex(where: \.isLetter),
      let last = token.lastIndex(where: \.isLetter)
    else {
      return ""
    }
    return token[first...last]
  }
}
