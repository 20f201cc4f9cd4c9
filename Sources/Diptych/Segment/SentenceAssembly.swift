/// Cuts text at sentence ends into trimmed, non-empty sentences with exact offsets.
enum SentenceAssembly {
  /// The sentences of `scalars` when sentences end at `ends` (scalar indices, increasing; the
  /// end of the text always ends one).
  static func sentences(from scalars: [Unicode.Scalar], ends: [Int], of text: String? = nil)
    -> [Sentence]
  {
    var ranges: [Range<Int>] = []
    var start = 0
    for end in ends + [scalars.count] where end > start {
      defer { start = end }
      guard let trimmed = trim(start..<end, in: scalars) else { continue }
      if isPunctuationOnly(scalars[trimmed]), let previous = ranges.last {
        // A lone closing quote or stray stop belongs to the sentence before it.
        ranges[ranges.count - 1] = previous.lowerBound..<trimmed.upperBound
      } else {
        ranges.append(trimmed)
      }
    }
    // A text that opens with a stray stop has no previous sentence to take it; the next one does.
    if ranges.count > 1, isPunctuationOnly(scalars[ranges[0]]) {
      ranges[1] = ranges[0].lowerBound..<ranges[1].upperBound
      ranges.removeFirst()
    }
    guard var text else {
      return ranges.map { range in
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range])
        return Sentence(text: String(text), offset: range.lowerBound)
      }
    }
    // A sentence's text is a slice of the text's bytes: the byte offset of each scalar is known
    // without counting where the text is ASCII.
    let offsets =
      text.utf8.count == scalars.count ? nil : text.withUTF8 { byteOffsets($0) }
    return ranges.map { range in
      let start = offsets?[range.lowerBound] ?? range.lowerBound
      let end = offsets?[range.upperBound] ?? range.upperBound
      return Sentence(text: text.copyingUTF8(start..<end), offset: range.lowerBound)
    }
  }

  /// The byte offset of each scalar of valid UTF-8 `bytes`, and of their end.
  private static func byteOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var offsets: [Int] = []
    offsets.reserveCapacity(bytes.count + 1)
    for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { offsets.append(index) }
    offsets.append(bytes.count)
    return offsets
  }

  /// `range` without white space at either end, or nil if nothing else is in it.
  static func trim(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, CharacterClass.isWhitespace(scalars[lower]) { lower += 1 }
    while upper > lower, CharacterClass.isWhitespace(scalars[upper - 1]) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }

  static func isPunctuationOnly(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    scalars.allSatisfy { scalar in
      CharacterClass.isWhitespace(scalar) || CharacterClass.isPunctuation(scalar)
    }
  }
}
