/// Joins the hard-wrapped lines of one block into running text.
///
/// English lines are joined with a space, and a word hyphenated across a line break is joined
/// when the document knows it without the hyphen; Chinese lines are joined without a space
/// unless both sides of the break are Latin script.
struct LineJoiner {
  var language: Language
  var words: WordRepairer?

  /// The joined text, the character ranges that came from lone-number lines, and the repairs.
  func join(_ lines: [SourceLine], loneNumberLines: Set<Int>) -> (
    text: [Character], lone: [Range<Int>], repairs: [Repair]
  ) {
    var text: [Character] = []
    var lone: [Range<Int>] = []
    var repairs: [Repair] = []
    for line in lines {
      let piece = Array(line.text)
      guard !piece.isEmpty else { continue }
      if let last = text.last, let first = piece.first {
        if language.isChinese {
          if !last.isCJK && !first.isCJK && !last.isWhitespace { text.append(" ") }
        } else if last == "-", text.count >= 2, text[text.count - 2].isLetter, first.isLowercase {
          let head = String(text.dropLast().reversed().prefix { $0.isLetter }.reversed())
          let tail = String(piece.prefix { $0.isLetter })
          if let words, words.occurs(head + tail), !words.occurs(head + "-" + tail) {
            text.removeLast()
            repairs.append(
              Repair(
                kind: .lineBreakHyphen, line: line.number, original: head + "-\n" + tail,
                replacement: head + tail))
          }
        } else if !last.isWhitespace {
          text.append(" ")
        }
      }
      let start = text.count
      text.append(contentsOf: piece)
      if loneNumberLines.contains(line.number) { lone.append(start..<text.count) }
    }
    return (text, lone, repairs)
  }
}
