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
    var stemmer = Buffer(word)
    stemmer.step1ab()
    stemmer.step1c()
    stemmer.step2()
    stemmer.step3()
    stemmer.step4()
    stemmer.step5()
    return stemmer.bytes
  }

  private struct Buffer {
    var bytes: [UInt8]
    /// The end of the stem being examined (the suffix starts here).
    var j = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private static let y = UInt8(ascii: "y")

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
      let count = suffix.utf8CodeUnitCount
      guard count <= bytes.count else { return false }
      let start = bytes.count - count
      // The last byte first: most suffixes tried end otherwise (the lexicon's words and every
      // word of a text are stemmed, and this test was most of the stemmer's time).
      let matches = bytes.withUnsafeBufferPointer { word in
        suffix.withUTF8Buffer { suffix in
          guard word[start + count - 1] == suffix[count - 1] else { return false }
          for index in 0..<(count - 1) where word[start + index] != suffix[index] { return false }
          return true
        }
      }
      if matches { j = start }
      return matches
    }

    mutating func replaceSuffix(with replacement: StaticString) {
      bytes.removeSubrange(j...)
      replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Replaces the suffix found by `ends` when the stem's measure is positive.
    mutating func replaceIfMeasured(_ replacement: StaticString) {
      if measure() > 0 { replaceSuffix(with: replacement) }
    }

    mutating func step1ab() {
      if bytes.last == UInt8(ascii: "s") {
        if ends("sses") {
          replaceSuffix(with: "ss")
        } else if ends("ies") {
          replaceSuffix(with: "i")
        } else if bytes.count >= 2, bytes[bytes.count - 2] != UInt8(ascii: "s") {
          bytes.removeLast()
        }
      }
      if ends("eed") {
        if measure() > 0 { bytes.removeLast() }
        return
      }
      guard ends("ed") || ends("ing"), stemHasVowel() else { return }
      bytes.removeSubrange(j...)
      j = bytes.count
      if ends("at") || ends("bl") || ends("iz") {
        bytes.append(UInt8(ascii: "e"))
        return
      }
      let end = bytes.count - 1
      j = bytes.count
      if endsWithDoubleConsonant(end) {
        let last = bytes[end]
        if last != UInt8(ascii: "l") && last != UInt8(ascii: "s") && last != UInt8(ascii: "z") {
          bytes.removeLast()
        }
      } else if measure() == 1 && isCVC(end) {
        bytes.append(UInt8(ascii: "e"))
      }
    }

    mutating func step1c() {
      if ends("y"), stemHasVowel() { bytes[bytes.count - 1] = UInt8(ascii: "i") }
    }

    mutating func step2() {
      guard bytes.count > 2 else { return }
      switch bytes[bytes.count - 2] {
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

    mutating func step3() {
      if ends("icate") {
        replaceIfMeasured("ic")
      } else if ends("ative") {
        replaceIfMeasured("")
      } else if ends("alize") {
        replaceIfMeasured("al")
      } else if ends("iciti") {
        replaceIfMeasured("ic")
      } else if ends("ical") {
        replaceIfMeasured("ic")
      } else if ends("ful") {
        replaceIfMeasured("")
      } else if ends("ness") {
        replaceIfMeasured("")
      }
    }

    private static let step4Suffixes: [StaticString] = [
      "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou",
      "ism", "ate", "iti", "ous", "ive", "ize",
    ]

    /// Where "ion" is among `step4Suffixes`: it alone asks for an s or t before it.
    private static let step4IonIndex = step4Suffixes.firstIndex { $0.description == "ion" }!

    mutating func step4() {
      // Longest suffix first where one ends another ("ement" before "ment" before "ent").
      for (index, suffix) in Self.step4Suffixes.enumerated() where ends(suffix) {
        if index == Self.step4IonIndex {
          guard j > 0, bytes[j - 1] == UInt8(ascii: "s") || bytes[j - 1] == UInt8(ascii: "t") else {
            return
          }
        }
        if measure() > 1 { bytes.removeSubrange(j...) }
        return
      }
    }

    mutating func step5() {
      j = bytes.count
      if bytes.last == UInt8(ascii: "e") {
        j = bytes.count - 1
        let m = measure()
        if m > 1 || (m == 1 && !isCVC(bytes.count - 2)) { bytes.removeLast() }
      }
      j = bytes.count
      if bytes.last == UInt8(ascii: "l"), endsWithDoubleConsonant(bytes.count - 1), measure() > 1 {
        bytes.removeLast()
      }
    }
  }
}
