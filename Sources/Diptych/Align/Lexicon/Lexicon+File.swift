extension Lexicon {
  /// Reads the text written by `Tools/make-lexicon.py`:
  ///
  ///     # comments
  ///     @stop the of …            English stop words
  ///     @irregular went=go …      irregular forms and their base
  ///     @english                  then one English word a line (its index is its rank here)
  ///     @chinese                  then "headword<TAB>index index …" a line
  ///
  /// English words are stemmed here, with the stemmer used on text, so file and code agree.
  /// - Parameter name: the file's name, for errors.
  package init(bytes: [UInt8], name: String) throws(LexiconError) {
    var parser = LexiconParser(name: name)
    try bytes.withUnsafeBufferPointer { (buffer) throws(LexiconError) in
      try parser.parse(buffer)
    }
    self = parser.lexicon()
  }
}

/// The state of one pass over a lexicon file.
private struct LexiconParser {
  enum Section { case header, english, chinese }

  let name: String
  var section = Section.header
  var lineNumber = 0
  var stopWords = HashedKeyTable(capacity: 512)
  var irregularBases = HashedKeyTable(capacity: 512)
  var irregularBaseWords: [[UInt8]] = []
  var stemIDs = HashedKeyTable(capacity: 40_000)
  /// The stem id of each English word of the file, by its index there.
  var stemOfWord: [Int32] = []
  /// Headwords and their prefixes, as `Lexicon.chineseSegments` holds them: the bundled file has
  /// about 330,000, so the table is made that large at once rather than grown (and rehashed).
  var chineseSegments = HashedKeyTable(capacity: 400_000)
  var stemsStart: [Int32] = [0]
  var stemsOfChinese: [Int32] = []
  var longestHeadword = 1
  var chineseStopCharacters: Set<Unicode.Scalar> = []

  init(name: String) { self.name = name }

  private static let newline = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")

  mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(LexiconError) {
    stemsOfChinese.reserveCapacity(400_000)
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != Self.newline { end += 1 }
      lineNumber += 1
      try line(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      start = end + 1
    }
    guard section == .chinese, stemsStart.count > 1 else {
      throw .malformed(name, line: lineNumber, "no @chinese section")
    }
  }

  private mutating func line(_ line: UnsafeBufferPointer<UInt8>) throws(LexiconError) {
    guard let first = line.first, first != UInt8(ascii: "#") else { return }
    if first == UInt8(ascii: "@") {
      try directive(line)
      return
    }
    switch section {
    case .header: throw .malformed(name, line: lineNumber, "text before @english")
    case .english: englishWord(Array(line))
    case .chinese: try chineseEntry(line)
    }
  }

  private mutating func directive(_ line: UnsafeBufferPointer<UInt8>) throws(LexiconError) {
    let fields = line.split(separator: Self.space).map { Array($0) }
    switch String(decoding: fields[0], as: UTF8.self) {
    case "@stop": for word in fields.dropFirst() { stopWords.set(LexiconKey.hash(word), 0) }
    case "@chinese-stop":
      // The script already left those headwords out; single characters guide segmentation.
      for word in fields.dropFirst() {
        let scalars = String(decoding: word, as: UTF8.self).unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { chineseStopCharacters.insert(scalar) }
      }
    case "@irregular":
      for pair in fields.dropFirst() {
        let parts = pair.split(separator: UInt8(ascii: "="))
        guard parts.count == 2 else {
          throw .malformed(name, line: lineNumber, "irregular form without '='")
        }
        let form = LexiconKey.hash(parts[0])
        if let known = irregularBases.value(form) {
          irregularBaseWords[Int(known)] = Array(parts[1])  // the last of a repeated form wins
        } else {
          irregularBases.set(form, Int32(irregularBaseWords.count))
          irregularBaseWords.append(Array(parts[1]))
        }
      }
    case "@english": section = .english
    case "@chinese": section = .chinese
    default: throw .malformed(name, line: lineNumber, "unknown directive")
    }
  }

  private mutating func englishWord(_ word: [UInt8]) {
    let base = irregularBases.value(LexiconKey.hash(word)).map { irregularBaseWords[Int($0)] }
    let stem = PorterStemmer.stem(base ?? word)
    let key = LexiconKey.hash(stem)
    if let id = stemIDs.value(key) {
      stemOfWord.append(id)
    } else {
      let id = Int32(stemIDs.count)
      stemIDs.set(key, id)
      stemOfWord.append(id)
    }
  }

  private mutating func chineseEntry(_ line: UnsafeBufferPointer<UInt8>) throws(LexiconError) {
    guard let tab = line.firstIndex(of: Self.tab) else {
      throw .malformed(name, line: lineNumber, "headword without a tab")
    }
    var hash = LexiconKey.seed
    var scalars = 0
    for byte in line[..<tab] {
      // A lead byte ends the prefix before it (the first one ends the empty prefix).
      if byte & 0xC0 != 0x80 {
        if scalars > 0 {
          chineseSegments.set(hash, chineseSegments.value(hash).map { $0 | 1 } ?? -1)
        }
        scalars += 1
      }
      hash = LexiconKey.combine(hash, byte)
    }
    longestHeadword = max(longestHeadword, scalars)
    let entryStart = stemsOfChinese.count
    var number = -1
    for byte in line[(tab + 1)...] {
      if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        number = max(number, 0) * 10 + Int(byte - UInt8(ascii: "0"))
      } else if byte == Self.space {
        try append(&number)
      } else {
        throw .malformed(name, line: lineNumber, "English index is not a number")
      }
    }
    try append(&number)
    // Two glosses can stem alike ("develop", "development"): keep each stem once, ascending,
    // sorting in place by insertion (an entry has a few glosses; a set per entry, or the
    // library's sort of a slice, cost more than the rest of the loading).
    let kept = stemsOfChinese.withUnsafeMutableBufferPointer { stems in
      for index in (entryStart + 1)..<max(entryStart + 1, stems.count) {
        let stem = stems[index]
        var hole = index
        while hole > entryStart && stem < stems[hole - 1] {
          stems[hole] = stems[hole - 1]
          hole -= 1
        }
        stems[hole] = stem
      }
      var kept = entryStart
      for index in entryStart..<stems.count
      where index == entryStart || stems[index] != stems[kept - 1] {
        stems[kept] = stems[index]
        kept += 1
      }
      return kept
    }
    stemsOfChinese.removeSubrange(kept...)
    let known = chineseSegments.value(hash)
    if let known, known >= 0 {
      throw .malformed(name, line: lineNumber, "headword repeated (first as entry \(known >> 1))")
    }
    // A prefix already met (−1) is continued by a longer headword.
    chineseSegments.set(hash, Int32(stemsStart.count - 1) << 1 | (known == nil ? 0 : 1))
    stemsStart.append(Int32(stemsOfChinese.count))
  }

  /// Appends the stem of English index `number`, if one was read, and resets it.
  private mutating func append(_ number: inout Int) throws(LexiconError) {
    guard number >= 0 else { return }
    guard number < stemOfWord.count else {
      throw .malformed(name, line: lineNumber, "English index \(number) out of range")
    }
    stemsOfChinese.append(stemOfWord[number])
    number = -1
  }

  /// The finished lexicon, with the English → Chinese direction built by a counting sort.
  func lexicon() -> Lexicon {
    let stemCount = stemIDs.count
    var chineseStart = [Int32](repeating: 0, count: stemCount + 1)
    for stem in stemsOfChinese { chineseStart[Int(stem) + 1] += 1 }
    for index in 0..<stemCount { chineseStart[index + 1] += chineseStart[index] }
    var fill = chineseStart
    var chineseOfStem = [Int32](repeating: 0, count: stemsOfChinese.count)
    for word in 0..<(stemsStart.count - 1) {
      for position in Int(stemsStart[word])..<Int(stemsStart[word + 1]) {
        let stem = Int(stemsOfChinese[position])
        chineseOfStem[Int(fill[stem])] = Int32(word)
        fill[stem] += 1
      }
    }
    return Lexicon(
      stemIDs: stemIDs, stopWords: stopWords, irregularBases: irregularBases,
      irregularBaseWords: irregularBaseWords,
      chineseSegments: chineseSegments, stemsStart: stemsStart,
      stemsOfChinese: stemsOfChinese,
      chineseStart: chineseStart, chineseOfStem: chineseOfStem, longestHeadword: longestHeadword,
      chineseStopCharacters: chineseStopCharacters)
  }
}
