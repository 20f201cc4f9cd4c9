/// Turns `pdftotext -layout` output into text the plain-text reader reads like a clean document:
/// page-bottom footnotes move to the end of the text behind a rule, and paragraphs that run
/// across a page break are joined again.
///
/// On a page, footnotes are a trailing zone after a blank line: a number alone at the left margin,
/// then its text, then the next number (1, 2, 3 … in order). Line numbers of the result refer to
/// this rearranged text, not to the PDF's pages.
enum PDFPageLayout {
  /// The rearranged text.
  static func rearranged(_ text: String) -> String {
    var body: [String] = []
    var footnotes: [(number: Int, text: String)] = []
    for page in text.split(separator: "\u{0C}", omittingEmptySubsequences: false) {
      var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      if let zone = footnoteZone(lines) {
        footnotes += notes(in: Array(lines[zone...]))
        lines.removeSubrange(zone...)
      }
      // Layout indentation is not part of the text; blank lines at a page's edges are not breaks.
      lines = lines.map { $0.trimmingWhitespace() }
      while lines.last?.isEmpty == true { lines.removeLast() }
      while lines.first?.isEmpty == true { lines.removeFirst() }
      body += lines
    }
    guard !footnotes.isEmpty else { return body.joined(separator: "\n") + "\n" }
    let notes = footnotes.map { "\($0.number) \($0.text)" }.joined(separator: "\n\n")
    return body.joined(separator: "\n") + "\n\n__________________\n\n" + notes + "\n"
  }

  /// The index where the page's footnote zone starts, if it has one.
  static func footnoteZone(_ lines: [String]) -> Int? {
    for start in lines.indices where start > 0 && lines[start - 1].trimmingWhitespace().isEmpty {
      guard let first = marginNumber(lines[start]) else { continue }
      var expected = first
      var textAfterNumber = false
      var valid = true
      for line in lines[start...] {
        if line.trimmingWhitespace().isEmpty { continue }
        if let number = marginNumber(line) {
          guard number == expected, expected == first || textAfterNumber else {
            valid = false
            break
          }
          expected += 1
          textAfterNumber = false
        } else {
          textAfterNumber = true
        }
      }
      if valid && textAfterNumber { return start }
    }
    return nil
  }

  /// The footnotes of a zone, each number with its lines joined.
  private static func notes(in zone: [String]) -> [(number: Int, text: String)] {
    var notes: [(number: Int, text: String)] = []
    for line in zone {
      let text = line.trimmingWhitespace()
      guard !text.isEmpty else { continue }
      if let number = marginNumber(line) {
        notes.append((number, ""))
      } else if !notes.isEmpty {
        let joined = notes[notes.count - 1].text
        notes[notes.count - 1].text = joined.isEmpty ? text : LineJoin.join(joined, text)
      }
    }
    return notes
  }

  /// A footnote number alone on a line at the left margin.
  private static func marginNumber(_ line: String) -> Int? {
    guard let first = line.first, first.isASCIIDigit else { return nil }
    let text = line.trimmingWhitespace()
    guard text.count <= 3, text.allSatisfy(\.isASCIIDigit) else { return nil }
    return Int(text)
  }
}

/// Joins two pieces of text broken across a line: Chinese without a space, other text with one.
enum LineJoin {
  static func join(_ left: String, _ right: String) -> String {
    guard let last = left.last, let first = right.first else { return left + right }
    return last.isCJK || first.isCJK ? left + right : left + " " + right
  }
}
