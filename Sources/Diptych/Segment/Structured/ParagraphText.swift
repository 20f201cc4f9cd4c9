/// The running text of a structured paragraph: its content flattened, white space collapsed,
/// soft line breaks joined as the plain-text reader joins lines, and the footnote calls taken
/// out with their positions.
struct ParagraphText: Sendable {
  /// A footnote call at a character offset of `characters`.
  struct Call: Sendable {
    var offset: Int
    var number: Int
    var marker: String
  }

  /// The lines of the paragraph (split at soft line breaks), each trimmed, empty ones dropped.
  var lines: [[Character]]
  /// The calls, with offsets into the line they are on.
  var calls: [(line: Int, call: Call)]

  init(_ content: [StructuredParagraph.Inline]) {
    var lines: [[Character]] = [[]]
    var calls: [(line: Int, call: Call)] = []
    var pendingSpace = false
    for inline in content {
      switch inline {
      case .text(let text):
        for character in text {
          if character.isWhitespace && character != "\u{A0}" {
            pendingSpace = !lines[lines.count - 1].isEmpty
          } else {
            if pendingSpace { lines[lines.count - 1].append(" ") }
            pendingSpace = false
            lines[lines.count - 1].append(character)
          }
        }
      case .note(let number, let marker):
        // A call sticks to the word before it; a space before it stays before the next word.
        calls.append(
          (
            lines.count - 1,
            Call(offset: lines[lines.count - 1].count, number: number, marker: marker)
          ))
      case .lineBreak:
        lines.append([])
        pendingSpace = false
      }
    }
    // Drop empty lines, renumbering the calls on them onto the next line (or the previous).
    var kept: [[Character]] = []
    var keptCalls: [(line: Int, call: Call)] = []
    for (index, line) in lines.enumerated() {
      let lineCalls = calls.filter { $0.line == index }
      if line.isEmpty {
        if !lineCalls.isEmpty, !kept.isEmpty {
          let end = kept[kept.count - 1].count
          for entry in lineCalls {
            keptCalls.append(
              (
                kept.count - 1,
                Call(offset: end, number: entry.call.number, marker: entry.call.marker)
              ))
          }
        }
        continue
      }
      kept.append(line)
      keptCalls += lineCalls.map { ($0.line == index ? kept.count - 1 : $0.line, $0.call) }
    }
    self.lines = kept
    self.calls = keptCalls
  }

  /// Whether the paragraph holds no text.
  var isEmpty: Bool { lines.isEmpty }

  /// The lines from `first` on joined for `language`, with the calls' offsets into the result.
  func joined(from first: Int = 0, language: Language) -> (text: [Character], calls: [Call]) {
    var text: [Character] = []
    var starts: [Int: Int] = [:]
    for index in lines.indices where index >= first {
      let piece = lines[index]
      if let last = text.last, let head = piece.first {
        if language.isChinese {
          if !last.isCJK && !head.isCJK { text.append(" ") }
        } else {
          text.append(" ")
        }
      }
      starts[index] = text.count
      text.append(contentsOf: piece)
    }
    let joinedCalls = calls.compactMap { entry -> Call? in
      guard let start = starts[entry.line] else { return nil }
      var call = entry.call
      call.offset += start
      return call
    }
    return (text, joinedCalls)
  }
}
