/// Turns the paragraphs of a structured document into a ``Document``: the same model, and the
/// same decisions on labels, headings, titles and list items, as the plain-text reader makes
/// on the same document typed as clean text.
///
/// Blocks are built from the markup's paragraphs directly (no line heuristics); typed and
/// computed numbers go through ``LabelParser``. A block's `lines` is the paragraph's ordinal
/// in the input, not a line of a file.
struct StructuredDocumentBuilder {
  var language: Language

  /// Headings are short: at most this many display columns (the plain-text reader's minimum).
  private static let headingWidth = 60
  /// A title line is at most this wide.
  private static let titleWidth = 80

  private var blocks: [Block] = []
  private var seenBody = false
  private var lastParagraphNumber = 0
  private var lastParagraph: Int?
  /// A paragraph that was only a label ("1.", "2022 (Stocktaking)"), waiting for its text.
  private var pendingLabel: (label: Label, ordinal: Int, kind: BlockKind)?

  init(language: Language) {
    self.language = language
  }

  /// The language of the paragraphs' text, or nil when there is none of either script.
  static func detectLanguage(_ paragraphs: [StructuredParagraph]) -> Language? {
    var sample = ""
    for paragraph in paragraphs {
      for case .text(let text) in paragraph.content {
        sample += text
        sample += "\n"
      }
      if sample.utf8.count > 1 << 20 { break }
    }
    return LanguageDetector.detect(sample)
  }

  /// The document the paragraphs make, footnote bodies last.
  static func document(_ paragraphs: [StructuredParagraph], language: Language, sourceName: String)
    -> Document
  {
    var builder = StructuredDocumentBuilder(language: language)
    var notes: [StructuredParagraph] = []
    for paragraph in paragraphs {
      if case .footnote = paragraph.role { notes.append(paragraph) } else { builder.add(paragraph) }
    }
    builder.flushPendingLabel()
    for paragraph in notes { builder.add(paragraph) }
    return Document(language: language, blocks: builder.blocks, sourceName: sourceName)
  }

  // MARK: Paragraphs

  private mutating func add(_ paragraph: StructuredParagraph) {
    var text = ParagraphText(paragraph.content)
    if let number = paragraph.numberLabel, !number.isEmpty {
      // The number is displayed before the text, as a plain-text copy would show it.
      if text.lines.isEmpty { text.lines = [[]] }
      let prefix = Array(number) + (text.lines[0].isEmpty ? [] : [" "])
      text.lines[0].insert(contentsOf: prefix, at: 0)
      text.calls = text.calls.map { entry in
        var call = entry.call
        if entry.line == 0 { call.offset += prefix.count }
        return (entry.line, call)
      }
    }
    guard !text.isEmpty else { return }
    switch paragraph.role {
    case .footnote(let number):
      flushPendingLabel()
      append(
        .footnote, label: nil, text: text, from: 0, ordinal: paragraph.ordinal,
        footnoteNumber: number)
    case .title, .subtitle:
      flushPendingLabel()
      append(
        paragraph.role == .title ? .title : .subtitle, label: nil, text: text, from: 0,
        ordinal: paragraph.ordinal)
    case .tableCell:
      flushPendingLabel()
      append(.tableCell, label: nil, text: text, from: 0, ordinal: paragraph.ordinal)
    case .heading(let level):
      flushPendingLabel()
      let (label, from, trimmed) = parseLabel(text)
      seenBody = seenBody || label != nil
      append(
        .heading, label: label, text: trimmed, from: from, ordinal: paragraph.ordinal, level: level)
    case .body:
      addBody(text, numbered: paragraph.numberLabel != nil, ordinal: paragraph.ordinal)
    }
  }

  private mutating func addBody(_ text: ParagraphText, numbered: Bool, ordinal: Int) {
    let (parsed, from, trimmed) = parseLabel(text)
    if let label = parsed,
      let kind = kind(for: label, rest: trimmed, from: from, numbered: numbered)
    {
      flushPendingLabel()
      if trimmed.joined(from: from, language: language).text.isEmpty, kind.kind != .heading {
        pendingLabel = (label, ordinal, kind.kind)
        return
      }
      append(
        kind.kind, label: label, text: trimmed, from: from, ordinal: ordinal, level: kind.level)
      return
    }
    if let pending = pendingLabel {
      pendingLabel = nil
      append(
        pending.kind, label: pending.label, text: text, from: 0, ordinal: ordinal,
        firstOrdinal: pending.ordinal)
      return
    }
    let joined = String(text.joined(language: language).text)
    if !seenBody, blocks.allSatisfy({ $0.kind == .title || $0.kind == .subtitle }),
      looksLikeTitle(joined)
    {
      append(
        blocks.contains { $0.kind == .title } ? .subtitle : .title, label: nil, text: text, from: 0,
        ordinal: ordinal)
      return
    }
    seenBody = true
    append(.paragraph, label: nil, text: text, from: 0, ordinal: ordinal)
  }

  /// The label the paragraph starts with: on a first line of its own ("2022 (Stocktaking)"
  /// before a soft break), or at the start of the text. Returns the text without it.
  private func parseLabel(_ text: ParagraphText) -> (Label?, Int, ParagraphText) {
    if text.lines.count > 1, let match = LabelParser.parse(String(text.lines[0])),
      match.rest.isEmpty
    {
      return (match.label, 1, text)
    }
    let joined = text.joined(language: language)
    guard let match = LabelParser.parse(String(joined.text)) else { return (nil, 0, text) }
    // The rest is a suffix of the text: remove what precedes it and shift the calls.
    let removed = joined.text.count - match.rest.count
    var trimmed = text
    trimmed.lines = [Array(joined.text.dropFirst(removed))]
    trimmed.calls = joined.calls.map {
      (
        0,
        ParagraphText.Call(
          offset: max(0, $0.offset - removed), number: $0.number, marker: $0.marker)
      )
    }
    return (match.label, 0, trimmed)
  }

  /// What a labelled paragraph is, by the plain-text reader's rules; nil when the label is not
  /// one (a number out of sequence, "(a)" before any body text).
  private mutating func kind(for label: Label, rest: ParagraphText, from: Int, numbered: Bool) -> (
    kind: BlockKind, level: Int?
  )? {
    let restText = String(rest.joined(from: from, language: language).text)
    let short =
      DisplayWidth.columns(of: restText) <= Self.headingWidth
      && !PageFurniture.endsSentence(restText)
    switch label.style {
    case .arabic:
      guard
        numbered || label.value == lastParagraphNumber + 1 || label.value == 1 || restText.isEmpty
      else { return nil }
      lastParagraphNumber = label.value
      seenBody = true
      return (.paragraph, nil)
    case .upperRoman, .chineseNumeral, .upperLetter:
      seenBody = true
      guard short, !restText.isEmpty else { return (.paragraph, nil) }
      return (.heading, label.style == .upperLetter ? 2 : 1)
    case .chineseOrdinalSection:
      seenBody = true
      if short, !restText.isEmpty, label.text.last != "条" { return (.heading, 1) }
      return (.paragraph, nil)
    case .parenthesizedChineseNumeral:
      seenBody = true
      if short, !restText.isEmpty { return (.heading, 2) }
      return (.listItem, nil)
    case .lowerLetter, .lowerRoman, .parenthesizedArabic, .calendarYear, .relativeYear,
      .englishRelativeYear, .bullet:
      guard seenBody else { return nil }
      return (.listItem, nil)
    }
  }

  private func looksLikeTitle(_ text: String) -> Bool {
    let width = DisplayWidth.columns(of: text)
    return width >= 4 && width <= Self.titleWidth && !PageFurniture.endsSentence(text)
      && !text.hasSuffix("，") && !text.hasSuffix(",")
  }

  private mutating func flushPendingLabel() {
    guard let pending = pendingLabel else { return }
    pendingLabel = nil
    append(
      pending.kind, label: pending.label, text: ParagraphText([]), from: 0, ordinal: pending.ordinal
    )
  }

  // MARK: Blocks

  private mutating func append(
    _ kind: BlockKind, label: Label?, text: ParagraphText, from: Int, ordinal: Int,
    level: Int? = nil, footnoteNumber: Int? = nil, firstOrdinal: Int? = nil
  ) {
    let joined = text.joined(from: from, language: language)
    var characters = joined.text
    while characters.last?.isWhitespace == true { characters.removeLast() }
    let string = String(characters)
    // Offsets in the model count Unicode scalars.
    var scalarOffsets: [Int] = [0]
    scalarOffsets.reserveCapacity(characters.count + 1)
    for character in characters {
      scalarOffsets.append(scalarOffsets[scalarOffsets.count - 1] + character.unicodeScalars.count)
    }
    let references = joined.calls.map {
      FootnoteReference(
        number: $0.number, offset: scalarOffsets[min($0.offset, characters.count)],
        marker: $0.marker)
    }
    var parent: Int?
    switch kind {
    case .paragraph: lastParagraph = blocks.count
    case .listItem: parent = lastParagraph
    case .heading, .title, .subtitle: lastParagraph = nil
    case .footnote, .tableCell: break
    }
    blocks.append(
      Block(
        id: "b\(blocks.count + 1)", kind: kind, label: label, text: string,
        footnoteReferences: references, footnoteNumber: footnoteNumber,
        sentences: SentenceSplitter.sentences(in: string, language: language),
        lines: LineRange(firstOrdinal ?? ordinal, ordinal), parent: parent,
        level: kind == .heading ? (level ?? 1) : nil))
  }
}
