/// Where a file that holds both versions was split into its two documents.
public struct BilingualSplit: Sendable, Hashable, Codable {
  /// How the split point was found.
  public enum Method: String, Sendable, Hashable, Codable {
    /// A rule line (`*****`) between the versions.
    case rule
    /// The script changes from Latin to Chinese (or back) at that line.
    case script
  }

  /// The last line of the first version.
  public var firstEndLine: Int
  /// The first line of the second version.
  public var secondStartLine: Int
  /// How the point was found.
  public var method: Method

  /// Creates a split record.
  public init(firstEndLine: Int, secondStartLine: Int, method: Method) {
    self.firstEndLine = firstEndLine
    self.secondStartLine = secondStartLine
    self.method = method
  }

  /// Splits `lines` into the two versions, or returns nil when they are one language.
  package static func split(_ lines: [SourceLine]) -> (
    first: [SourceLine], second: [SourceLine], split: BilingualSplit
  )? {
    guard let found = try? split(LineSource(lines: lines)),
      let first = try? found.first.lines(), let second = try? found.second.lines()
    else { return nil }
    return (first, second, found.split)
  }

  /// How much of each side is read to tell its language.
  static let languageSample = 4 << 20
  /// Rule lines tried at most: a text with more uses them for something else.
  static let ruleLimit = 100

  /// The two versions of a bilingual text, in the order the text gives them, with the language
  /// each is written in.
  package typealias Halves = (
    first: LineSource, second: LineSource, languages: (first: Language, second: Language),
    split: BilingualSplit
  )

  /// Splits the lines of `source` into the two versions, or returns nil when they are one
  /// language. Reads the lines a few times, and holds none of them.
  package static func split(_ source: LineSource) throws(ReadError) -> Halves? {
    var sample = LanguageDetector.Sample(limit: languageSample)
    return try split(source, sample: &sample)
  }

  /// ``split(_:)``, which also counts the first lines of `source` into `sample` on its first
  /// pass: the language of a text in one language is then told without reading it again. The
  /// sample is whole if it is full or the pass read every line (`sawEveryLine`).
  static func split(_ source: LineSource, sample: inout LanguageDetector.Sample) throws(ReadError)
    -> Halves?
  {
    // A rule of asterisks between two versions of different languages.
    var rules: [(number: Int, start: Int, end: Int, lastTextLine: Int?)] = []
    var lineStart = source.span.lowerBound
    var lastTextLine: Int? = nil
    // The lines of each script, counted on the way for the split by script.
    var scripts = ScriptRuns()
    try source.forEachLineBytes { line, number, end in
      if RuleLine.isRule(line) { rules.append((number, lineStart, end, lastTextLine)) }
      if RuleLine.hasText(line) { lastTextLine = number }
      scripts.add(
        script: sample.addTellingScript(line), number: number, end: end,
        lastTextLine: lastTextLine)
      lineStart = end
      return rules.count < ruleLimit
    }
    sample.sawEveryLine = rules.count < ruleLimit
    for rule in rules {
      let first = source.slice(source.span.lowerBound..<rule.start, firstLine: source.firstLine)
      let second = source.slice(rule.end..<source.span.upperBound, firstLine: rule.number + 1)
      guard let a = try LanguageDetector.detect(first, sample: languageSample),
        let b = try LanguageDetector.detect(second, sample: languageSample),
        a.isChinese != b.isChinese
      else { continue }
      let start = try firstTextLine(second) ?? rule.number
      return (
        first, second, (a, b),
        BilingualSplit(
          firstEndLine: rule.lastTextLine ?? rule.number, secondStartLine: start, method: .rule)
      )
    }
    // Unless the rules stopped the pass early, it has counted every line.
    return try splitByScript(source, counted: rules.count < ruleLimit ? scripts : nil)
  }

  /// The split point where the most lines agree with the script of their side.
  ///
  /// - Parameter counted: the lines of each script, if a pass has counted them already.
  static func splitByScript(_ source: LineSource, counted: ScriptRuns?) throws(ReadError)
    -> Halves?
  {
    var counts = counted ?? ScriptRuns()
    if counted == nil {
      try source.forEachLineBytes { line, _, _ in
        counts.add(line)
        return true
      }
    }
    let (total, chineseTotal, count) = (counts.latin, counts.chinese, counts.lines)
    guard total >= 3, chineseTotal >= 3 else { return nil }
    // Latin first: Latin lines before + Chinese lines after; and the other way round. The split
    // is before line `index` (0-based), at position `start`.
    let opening = ScriptPlace(
      latinBefore: 0, chineseBefore: 0, index: 0, start: source.span.lowerBound,
      lastTextLine: nil, number: source.firstLine)
    var best = (score: Int.min, place: opening)
    func consider(_ place: ScriptPlace) {
      let score = max(
        place.latinBefore + (chineseTotal - place.chineseBefore),
        place.chineseBefore + (total - place.latinBefore))
      if score > best.score { best = (score, place) }
    }
    consider(opening)
    if let places = counted?.places() {
      // Only where a run of one script ends can the score be highest (see `ScriptPlace`); the
      // end of the text scores as the last of them, which comes first.
      for place in places { consider(place) }
    } else {
      var place = opening
      try source.forEachLineBytes { line, number, end in
        place.number = number
        consider(place)
        switch LanguageDetector.script(of: line) {
        case 1: place.latinBefore += 1
        case -1: place.chineseBefore += 1
        default: break
        }
        if RuleLine.hasText(line) { place.lastTextLine = number }
        place.index += 1
        place.start = end
        return true
      }
      place.number = source.firstLine + count
      consider(place)
    }
    let found = best.place
    // Both sides must be mostly one script: at least 90% of the lines with letters agree.
    guard best.score * 10 >= (total + chineseTotal) * 9, found.index > 0, found.index < count
    else {
      return nil
    }
    let first = source.slice(source.span.lowerBound..<found.start, firstLine: source.firstLine)
    let second = source.slice(found.start..<source.span.upperBound, firstLine: found.number)
    let end = found.lastTextLine ?? 1
    let secondStart = try firstTextLine(second) ?? end + 1
    let languages = (try language(of: first), try language(of: second))
    return (
      first, second, languages,
      BilingualSplit(firstEndLine: end, secondStartLine: secondStart, method: .script)
    )
  }

  /// The language of `source`, told from its first lines; English when they have no letters.
  static func language(of source: LineSource) throws(ReadError) -> Language {
    try LanguageDetector.detect(source, sample: languageSample) ?? .english
  }

  /// The number of the first line of `source` with text.
  private static func firstTextLine(_ source: LineSource) throws(ReadError) -> Int? {
    var found: Int? = nil
    try source.forEachLineBytes { line, number, _ in
      if RuleLine.hasText(line) { found = number }
      return found == nil
    }
    return found
  }
}
