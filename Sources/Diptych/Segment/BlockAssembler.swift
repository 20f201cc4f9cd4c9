/// Finishes raw blocks into ``Block``s, one at a time: joins their lines, removes the label from
/// the text, removes the footnote calls the document's sequence chose, splits sentences and
/// links list items to their paragraph.
struct BlockAssembler {
  var language: Language
  var words: WordRepairer?
  /// The index of the last paragraph, the parent of the list items after it.
  private var lastParagraph: Int? = nil

  init(language: Language, words: WordRepairer?) {
    self.language = language
    self.words = words
  }

  /// A raw block's lines joined into running text.
  struct Joined {
    /// The text, without the label.
    var text: String
    /// The character ranges of the text that came from lines holding only a number.
    var lone: [Range<Int>]
    /// The repairs made in joining.
    var repairs: [Repair]
    /// Whether every scalar of the text is a character of its own: character indices are then
    /// scalar indices.
    var standalone = false
  }

  /// The block's lines joined, without its label or footnote number.
  func join(_ block: RawBlock) -> Joined {
    var lines = block.lines
    if block.label != nil, let first = lines.first {
      lines[0].text = block.labelRest ?? LabelParser.parse(first.text)?.rest ?? first.text
    }
    if block.kind == .footnote, let first = lines.first {
      lines[0].text = FootnoteBodyMarker.text(after: first.text)
    }
    // Joined texts are kept as strings: a Character array costs 16 bytes a character.
    let joined = LineJoiner(language: language, words: words).joinedText(
      lines, loneNumberLines: block.loneNumberLines)
    return Joined(
      text: joined.text, lone: joined.lone, repairs: joined.repairs, standalone: joined.standalone)
  }

  /// The digit runs of the block that may be footnote calls; a footnote body has none.
  func candidates(_ block: RawBlock, _ joined: Joined, index: Int) -> [FootnoteCandidate] {
    candidates(block.kind, joined, index: index)
  }

  /// The digit runs of a block of `kind` that may be footnote calls.
  func candidates(_ kind: BlockKind, _ joined: Joined, index: Int) -> [FootnoteCandidate] {
    guard kind != .footnote else { return [] }
    guard joined.standalone else {
      return FootnoteCallFinder.candidates(
        in: Array(joined.text), block: index, language: language, loneLines: joined.lone)
    }
    // A character is a scalar: the finder reads scalars, and skips all but digits. Most blocks
    // of running text hold none, as their bytes tell without decoding a scalar.
    guard FootnoteCallFinder.mayHoldCall(joined.text) else { return [] }
    if let found = asciiCandidates(joined, index: index) { return found }
    let scalars = UnicodeScalars.array(joined.text)
    guard scalars.contains(where: FootnoteCallFinder.mayStartCall) else { return [] }
    let mayStart = { FootnoteCallFinder.mayStartCall(scalars[$0]) }
    // A scalar equal to another as a character (a compatibility ideograph) is read as one.
    guard scalars.allSatisfy(UnicodeScalars.isPlainCharacter) else {
      return FootnoteCallFinder.candidates(
        in: scalars.lazy.map(Character.init), block: index, language: language,
        loneLines: joined.lone, mayStart: mayStart)
    }
    return FootnoteCallFinder.candidates(
      in: scalars, block: index, language: language, loneLines: joined.lone, mayStart: mayStart)
  }

  /// The candidates of a text all ASCII (but for line breaks), read from its bytes as scalars
  /// with no array of them made; nil for any other text.
  private func asciiCandidates(_ joined: Joined, index: Int) -> [FootnoteCandidate]? {
    var text = joined.text
    return text.withUTF8 { bytes in
      // A line break is no character of its own ("\r\n" is one): such text is read otherwise.
      guard ASCIIBytes.isASCII(bytes), !bytes.contains(0x0A), !bytes.contains(0x0D) else {
        return nil
      }
      return FootnoteCallFinder.candidates(
        in: bytes.lazy.map { Unicode.Scalar($0) }, block: index, language: language,
        loneLines: joined.lone, mayStart: { ASCIIBytes.isDigit(bytes[$0]) })
    }
  }

  /// The finished block.
  ///
  /// - Parameters:
  ///   - candidates: the block's candidate calls, each with whether the sequence chose it.
  ///   - furniture: receives the lone numbers that are no calls: page numbers.
  mutating func block(
    _ raw: RawBlock.Summary, _ joined: Joined, index: Int,
    candidates: [(candidate: FootnoteCandidate, chosen: Bool)],
    furniture: inout [FurnitureLine]
  ) -> Block {
    var removals: [FootnoteCandidate] = []
    for (candidate, chosen) in candidates {
      if chosen {
        removals.append(candidate)
      } else if candidate.form == .loneLine {
        // A number alone on a line that is not a footnote call is a page number.
        var page = candidate
        page.number = -1
        removals.append(page)
        if let line = raw.firstLoneNumberLine {
          furniture.append(FurnitureLine(kind: .pageNumber, line: line, text: candidate.marker))
        }
      }
    }
    let (text, references) =
      removals.isEmpty
      ? (joined.text.trimmingWhitespace(), []) : strip(Array(joined.text), removals)
    var parent: Int? = nil
    switch raw.kind {
    case .paragraph: lastParagraph = index
    case .listItem: parent = lastParagraph
    case .heading, .title, .subtitle: lastParagraph = nil
    case .footnote, .tableCell: break
    }
    return Block(
      id: "b\(index + 1)", kind: raw.kind, label: raw.label, text: text,
      footnoteReferences: references, footnoteNumber: raw.footnoteNumber,
      sentences: SentenceSplitter.sentences(in: text, language: language), lines: raw.range,
      parent: parent, level: raw.level)
  }

  /// The text without the calls (and page numbers), and the references with their offsets.
  private func strip(_ text: [Character], _ calls: [FootnoteCandidate]) -> (
    String, [FootnoteReference]
  ) {
    guard !calls.isEmpty else { return (String(text).trimmingWhitespace(), []) }
    var output = ""
    var references: [FootnoteReference] = []
    var scalars = 0
    var cursor = 0
    for call in calls.sorted(by: { $0.removal.lowerBound < $1.removal.lowerBound })
    where call.removal.lowerBound >= cursor {
      for character in text[cursor..<call.removal.lowerBound] {
        output.append(character)
        scalars += character.unicodeScalars.count
      }
      if call.number >= 0 {
        references.append(
          FootnoteReference(number: call.number, offset: scalars, marker: call.marker))
      }
      cursor = call.removal.upperBound
    }
    for character in text[cursor...] { output.append(character) }
    // Trimming the start would shift offsets; blocks never start with a call, so only the end is
    // trimmed.
    while output.last?.isWhitespace == true { output.removeLast() }
    return (
      output,
      references.map {
        var reference = $0
        reference.offset = min(reference.offset, output.unicodeScalars.count)
        return reference
      }
    )
  }
}
