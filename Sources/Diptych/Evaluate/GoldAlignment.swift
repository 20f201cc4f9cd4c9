/// Reads and writes alignment files in vecalign/Bleualign format, one pair a line: `[0]:[0, 1]`.
///
/// The reader accepts what vecalign's `read_alignments` accepts in practice: any spaces, an
/// optional third field (vecalign writes the pair's cost there, `[0]:[0]:0.153`), CRLF line ends,
/// and blank lines, which it skips.
package enum GoldAlignment {
  /// Parses a whole file.
  public static func parse(_ text: String) throws(GoldAlignmentError) -> [GoldPair] {
    var pairs: [GoldPair] = []
    // Split on Character.isNewline: "\r\n" is a single Character, so splitting on "\n" misses it.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    for (offset, line) in lines.enumerated() {
      if line.allSatisfy(\.isWhitespace) { continue }
      pairs.append(try parseLine(line, number: offset + 1))
    }
    return pairs
  }

  /// Parses one line; `number` (1-based) only serves the error message.
  public static func parseLine(_ line: Substring, number: Int) throws(GoldAlignmentError)
    -> GoldPair
  {
    func failure(_ reason: String) -> GoldAlignmentError {
      GoldAlignmentError(line: number, text: String(line.trimmingWhitespace()), reason: reason)
    }
    let fields = line.split(separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3 else {
      throw failure("expected \"[source indices]:[target indices]\" with one or two \":\"")
    }
    if fields.count == 3, Double(fields[2].trimmingWhitespace()) == nil {
      throw failure("the third field is not a number (vecalign puts a cost there)")
    }
    guard let source = indexList(fields[0]) else {
      throw failure("the source side is not a bracketed list of non-negative integers")
    }
    guard let target = indexList(fields[1]) else {
      throw failure("the target side is not a bracketed list of non-negative integers")
    }
    return GoldPair(source: source, target: target)
  }

  /// Formats pairs as a file: one pair a line, each line ending with a line feed.
  public static func format(_ pairs: [GoldPair]) -> String {
    pairs.map { format($0) + "\n" }.joined()
  }

  /// Formats one pair as vecalign writes it: `[0, 1]:[2]`, `[3]:[]`.
  public static func format(_ pair: GoldPair) -> String {
    let source = pair.source.map(String.init).joined(separator: ", ")
    let target = pair.target.map(String.init).joined(separator: ", ")
    return "[\(source)]:[\(target)]"
  }

  /// `[1, 2]` → [1, 2]; `[]` → []; nil for anything else (including a trailing comma).
  private static func indexList(_ field: Substring) -> [Int]? {
    let trimmed = field.trimmingWhitespace()
    guard trimmed.first == "[", trimmed.last == "]", trimmed.count >= 2 else { return nil }
    let inside = trimmed.dropFirst().dropLast()
    if inside.allSatisfy(\.isWhitespace) { return [] }
    var indices: [Int] = []
    for item in inside.split(separator: ",", omittingEmptySubsequences: false) {
      let digits = item.trimmingWhitespace()
      guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
        let index = Int(digits)
      else { return nil }
      indices.append(index)
    }
    return indices
  }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> Substring {
    guard let first = firstIndex(where: { !$0.isWhitespace }),
      let last = lastIndex(where: { !$0.isWhitespace })
    else { return self[endIndex...] }
    return self[first...last]
  }
}
