/// Finishes raw blocks into ``Block``s: joins their lines, removes the label from the text, finds
/// the footnote calls of the whole document, splits sentences and links list items to their
/// paragraph.
struct BlockAssembler {
  var language: Language
  var words: WordRepairer?

  struct Result {
    var blocks: [Block]
    var repairs: [Repair]
    var furniture: [FurnitureLine]
  }

  func assemble(_ raw: [RawBlock]) -> Result {
    let joiner = LineJoiner(language: language, words: words)
    var repairs: [Repair] = []
    // Joined texts are kept as strings: a Character array costs 16 bytes a character, which on
    // a 100 MB input is gigabytes. Each block is expanded to characters only while it is worked on.
    var texts: [String] = []
    var lone: [[Range<Int>]] = []
    for block in raw {
      var lines = block.lines
      if block.label != nil, let first = lines.first {
        lines[0].text = LabelParser.parse(first.text)?.rest ?? first.text
      }
      if block.kind == .footnote, let first = lines.first {
        lines[0].text = first.text.drop { $0.isASCIIDigit }.trimmingWhitespace()
      }
      let joined = joiner.join(lines, loneNumberLines: block.loneNumberLines)
      texts.append(String(joined.text))
      lone.append(joined.lone)
      repairs += joined.repairs
    }

    // Footnote calls: candidates everywhere but in footnote bodies, then the document's sequence.
    var candidates: [FootnoteCandidate] = []
    for index in raw.indices where raw[index].kind != .footnote {
      candidates += FootnoteCallFinder.candidates(in: Array(texts[index]), block: index, language: language, loneLines: lone[index])
    }
    let bodies = Set(raw.compactMap(\.footnoteNumber))
    let chosen = FootnoteSequence.select(candidates, bodies: bodies)
    var furniture: [FurnitureLine] = []
    var removals: [Int: [FootnoteCandidate]] = [:]
    for (index, candidate) in candidates.enumerated() {
      if chosen.contains(index) {
        removals[candidate.block, default: []].append(candidate)
      } else if candidate.form == .loneLine {
        // A number alone on a line that is not a footnote call is a page number.
        var page = candidate
        page.number = -1
        removals[candidate.block, default: []].append(page)
        if let line = raw[candidate.block].loneNumberLines.sorted().first {
          furniture.append(FurnitureLine(kind: .pageNumber, line: line, text: candidate.marker))
        }
      }
    }

    var blocks: [Block] = []
    var lastParagraph: Int? = nil
    for (index, block) in raw.enumerated() {
      let (text, references) = strip(Array(texts[index]), removals[index] ?? [])
      var parent: Int? = nil
      switch block.kind {
      case .paragraph: lastParagraph = index
      case .listItem: parent = lastParagraph
      case .heading, .title, .subtitle: lastParagraph = nil
      case .footnote, .tableCell: break
      }
      blocks.append(
        Block(
          id: "b\(index + 1)", kind: block.kind, label: block.label, text: text,
          footnoteReferences: references, footnoteNumber: block.footnoteNumber,
          sentences: SentenceSplitter.sentences(in: text, language: language), lines: block.range,
          parent: parent, level: block.level))
    }
    return Result(blocks: blocks, repairs: repairs, furniture: furniture)
  }

  /// The text without the calls (and page numbers), and the references with their offsets.
  private func strip(_ text: [Character], _ calls: [FootnoteCandidate]) -> (String, [FootnoteReference]) {
    guard !calls.isEmpty else { return (String(text).trimmingWhitespace(), []) }
    var output = ""
    var references: [FootnoteReference] = []
    var scalars = 0
    var cursor = 0
    for call in calls.sorted(by: { $0.removal.lowerBound < $1.removal.lowerBound }) where call.removal.lowerBound >= cursor {
      for character in text[cursor..<call.removal.lowerBound] {
        output.append(character)
        scalars += character.unicodeScalars.count
      }
      if call.number >= 0 {
        references.append(FootnoteReference(number: call.number, offset: scalars, marker: call.marker))
      }
      cursor = call.removal.upperBound
    }
    for character in text[cursor...] { output.append(character) }
    // Trimming the start would shift offsets; blocks never start with a call, so only the end is trimmed.
    while output.last?.isWhitespace == true { output.removeLast() }
    return (output, references.map { var reference = $0; reference.offset = min(reference.offset, output.unicodeScalars.count); return reference })
  }
}
