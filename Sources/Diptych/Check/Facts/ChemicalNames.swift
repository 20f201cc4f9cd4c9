/// The numbers inside chemical names: the multiplying prefixes of an English name
/// ("hexafluoride", "diethylamide", "decabromodiphenyl") are the numerals of the Chinese one
/// (六氟化铀, 二乙胺, 十溴二苯醚), so a changed numeral there is a changed substance.
enum ChemicalNames {
  /// Greek multiplying prefixes and their counts.
  static let prefixes: [(letters: [UInt8], count: Int)] = [
    ("mono", 1), ("di", 2), ("tri", 3), ("tetra", 4), ("penta", 5), ("hexa", 6), ("hepta", 7),
    ("octa", 8), ("nona", 9), ("deca", 10),
  ].map { (Array($0.0.utf8), $0.1) }

  /// What a prefix multiplies: elements and groups as English names spell them.
  static let roots: [[UInt8]] = [
    "fluor", "chlor", "brom", "iod", "oxi", "oxy", "hydr", "nitr", "sulf", "sulph", "phosph",
    "methyl", "ethyl", "propyl", "butyl", "phenyl", "amin", "amid", "bde",
  ].map { Array($0.utf8) }

  /// The Chinese characters of elements and groups a numeral multiplies (二氧化碳, 三氯乙烯).
  static let chineseRoots: Set<Unicode.Scalar> = [
    "氟", "氯", "溴", "碘", "氧", "氢", "氮", "硝", "硫", "磷", "甲", "乙", "丙", "丁", "苯", "胺", "酰", "噁",
    "恶",  // 二恶英, as dioxin is often printed
  ]

  /// The counts the prefixes of a lower-cased English word state, in order: [10, 2] for
  /// "decabromodiphenyl". "BDE" is bromodiphenyl ether, so "decabde" states [10, 2] too.
  static func counts(in word: String) -> [Int] {
    guard word.utf8.count >= 6 else { return [] }
    return word.utf8.withContiguousStorageIfAvailable { counts(inLetters: $0) }
      ?? Array(word.utf8).withUnsafeBufferPointer { counts(inLetters: $0) }
  }

  private static func counts(inLetters letters: UnsafeBufferPointer<UInt8>) -> [Int] {
    var counts: [Int] = []
    // Read once a word: a static table is a lazily initialized global, checked at each access.
    let starts = prefixStarts
    var index = 0
    while index < letters.count {
      // Most pairs of letters start no prefix: one look-up tells.
      guard index + 1 < letters.count,
        let pair = bigram(letters[index], letters[index + 1]), starts[pair] != 0,
        let (count, rootStart) = prefix(in: letters, at: index, candidates: starts[pair])
      else {
        index += 1
        continue
      }
      counts.append(count)
      if letters[rootStart...].starts(with: "bde".utf8) { counts.append(2) }
      index = rootStart
    }
    return counts
  }

  /// The count of a prefix at `index` directly followed by a root, and where the root starts;
  /// `candidates` are the prefixes (bits by position in `prefixes`) that start with the letters
  /// there. A prefix ending in a vowel drops it before a root starting with one ("monoxide",
  /// "pentoxide").
  private static func prefix(
    in letters: UnsafeBufferPointer<UInt8>, at index: Int, candidates: UInt16
  ) -> (Int, Int)? {
    for (position, (prefix, count)) in prefixes.enumerated()
    where candidates & (1 << position) != 0 {
      if has(prefix, in: letters, at: index), hasRoot(letters, at: index + prefix.count) {
        return (count, index + prefix.count)
      }
      let rootStart = index + prefix.count - 1
      if prefix.count >= 4, has(prefix, in: letters, at: index, length: prefix.count - 1),
        rootStart < letters.count, isVowel(letters[rootStart]), hasRoot(letters, at: rootStart)
      {
        return (count, rootStart)
      }
    }
    return nil
  }

  private static func hasRoot(_ letters: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    guard index < letters.count, letters[index] >= 0x61, letters[index] <= 0x7A else {
      return false
    }
    let candidates = rootStarts[Int(letters[index] - 0x61)]
    guard candidates != 0 else { return false }
    for (position, root) in roots.enumerated() where candidates & (1 << position) != 0 {
      if has(root, in: letters, at: index) { return true }
    }
    return false
  }

  /// The index of a pair of lower-case letters in a 26 × 26 table.
  private static func bigram(_ first: UInt8, _ second: UInt8) -> Int? {
    guard (0x61...0x7A).contains(first), (0x61...0x7A).contains(second) else { return nil }
    return Int(first - 0x61) * 26 + Int(second - 0x61)
  }

  /// For each pair of letters, the prefixes (bits by position in `prefixes`) starting with it.
  private static let prefixStarts: [UInt16] = prefixes.enumerated().reduce(
    into: Array(repeating: 0, count: 26 * 26)
  ) { table, entry in
    if let pair = bigram(entry.element.letters[0], entry.element.letters[1]) {
      table[pair] |= 1 << entry.offset
    }
  }

  /// For each first letter, the roots (bits by position in `roots`) starting with it.
  private static let rootStarts: [UInt32] = roots.enumerated().reduce(
    into: Array(repeating: 0, count: 26)
  ) { table, entry in
    table[Int(entry.element[0] - 0x61)] |= 1 << entry.offset
  }

  /// Whether the first `length` letters of `pattern` (all of it by default) stand at `index`:
  /// compared byte by byte, as this runs on every word of six letters or more.
  private static func has(
    _ pattern: [UInt8], in letters: UnsafeBufferPointer<UInt8>, at index: Int, length: Int? = nil
  ) -> Bool {
    let length = length ?? pattern.count
    guard index + length <= letters.count else { return false }
    for offset in 0..<length where letters[index + offset] != pattern[offset] { return false }
    return true
  }

  private static func isVowel(_ letter: UInt8) -> Bool {
    letter == 0x61 || letter == 0x65 || letter == 0x69 || letter == 0x6F || letter == 0x75
  }
}
