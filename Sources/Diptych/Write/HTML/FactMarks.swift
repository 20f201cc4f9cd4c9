/// Where the facts a finding names stand in a unit's text, so the report can highlight them.
///
/// A fact is looked for as a block label ("II.", "第一年："), as a footnote number ("footnote 7",
/// "1=4": English footnote 1 against Chinese footnote 4), and otherwise in the text, where a
/// match must not be part of a longer number or word ("1" is not marked inside "2017").
struct FactMarks {
  /// A stretch of a block's text to mark, in Unicode scalars, and the findings naming it.
  struct Range: Hashable {
    var start: Int
    var end: Int
    var findings: [Int]
  }

  /// Marked text ranges by block index.
  private(set) var text: [Int: [Range]] = [:]
  /// Marked labels by block index, with the findings naming them.
  private(set) var labels: [Int: [Int]] = [:]
  /// Marked footnote numbers (calls and bodies), with the findings naming them.
  private(set) var footnotes: [Int: [Int]] = [:]

  /// The marks for `findings` (numbered by their index in the report) on one side of a unit.
  init(findings: [(index: Int, finding: Finding)], blocks: [(index: Int, block: Block)], side: Side)
  {
    var candidates: [Int: [Range]] = [:]
    for (number, finding) in findings where finding.code != .lengthRatio {
      for fact in finding.facts {
        if let numbers = Self.footnoteNumbers(in: fact, side: side) {
          for value in numbers { footnotes[value, default: []].append(number) }
          continue
        }
        var labelled = false
        for (index, block) in blocks where block.label?.text == fact {
          labels[index, default: []].append(number)
          labelled = true
        }
        if labelled { continue }
        for (index, block) in blocks {
          for (start, end) in Self.occurrences(of: fact, in: block.text) {
            candidates[index, default: []].append(Range(start: start, end: end, findings: [number]))
          }
        }
      }
    }
    text = candidates.mapValues(Self.resolve)
  }

  /// "footnote 7" → [7]; "1=4" → [1] on the source side, [4] on the target side.
  private static func footnoteNumbers(in fact: String, side: Side) -> [Int]? {
    if fact.hasPrefix("footnote "), let number = Int(fact.dropFirst("footnote ".count)) {
      return [number]
    }
    let parts = fact.split(separator: "=")
    if parts.count == 2, let source = Int(parts[0]), let target = Int(parts[1]) {
      return [side == .source ? source : target]
    }
    return nil
  }

  /// Merges ranges naming the same stretch and drops those overlapping an earlier, longer one.
  private static func resolve(_ ranges: [Range]) -> [Range] {
    var merged: [Range] = []
    for range in ranges.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) {
      if let last = merged.last, last.start == range.start, last.end == range.end {
        merged[merged.count - 1].findings += range.findings.filter { !last.findings.contains($0) }
      } else if let last = merged.last, range.start < last.end {
        continue
      } else {
        merged.append(range)
      }
    }
    return merged
  }

  /// The scalar ranges where `fact` stands in `text` as a whole number or word.
  static func occurrences(of fact: String, in text: String) -> [(Int, Int)] {
    let needle = Array(fact.unicodeScalars)
    let haystack = Array(text.unicodeScalars)
    guard let first = needle.first, let last = needle.last, needle.count <= haystack.count else {
      return []
    }
    var found: [(Int, Int)] = []
    var start = 0
    while start + needle.count <= haystack.count {
      if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) {
        let end = start + needle.count
        let before = start > 0 ? haystack[start - 1] : nil
        let after = end < haystack.count ? haystack[end] : nil
        if !continues(before, first, beyond: start > 1 ? haystack[start - 2] : nil)
          && !continues(after, last, beyond: end + 1 < haystack.count ? haystack[end + 1] : nil)
        {
          found.append((start, end))
          start = end
          continue
        }
      }
      start += 1
    }
    return found
  }

  private enum Kind { case digit, hanNumeral, latinLetter, other }

  private static func kind(_ scalar: Unicode.Scalar) -> Kind {
    if scalar.properties.generalCategory == .decimalNumber { return .digit }
    if scalar.isASCII && scalar.properties.isAlphabetic { return .latinLetter }
    if scalar.properties.numericType != nil && !scalar.isASCII { return .hanNumeral }
    return .other
  }

  /// Whether `neighbour` makes the match part of a longer token: a digit beside a digit ("2017"
  /// around "1"), also across a decimal point or thousands comma ("1.5", "1,500"); a letter beside
  /// a letter; a Chinese numeral beside a Chinese numeral ("十二" around "二").
  private static func continues(
    _ neighbour: Unicode.Scalar?, _ edge: Unicode.Scalar, beyond: Unicode.Scalar?
  ) -> Bool {
    guard let neighbour else { return false }
    let edgeKind = kind(edge)
    guard edgeKind != .other else { return false }
    if kind(neighbour) == edgeKind { return true }
    if edgeKind == .digit, neighbour == "." || neighbour == ",", let beyond, kind(beyond) == .digit
    {
      return true
    }
    return false
  }
}
