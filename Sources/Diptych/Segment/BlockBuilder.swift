/// Groups cleaned lines into raw blocks: titles, headings, paragraphs, list items and footnote
/// bodies, from labels, blank lines, and (where paragraphs are not numbered) line widths.
struct BlockBuilder {
  var language: Language
  /// Whether the document numbers its paragraphs; then only labels and blank lines end them.
  var numbered: Bool
  /// The width of a full line of running text, in display columns.
  var fullWidth: Int

  /// Finished blocks not yet taken.
  private var blocks: [RawBlock] = []
  private var current: RawBlock?
  private var hasTitle = false
  private var lastParagraphNumber = 0
  private var inFootnotes = false
  private var seenBody = false
  /// The calls printed "[1]" or "1/" so far: a line opening with one of them starts the bodies.
  private var markedCalls = MarkedFootnoteCalls()

  /// How far a paragraph number may jump ahead of the previous one: 1, plus the paragraphs a
  /// translation may leave out in a row while keeping the original's numbers.
  static let paragraphNumberGap = 3

  init(language: Language, numbered: Bool, fullWidth: Int) {
    self.language = language
    self.numbered = numbered
    self.fullWidth = fullWidth
  }

  /// Headings are short: at most this many display columns.
  private var headingWidth: Int { max(60, fullWidth * 3 / 4) }

  mutating func blank() {
    // A paragraph number on its own line waits for its text across a blank line.
    if let current, current.label != nil, current.lines.count == 1, current.kind != .heading,
      (current.labelRest ?? LabelParser.parse(current.lines[0].text)?.rest)?.isEmpty == true
    {
      return
    }
    // In a footnote area a blank line ends the footnote; a following line that is not a
    // footnote ends the area.
    close()
  }

  /// Starts the footnote area: a rule or a "Footnotes" heading.
  mutating func footnoteArea() {
    close()
    inFootnotes = true
  }

  mutating func add(_ line: SourceLine, loneNumber: Bool) {
    let text = line.text
    if !inFootnotes, markedCalls.opensBody(text) { footnoteArea() }
    if inFootnotes, addFootnoteLine(line, loneNumber: loneNumber) { return }
    inFootnotes = false
    markedCalls.note(text)

    if let match = LabelParser.parse(text), var block = labelled(match, line: line) {
      close()
      block.labelRest = match.rest
      current = block
      if block.kind == .heading { close() }
      return
    }
    if seenBody, text.utf8.first == UInt8(ascii: "["), text.first == "[",
      FootnoteBodyMarker(text, loneNumber: false) != nil
    {
      // "[1] …" opening a line but no footnote body: an item of a bracketed list.
      close()
      current = RawBlock(kind: .listItem, lines: [line])
      return
    }
    if loneNumber, var open = current {
      open.lines.append(line)
      open.loneNumberLines.insert(line.number)
      current = open
      return
    }
    if !seenBody, current == nil || current?.kind == .title || current?.kind == .subtitle,
      looksLikeTitle(text)
    {
      close()
      blocks.append(RawBlock(kind: hasTitle ? .subtitle : .title, lines: [line]))
      hasTitle = true
      return
    }
    if current == nil || current?.kind == .title || current?.kind == .subtitle
      || current?.kind == .heading
    {
      close()
      current = RawBlock(kind: .paragraph, lines: [])
      seenBody = true
    }
    current?.lines.append(line)
    // Without paragraph numbers, a paragraph ends where a line ends a sentence and stops short.
    if !numbered, endsParagraph(text) { close() }
  }

  /// The blocks finished since the last call, in order; the builder keeps none.
  mutating func take() -> [RawBlock] {
    defer { blocks.removeAll(keepingCapacity: true) }
    return blocks
  }

  /// Closes the open block and returns the blocks not yet taken: the input has ended.
  mutating func finish() -> [RawBlock] {
    close()
    return take()
  }

  // MARK: Decisions

  private mutating func labelled(_ match: LabelParser.Match, line: SourceLine) -> RawBlock? {
    let label = match.label
    let rest = match.rest
    // Only headings ask, and a paragraph number never needs the width of its line.
    var short: Bool {
      DisplayWidth.columns(of: rest) <= headingWidth && !PageFurniture.endsSentence(rest)
    }
    switch label.style {
    case .arabic:
      // A paragraph number must continue the sequence ("12." after "11.", or after "10." where a
      // translation left a paragraph out and kept the numbers), or start it.
      let continues =
        label.value > lastParagraphNumber
        && label.value <= lastParagraphNumber + Self.paragraphNumberGap
      guard continues || label.value == 1 || rest.isEmpty else { return nil }
      lastParagraphNumber = label.value
      seenBody = true
      return RawBlock(kind: .paragraph, label: label, lines: [line])
    case .upperRoman, .chineseNumeral, .upperLetter:
      guard short, !rest.isEmpty else {
        seenBody = true
        return RawBlock(kind: .paragraph, label: label, lines: [line])
      }
      seenBody = true
      return RawBlock(
        kind: .heading, label: label, lines: [line], level: label.style == .upperLetter ? 2 : 1)
    case .chineseOrdinalSection:
      seenBody = true
      if short, !rest.isEmpty, label.text.last != "条" {
        return RawBlock(kind: .heading, label: label, lines: [line], level: 1)
      }
      return RawBlock(kind: .paragraph, label: label, lines: [line])
    case .parenthesizedChineseNumeral:
      seenBody = true
      if short, !rest.isEmpty {
        return RawBlock(kind: .heading, label: label, lines: [line], level: 2)
      }
      return RawBlock(kind: .listItem, label: label, lines: [line])
    case .lowerLetter, .lowerRoman, .parenthesizedArabic, .calendarYear, .relativeYear,
      .englishRelativeYear, .bullet:
      // Before any body text, "(a)" or "2022:" is no list item of anything.
      guard seenBody else { return nil }
      return RawBlock(kind: .listItem, label: label, lines: [line])
    }
  }

  /// Whether a line is a heading of the footnote area, or a footnote body line; adds it if so.
  private mutating func addFootnoteLine(_ line: SourceLine, loneNumber: Bool) -> Bool {
    if let marker = FootnoteBodyMarker(line.text, loneNumber: loneNumber) {
      close()
      current = RawBlock(kind: .footnote, lines: [line], footnoteNumber: marker.number)
      return true
    }
    if current?.kind == .footnote {
      current?.lines.append(line)
      return true
    }
    return false
  }

  private func looksLikeTitle(_ text: String) -> Bool {
    let width = DisplayWidth.columns(of: text)
    return width >= 4 && width < fullWidth * 9 / 10 && !PageFurniture.endsSentence(text)
      && !text.hasSuffix("，") && !text.hasSuffix(",")
  }

  private func endsParagraph(_ text: String) -> Bool {
    guard PageFurniture.endsSentence(closingStripped(text)) else { return false }
    let width = DisplayWidth.columns(of: text)
    return width <= fullWidth - (language.isChinese ? 4 : 8)
  }

  /// The text without closing quotes and brackets at its end, nor a footnote call after its
  /// full stop: "……。”" and "……意见。2" end a sentence.
  private func closingStripped(_ text: String) -> String {
    var text = text
    let call = text.reversed().prefix { $0.isASCIIDigit }
    if !call.isEmpty, call.count <= 3, let before = text.dropLast(call.count).last,
      "。.！？!?".contains(before)
    {
      text.removeLast(call.count)
    }
    while let last = text.last, "”’」』）)》\"'".contains(last) { text.removeLast() }
    return text
  }

  private mutating func close() {
    guard let block = current else { return }
    current = nil
    if block.lines.isEmpty { return }
    blocks.append(block)
  }
}
