/// The content words of English text as interned stems: lower-cased, stop words dropped, stemmed
/// ("the Member States agreed" → member, state, agre), and numbers without separators
/// ("1,000" → 1000, "18th" → 18).
struct EnglishContentWords {
  let lexicon: Lexicon

  /// The ids of the content words of `text`, in order, repeats kept.
  func ids(in text: String, interner: inout TokenInterner) -> [Int32] {
    // Decoded from the bytes at once: `Array(text.unicodeScalars)` counted them first, then
    // copied them one by one (the two were a third of reading English).
    ids(in: UnicodeScalars.array(text), interner: &interner)
  }

  /// The ids of the content words of the text whose scalars are `scalars`.
  func ids(in scalars: [Unicode.Scalar], interner: inout TokenInterner) -> [Int32] {
    var ids: [Int32] = []
    var word: [UInt8] = []
    var number: [UInt8] = []
    var wordIsASCII = true
    var afterNumber = false
    for (index, scalar) in scalars.enumerated() {
      let value = scalar.value
      if value >= 0x30 && value <= 0x39 {
        if !word.isEmpty { flushWord(&word, ascii: &wordIsASCII, into: &ids, interner: &interner) }
        number.append(UInt8(value))
      } else if !number.isEmpty, value == 0x2C || value == 0x2E, index + 1 < scalars.count,
        scalars[index + 1].value >= 0x30 && scalars[index + 1].value <= 0x39
      {
        if value == 0x2E { number.append(UInt8(value)) }  // "1,000" → 1000; "2.5" stays
      } else if Self.isLetter(scalar) {
        if !number.isEmpty {
          ids.append(interner.numberID(number))
          number.removeAll(keepingCapacity: true)
          afterNumber = true
        }
        if value < 0x80 {
          word.append(UInt8(value | 0x20))
        } else {
          wordIsASCII = false
          word.append(contentsOf: String(scalar).lowercased().utf8)
        }
      } else {
        if !number.isEmpty {
          ids.append(interner.numberID(number))
          number.removeAll(keepingCapacity: true)
        } else if !word.isEmpty {
          if afterNumber && Self.ordinalSuffixes.contains(word) {
            word.removeAll(keepingCapacity: true)
          } else {
            flushWord(&word, ascii: &wordIsASCII, into: &ids, interner: &interner)
          }
        }
        afterNumber = false
      }
    }
    if !number.isEmpty { ids.append(interner.numberID(number)) }
    if !word.isEmpty, !(afterNumber && Self.ordinalSuffixes.contains(word)) {
      flushWord(&word, ascii: &wordIsASCII, into: &ids, interner: &interner)
    }
    return ids
  }

  private static let ordinalSuffixes: Set<[UInt8]> = [
    Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8),
  ]

  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic && !Self.isHan(scalar)
  }

  @inline(__always)
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (0x3400...0x9FFF).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0x20000...0x3134F).contains(value)
  }

  /// Adds one word: single letters and stop words carry no content; others are stemmed when ASCII.
  private func flushWord(
    _ word: inout [UInt8], ascii: inout Bool, into ids: inout [Int32], interner: inout TokenInterner
  ) {
    defer {
      word.removeAll(keepingCapacity: true)
      ascii = true
    }
    guard word.count > 1 else { return }
    // The bytes decide everything below (a word is ASCII when its bytes are), so a word met
    // before is looked up rather than stemmed again.
    let hash = LexiconKey.hash(word)
    if let known = interner.word(hash) {
      if known >= 0 { ids.append(known) }
      return
    }
    let id =
      lexicon.isStopWord(hash: hash)
      ? -1 : interner.stemID(ascii ? lexicon.stem(word) : word, lexicon: lexicon)
    interner.remember(word: hash, as: id)
    if id >= 0 { ids.append(id) }
  }
}
