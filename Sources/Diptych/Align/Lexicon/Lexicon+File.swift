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
    self = try parser.lexicon()
  }
}

/// The state of one pass over a lexicon file.
///
/// The pass reads every line but fills no large table: it notes what each line puts in one (a
/// stem's hash, a headword's or a prefix's), and `lexicon()` fills the tables afterwards in the
/// order of their slots (`HashedKeyTable.inSlotOrder`). Filled line by line, nearly every key had
/// missed the cache, and those misses were most of loading.
private struct LexiconParser {
  enum Section { case header, english, chinese }

  let name: String
  var section = Section.header
  var lineNumber = 0
  var stopWords = HashedKeyTable(capacity: 512)
  var irregularBases = HashedKeyTable(capacity: 512)
  var irregularBaseWords: [[UInt8]] = []
  /// The hash of each English word's stem, by the word's index in the file.
  var stemHashes: [UInt64] = []
  /// What `Lexicon.chineseSegments` is made of, in file order: the hash of a headword with its
  /// entry number, or of a prefix of one with −1.
  var segmentNotes: [(key: UInt64, value: Int32)] = []
  /// The headword of the entry before, in the file's bytes (see `chineseEntry`): it points into
  /// the buffer `parse` reads, so it is valid only during `parse`, which empties it at the end.
  var previousHeadword = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
  /// The line of each entry, for errors found once all are read.
  var entryLines: [Int32] = []
  /// The English indices of entry `i` are `englishOfChinese[englishStart[i]..<englishStart[i + 1]]`.
  var englishStart: [Int32] = [0]
  var englishOfChinese: [Int32] = []
  var longestHeadword = 1
  var chineseStopCharacters: Set<Unicode.Scalar> = []

  init(name: String) { self.name = name }

  private static let newline = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")
  private static let tab = UInt8(ascii: "\t")

  mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(LexiconError) {
    englishOfChinese.reserveCapacity(400_000)
    segmentNotes.reserveCapacity(200_000)
    defer { previousHeadword = UnsafeBufferPointer(start: nil, count: 0) }
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count, bytes[end] != Self.newline { end += 1 }
      lineNumber += 1
      try line(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      start = end + 1
    }
    guard section == .chinese, englishStart.count > 1 else {
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
    stemHashes.append(LexiconKey.hash(PorterStemmer.stem(base ?? word)))
  }

  private mutating func chineseEntry(_ line: UnsafeBufferPointer<UInt8>) throws(LexiconError) {
    guard let tab = line.firstIndex(of: Self.tab) else {
      throw .malformed(name, line: lineNumber, "headword without a tab")
    }
    let entry = Int32(englishStart.count - 1)
    let headword = UnsafeBufferPointer(rebasing: line[..<tab])
    // A prefix shorter than the headword before and shared with it was noted with that headword,
    // and a note stays: only the others are noted. The file is sorted, so most prefixes are
    // shared (the bundled file's 183,858 prefixes are 65,947 distinct ones).
    let previous = previousHeadword
    var shared = 0
    while shared < min(headword.count, previous.count) && headword[shared] == previous[shared] {
      shared += 1
    }
    var hash = LexiconKey.seed
    var scalars = 0
    for (offset, byte) in headword.enumerated() {
      // A lead byte ends the prefix before it (the first one ends the empty prefix).
      if byte & 0xC0 != 0x80 {
        if scalars > 0 && (offset > shared || offset == previous.count) {
          segmentNotes.append((hash, -1))
        }
        scalars += 1
      }
      hash = LexiconKey.combine(hash, byte)
    }
    previousHeadword = headword
    segmentNotes.append((hash, entry))
    entryLines.append(Int32(lineNumber))
    longestHeadword = max(longestHeadword, scalars)
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
    englishStart.append(Int32(englishOfChinese.count))
  }

  /// Appends English index `number`, if one was read, and resets it.
  private mutating func append(_ number: inout Int) throws(LexiconError) {
    guard number >= 0 else { return }
    guard number < stemHashes.count else {
      throw .malformed(name, line: lineNumber, "English index \(number) out of range")
    }
    englishOfChinese.append(Int32(number))
    number = -1
  }

  /// The finished lexicon: the tables filled, each entry's English indices turned into stems, and
  /// the English → Chinese direction built by a counting sort.
  func lexicon() throws(LexiconError) -> Lexicon {
    let (stemIDs, stemOfWord) = stems()
    let chineseSegments = try segments()
    // Two glosses can stem alike ("develop", "development"): keep each stem once, ascending,
    // sorted in place (an entry has a few glosses: by insertion; a set per entry, or the
    // library's sort of a slice, cost more than the rest of the loading), then packed.
    var stemsStart: [Int32] = [0]
    stemsStart.reserveCapacity(englishStart.count)
    var stemsOfChinese = englishOfChinese.map { stemOfWord[Int($0)] }
    stemsOfChinese.withUnsafeMutableBufferPointer { stems in
      var kept = 0
      for entry in 0..<(englishStart.count - 1) {
        let start = Int(englishStart[entry])
        let entryStems = UnsafeMutableBufferPointer(
          rebasing: stems[start..<Int(englishStart[entry + 1])])
        for index in start..<(start + entryStems.sortAndRemoveRepeats()) {
          stems[kept] = stems[index]
          kept += 1
        }
        stemsStart.append(Int32(kept))
      }
    }
    stemsOfChinese.removeLast(stemsOfChinese.count - Int(stemsStart.last!))
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

  /// The stems' table and each English word's stem id: stems are numbered in the order of the
  /// words that first have them.
  private func stems() -> (HashedKeyTable, [Int32]) {
    // First the word that first has each stem, the words taken in slot order…
    var table = HashedKeyTable(capacity: 40_000)  // the bundled file's words have 33,117 stems
    let order = table.inSlotOrder(stemHashes.enumerated().map { ($1, Int32($0)) })
    var first = [Int32](repeating: 0, count: stemHashes.count)
    for (key, word) in order {
      if let known = table.value(key) {
        first[Int(word)] = known
      } else {
        table.set(key, word)
        first[Int(word)] = word
      }
    }
    // … then the numbering, in file order, and the table's values from words to stem ids.
    var stemOfWord = [Int32](repeating: 0, count: stemHashes.count)
    var count: Int32 = 0
    for word in stemHashes.indices {
      if first[word] == Int32(word) {
        stemOfWord[word] = count
        count += 1
      } else {
        stemOfWord[word] = stemOfWord[Int(first[word])]
      }
    }
    for (key, word) in order where first[Int(word)] == word {
      table.set(key, stemOfWord[Int(word)])
    }
    return (table, stemOfWord)
  }

  /// `Lexicon.chineseSegments`: each key's notes in file order, the keys in slot order. A
  /// headword's value is its entry times 2, plus 1 when a prefix note says a longer headword
  /// starts with it; a prefix's alone is −1.
  private func segments() throws(LexiconError) -> HashedKeyTable {
    // The bundled file has 159,180 keys (113,473 headwords, 65,947 other prefixes): the table is
    // made that large at once rather than grown (and rehashed), and no larger, for the cache.
    var table = HashedKeyTable(capacity: 160_000)
    var repeated: (line: Int32, first: Int32)?
    for (key, entry) in table.inSlotOrder(segmentNotes) {
      let known = table.value(key)
      if entry < 0 {
        table.set(key, known.map { $0 | 1 } ?? -1)
      } else if let known, known >= 0 {
        // The first repeat in the file is the one reported.
        if repeated == nil || entryLines[Int(entry)] < repeated!.line {
          repeated = (entryLines[Int(entry)], known >> 1)
        }
      } else {
        // A prefix already noted (−1) is continued by a longer headword.
        table.set(key, entry << 1 | (known == nil ? 0 : 1))
      }
    }
    if let repeated {
      throw .malformed(
        name, line: Int(repeated.line), "headword repeated (first as entry \(repeated.first))")
    }
    return table
  }
}
