/// The word repairer's test on bytes: whether a line joins any pair of its words, decided as
/// `repair` decides it for the first pair it joins, but without a `String` per word.
extension WordRepairer {
  /// Whether every scalar of `bytes` past ASCII is a character of its own and no letter or
  /// number (“ ” ’ – — …): then a byte is a character or part of one that no test of a join
  /// takes for a letter, a digit, a hyphen or a space, and `joinsAny` answers for the line.
  static func isASCIIButPunctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte >= 0x80 else {
        index += 1
        continue
      }
      let scalar = UnicodeScalars.scalar(at: index, in: bytes)
      guard UnicodeScalars.isStandalone(scalar), !scalar.properties.isAlphabetic,
        scalar.properties.numericType == nil
      else { return false }
      index += UnicodeScalars.width(lead: byte)
    }
    return true
  }

  /// Whether some pair of adjacent space-separated tokens of `bytes` would be joined: ASCII,
  /// or ASCII but for punctuation (``isASCIIButPunctuation(_:)``).
  func joinsAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var left = 0..<(bytes.firstIndex(of: 0x20) ?? bytes.count)
    // Each word's count is looked up once, though it is the right of one pair and the left of the
    // next.
    var cache = WordCache()
    while left.upperBound < bytes.count {
      let rightStart = left.upperBound + 1
      let right = rightStart..<(bytes[rightStart...].firstIndex(of: 0x20) ?? bytes.count)
      if joins(left, right, in: bytes, cache: &cache) { return true }
      left = right
    }
    return false
  }

  /// The count of the last word looked up.
  private struct WordCache {
    var range = 0..<0
    var count = 0
  }

  private func count(
    _ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, cache: inout WordCache
  ) -> Int {
    if range != cache.range {
      cache = WordCache(
        range: range, count: vocabulary.occurrences(UnsafeBufferPointer(rebasing: bytes[range])))
    }
    return cache.count
  }

  private func joins(
    _ left: Range<Int>, _ right: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>,
    cache: inout WordCache
  ) -> Bool {
    guard !left.isEmpty, !right.isEmpty else { return false }
    let last = bytes[left.upperBound - 1]
    // "long -term"
    if right.count >= 2, bytes[right.lowerBound] == UInt8(ascii: "-"),
      ASCIIBytes.isAlphanumeric(bytes[right.lowerBound + 1]),
      ASCIIBytes.isAlphanumeric(last)
    {
      return true
    }
    // "w orking"
    guard ASCIIBytes.isLowercase(bytes[right.lowerBound]), ASCIIBytes.isLetter(last) else {
      return false
    }
    var tailStart = left.upperBound - 1
    while tailStart > left.lowerBound, ASCIIBytes.isLetter(bytes[tailStart - 1]) { tailStart -= 1 }
    // "Committee's", "Committee’s" (U+2019 is E2 80 99).
    if tailStart > left.lowerBound, bytes[tailStart - 1] == UInt8(ascii: "'") { return false }
    if tailStart >= left.lowerBound + 3, bytes[tailStart - 3] == 0xE2, bytes[tailStart - 2] == 0x80,
      bytes[tailStart - 1] == 0x99
    {
      return false
    }
    var headEnd = right.lowerBound
    while headEnd < right.upperBound, ASCIIBytes.isLetter(bytes[headEnd]) { headEnd += 1 }
    let tail = tailStart..<left.upperBound
    let head = right.lowerBound..<headEnd
    let strayLetter =
      (tail.count == 1 && !Self.isLetterWord(bytes[tail.lowerBound]) && head.count >= 3)
      || (head.count == 1 && !Self.isLetterWord(bytes[head.lowerBound]) && tail.count >= 3)
    if strayLetter { return true }
    // Most pairs join into no word of the document, which the shape of the joined word tells
    // from the fragments' ends.
    let joinedCount = tail.count + head.count
    guard
      vocabulary.mayOccur(
        count: joinedCount, first: bytes[tail.lowerBound],
        second: tail.count >= 2 ? bytes[tail.lowerBound + 1] : bytes[head.lowerBound],
        penultimate: head.count >= 2 ? bytes[head.upperBound - 2] : bytes[tail.upperBound - 1],
        last: bytes[head.upperBound - 1])
    else { return false }
    // The joined word on the stack: no array a pair.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: tail.count + head.count) {
      joined in
      _ = joined.initialize(fromContentsOf: bytes[tail])
      _ = joined[tail.count...].initialize(fromContentsOf: bytes[head])
      let word = UnsafeBufferPointer(joined)
      // Two fragments join only into a word of the document, which most pairs never make: the
      // vocabulary's filter says so without the lookups of the fragments' counts.
      guard vocabulary.mayOccur(word) else { return false }
      if count(tail, in: bytes, cache: &cache) >= 2 && count(head, in: bytes, cache: &cache) >= 2 {
        return false
      }
      return vocabulary.occurrences(word) >= 1
    }
  }

  /// Whether `hyphenJoin ?? splitJoin` joins two ASCII tokens, decided on their bytes as
  /// `joinsAny` decides a pair (the two agree on ASCII); nil if a token is not ASCII.
  func asciiJoins(_ left: String, _ right: String) -> Bool? {
    var pair = left + " " + right
    return pair.withUTF8 { bytes -> Bool? in
      guard ASCIIBytes.isASCII(bytes) else { return nil }
      var cache = WordCache()
      let space = left.utf8.count
      return joins(0..<space, (space + 1)..<bytes.count, in: bytes, cache: &cache)
    }
  }

  /// Whether a single letter is an English word or list enumerator on its own: a, i, o, v, x.
  private static func isLetterWord(_ byte: UInt8) -> Bool {
    switch byte | 0x20 {
    case UInt8(ascii: "a"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "v"),
      UInt8(ascii: "x"):
      true
    default: false
    }
  }
}
