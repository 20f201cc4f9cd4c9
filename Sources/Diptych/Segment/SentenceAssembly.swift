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
    // without counting where the text is ASCII; elsewhere the ranges, in order, are found in one
    // walk over the bytes.
    guard text.utf8.count != scalars.count else {
      return ranges.map { Sentence(text: text.copyingUTF8($0), offset: $0.lowerBound) }
    }
    let byteRanges = text.withUTF8 { bytes in
      var walk = ScalarWalk(bytes)
      return ranges.map { walk.offset(of: $0.lowerBound)..<walk.offset(of: $0.upperBound) }
    }
    return zip(ranges, byteRanges).map { range, bytes in
      Sentence(text: text.copyingUTF8(bytes), offset: range.lowerBound)
    }
  }

  /// The byte offsets of scalar indices of valid UTF-8, asked in increasing order.
  private struct ScalarWalk {
    let bytes: UnsafeBufferPointer<UInt8>
    private var scalar = 0
    private var byte = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func offset(of index: Int) -> Int {
      while scalar < index {
        byte += UnicodeScalars.width(lead: bytes[byte])
        scalar += 1
      }
      return byte
    }
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
