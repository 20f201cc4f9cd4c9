/// The Porter (1980) stemmer over lower-case ASCII letters: "nations" → "nation",
/// "relational" → "relat", "agreed" → "agre".
///
/// Works on bytes so that the lexicon (tens of thousands of words at load) and every sentence stem
/// without allocating strings. Irregular forms are the caller's business (`Lexicon` maps them
/// first).
enum PorterStemmer {
  /// The stem of `word`, which must hold only the bytes `a`–`z`.
  static func stem(_ word: [UInt8]) -> [UInt8] {
    guard word.count > 2 else { return word }
    var bytes = word
    // No step lengthens the word (every replacement is no longer than the suffix it replaces), so
    // the stem is worked out in the word's own storage, through a pointer: with an array, each
    // test of a suffix had checked bounds and uniqueness (stemming was a third of loading the
    // lexicon).
    let count = bytes.withUnsafeMutableBufferPointer { buffer in
      var stemmer = Buffer(buffer.baseAddress!, count: buffer.count)
      stemmer.step1ab()
      stemmer.step1c()
      stemmer.step2()
      stemmer.step3()
      stemmer.step4()
      stemmer.step5()
      return stemmer.count
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }

  /// A word being stemmed: `count` bytes at `bytes`, shortened in place.
  private struct Buffer {
    let bytes: UnsafeMutablePointer<UInt8>
    var count: Int
    /// The end of the stem being examined (the suffix starts here).
    var j = 0

    init(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) {
      self.bytes = bytes
      self.count = count
    }

    private static let y = UInt8(ascii: "y")

    var last: UInt8 { bytes[count - 1] }

    func isConsonant(_ i: Int) -> Bool {
      switch bytes[i] {
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"),
        UInt8(ascii: "u"):
        return false
      case Self.y: return i == 0 ? true : !isConsonant(i - 1)
      default: return true
      }
    }

    /// m(): the number of vowel-consonant sequences in bytes[0..<j].
    func measure() -> Int {
      var n = 0
      var i = 0
      while i < j, isConsonant(i) { i += 1 }
      while i < j {
        while i < j, !isConsonant(i) { i += 1 }
        guard i < j else { return n }
        n += 1
        while i < j, isConsonant(i) { i += 1 }
      }
      return n
    }

    func stemHasVowel() -> Bool { (0..<j).contains { !isConsonant($0) } }

    func endsWithDoubleConsonant(_ end: Int) -> Bool {
      end >= 1 && bytes[end] == bytes[end - 1] && isConsonant(end)
    }

    /// cvc at `end`, the last consonant not w, x or y ("hop" but not "snow").
    func isCVC(_ end: Int) -> Bool {
      guard end >= 2, isConsonant(end), !isConsonant(end - 1), isConsonant(end - 2) else {
        return false
      }
      let last = bytes[end]
      return last != UInt8(ascii: "w") && last != UInt8(ascii: "x") && last != Self.y
    }

    /// Whether the word ends with `suffix` (never empty); sets `j` to where it starts.
    mutating func ends(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard length <= count else { return false }
      let start = count - length
      let letters = suffix.utf8Start
      // The last byte first: most suffixes tried end otherwise.
      guard bytes[count - 1] == letters[length - 1] else { return false }
      for index in 0..<(length - 1) where bytes[start + index] != letters[index] { return false }
      j = start
      return true
    }

    /// Puts `replacement` (no longer than the suffix) in place of the suffix found by `ends`.
    mutating func replaceSuffix(with replacement: StaticString) {
      let length = replacement.utf8CodeUnitCount
      (bytes + j).update(from: replacement.utf8Start, count: length)
      count = j + length
    }

    /// Replaces the suffix found by `ends` when the stem's measure is positive.
    mutating func replaceIfMeasured(_ replacement: StaticString) {
      if measure() > 0 { replaceSuffix(with: replacement) }
    }

    mutating func step1ab() {
      if last == UInt8(ascii: "s") {
        if ends("sses") {
          replaceSuffix(with: "ss")
        } else if ends("ies") {
          replaceSuffix(with: "i")
        } else if count >= 2, bytes[count - 2] != UInt8(ascii: "s") {
          count -= 1
        }
      }
      if ends("eed") {
        if measure() > 0 { count -= 1 }
        return
      }
      guard ends("ed") || ends("ing"), stemHasVowel() else { return }
      count = j
      if ends("at") || ends("bl") || ends("iz") {
        // The "e" goes where the removed suffix's first letter was: still within the word.
        bytes[count] = UInt8(ascii: "e")
        count += 1
        return
      }
      let end = count - 1
      j = count
      if endsWithDoubleConsonant(end) {
        let last = bytes[end]
        if last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z") {
          count -= 1
        }
      } else if measure() == 1 && isCVC(end) {
        bytes[count] = UInt8(ascii: "e")
        count += 1
      }
    }

    mutating func step1c() {
      if ends("y"), stemHasVowel() { bytes[count - 1] = UInt8(ascii: "i") }
    }

    mutating func step2() {
      guard count > 2 else { return }
      switch bytes[count - 2] {
      case UInt8(ascii: "a"):
        if ends("ational") {
          replaceIfMeasured("ate")
        } else if ends("tional") {
          replaceIfMeasured("tion")
        }
      case UInt8(ascii: "c"):
        if ends("enci") {
          replaceIfMeasured("ence")
        } else if ends("anci") {
          replaceIfMeasured("ance")
        }
      case UInt8(ascii: "e"):
        if ends("izer") { replaceIfMeasured("ize") }
      case UInt8(ascii: "l"):
        if ends("bli") {
          replaceIfMeasured("ble")
        } else if ends("alli") {
          replaceIfMeasured("al")
        } else if ends("entli") {
          replaceIfMeasured("ent")
        } else if ends("eli") {
          replaceIfMeasured("e")
        } else if ends("ousli") {
          replaceIfMeasured("ous")
        }
      case UInt8(ascii: "o"):
        if ends("ization") {
          replaceIfMeasured("ize")
        } else if ends("ation") {
          replaceIfMeasured("ate")
        } else if ends("ator") {
          replaceIfMeasured("ate")
        }
      case UInt8(ascii: "s"):
        if ends("alism") {
          replaceIfMeasured("al")
        } else if ends("iveness") {
          replaceIfMeasured("ive")
        } else if ends("fulness") {
          replaceIfMeasured("ful")
        } else if ends("ousness") {
          replaceIfMeasured("ous")
        }
      case UInt8(ascii: "t"):
        if ends("aliti") {
          replaceIfMeasured("al")
        } else if ends("iviti") {
          replaceIfMeasured("ive")
        } else if ends("biliti") {
          replaceIfMeasured("ble")
        }
      case UInt8(ascii: "g"):
        if ends("logi") { replaceIfMeasured("log") }
      default: break
      }
    }

    /// By the last letter, as Porter's own code does: no two of these suffixes end alike.
    mutating func step3() {
      guard count > 0 else { return }
      switch last {
      case UInt8(ascii: "e"):
        if ends("icate") {
          replaceIfMeasured("ic")
        } else if ends("ative") {
          replaceIfMeasured("")
        } else if ends("alize") {
          replaceIfMeasured("al")
        }
      case UInt8(ascii: "i"):
        if ends("iciti") { replaceIfMeasured("ic") }
      case UInt8(ascii: "l"):
        if ends("ical") {
          replaceIfMeasured("ic")
        } else if ends("ful") {
          replaceIfMeasured("")
        }
      case UInt8(ascii: "s"):
        if ends("ness") { replaceIfMeasured("") }
      default: break
      }
    }

    /// By the next-to-last letter, as Porter's own code does. Two suffixes that both end a word
    /// end alike, so share that letter: within a letter, the longer of such two comes first
    /// ("ement" before "ment" before "ent").
    mutating func step4() {
      guard count > 1 else { return }
      let found: Bool
      switch bytes[count - 2] {
      case UInt8(ascii: "a"): found = ends("al")
      case UInt8(ascii: "c"): found = ends("ance") || ends("ence")
      case UInt8(ascii: "e"): found = ends("er")
      case UInt8(ascii: "i"): found = ends("ic")
      case UInt8(ascii: "l"): found = ends("able") || ends("ible")
      case UInt8(ascii: "n"): found = ends("ant") || ends("ement") || ends("ment") || ends("ent")
      case UInt8(ascii: "o"):
        if ends("ion") {
          // "ion" alone asks for an s or t before it.
          guard j > 0, bytes[j - 1] == UInt8(ascii: "s") || bytes[j - 1] == UInt8(ascii: "t") else {
            return
          }
          found = true
        } else {
          found = ends("ou")
        }
      case UInt8(ascii: "s"): found = ends("ism")
      case UInt8(ascii: "t"): found = ends("ate") || ends("iti")
      case UInt8(ascii: "u"): found = ends("ous")
      case UInt8(ascii: "v"): found = ends("ive")
      case UInt8(ascii: "z"): found = ends("ize")
      default: found = false
      }
      if found && measure() > 1 { count = j }
    }

    mutating func step5() {
      j = count
      if count > 0 && last == UInt8(ascii: "e") {
        j = count - 1
        let m = measure()
        if m > 1 || (m == 1 && !isCVC(count - 2)) { count -= 1 }
      }
      j = count
      if count > 0 && last == UInt8(ascii: "l"), endsWithDoubleConsonant(count - 1), measure() > 1 {
        count -= 1
      }
    }
  }
}
