internal import DiptychXML

/// Reads an HTML page into structured paragraphs: headings, paragraphs, list items (ordered lists
/// numbered from their `start`, as a browser shows them), table cells, footnote calls and bodies
/// (links to `#fn…` and a footnote section, or links found by ``HTMLFootnoteLinks``: Word's
/// `_ftn`/`_edn` notes among them); scripts, styles and navigation are skipped.
///
/// A superscript number that is not a link is a call only when a footnote body with that number
/// is called by no link; otherwise it is text (km², 10⁶). Footnote bodies are given in the order
/// of their calls, as a DOCX gives them. A paragraph's ordinal stands for its line number.
struct HTMLReader {
  static let skipped: Set<String> = [
    "head", "script", "style", "nav", "noscript", "template", "svg", "math", "button", "form",
    "select", "iframe",
  ]
  private static let paragraphs: Set<String> = [
    "p", "dt", "dd", "caption", "figcaption", "pre", "address",
  ]

  private var result: [StructuredParagraph] = []
  private var ordinal = 0
  /// Footnote bodies met inside a paragraph's content, given after the paragraph.
  private var nestedBodies: [XMLTree.Element] = []
  /// Calls read from a bare superscript number: where they are and the superscript's text.
  private var superscriptCalls: [(paragraph: Int, inline: Int, text: String)] = []
  /// Each footnote paragraph's position among the calls (see ``HTMLFootnoteLinks/Mark/order``).
  private var noteOrder: [Int: Int] = [:]

  /// The paragraphs of the HTML in `bytes`, the content of the file at `path`.
  static func paragraphs(bytes: [UInt8], path: String) throws(ReadError) -> [StructuredParagraph] {
    let root: XMLTree.Element
    do {
      root = try XMLTree.Element.parseHTML(bytes, sourceName: path)
    } catch {
      throw ReadError(path: path, reason: .malformed("the HTML cannot be read: \(error.primary)"))
    }
    var reader = HTMLReader()
    reader.blocks(HTMLFootnoteLinks.marked(root), inNotes: false)
    reader.keepSuperscriptCallsWithBodies()
    reader.orderNotesByCalls()
    return reader.result
  }

  /// Whether the reader skips `element` and all it holds.
  static func isSkipped(_ element: XMLTree.Element) -> Bool {
    skipped.contains(element.name.lowercased()) || element.attribute("role") == "navigation"
      || element.attribute("hidden") != nil
  }

  // MARK: Blocks

  private mutating func blocks(_ element: XMLTree.Element, inNotes: Bool) {
    for child in element.elements {
      let name = child.name.lowercased()
      if Self.isSkipped(child) { continue }
      if Self.noteNumber(child) != nil {
        footnote(child)
        continue
      }
      let notes = inNotes || Self.isFootnoteSection(child)
      switch name {
      case "h1", "h2", "h3", "h4", "h5", "h6":
        let level = Int(String(name.dropFirst())) ?? 1
        let role: StructuredParagraph.Role =
          hasClass(child, "title") ? .title : .heading(level: level)
        if !notes { paragraph(child, role: role) }
      case _ where Self.paragraphs.contains(name):
        if notes { continue }
        paragraph(child, role: hasClass(child, "subtitle") ? .subtitle : .body)
      case "ol", "ul":
        list(child, ordered: name == "ol", inNotes: notes)
      case "table":
        table(child, inNotes: notes)
      case "hr", "br", "img":
        continue
      case "header" where child.attribute("id") == "title-block-header":
        titleBlock(child)
      default:
        // Containers (div, section, article, main, blockquote …): a div holding only text is a
        // paragraph.
        if !notes, !child.elements.contains(where: { Self.isBlock($0.name.lowercased()) }),
          !DownlevelConditional.removingMarkers(child.text).allSatisfy(\.isWhitespace)
        {
          paragraph(child, role: .body)
        } else {
          blocks(child, inNotes: notes)
        }
      }
    }
  }

  static func isBlock(_ name: String) -> Bool {
    [
      "p", "div", "section", "article", "main", "ol", "ul", "table", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote",
      "header", "footer", "aside", "dl", "dt", "dd", "pre", "figure", "hr", "li", "nav", "form",
    ].contains(name)
  }

  static func isFootnoteSection(_ element: XMLTree.Element) -> Bool {
    let classes = (element.attribute("class") ?? "").lowercased().split(separator: " ")
    let role = element.attribute("role") ?? ""
    return classes.contains { $0 == "footnotes" || $0 == "endnotes" } || role == "doc-endnotes"
      || role == "doc-footnotes"
      || element.attribute("id") == "footnotes"
  }

  private func hasClass(_ element: XMLTree.Element, _ name: String) -> Bool {
    (element.attribute("class") ?? "").split(separator: " ").contains { $0 == name }
  }

  /// Pandoc's title block: the title, then subtitle, author and date lines.
  private mutating func titleBlock(_ header: XMLTree.Element) {
    for child in header.elements {
      if hasClass(child, "title") {
        paragraph(child, role: .title)
      } else if ["subtitle", "author", "date"].contains(where: { hasClass(child, $0) }) {
        paragraph(child, role: .subtitle)
      }
    }
  }

  private mutating func paragraph(
    _ element: XMLTree.Element, role: StructuredParagraph.Role, numberLabel: String? = nil
  ) {
    ordinal += 1
    var content: [StructuredParagraph.Inline] = []
    inline(element, into: &content)
    append(
      StructuredParagraph(role: role, numberLabel: numberLabel, content: content, ordinal: ordinal))
  }

  /// A footnote body that ``HTMLFootnoteLinks`` marked: its paragraphs joined by line breaks.
  private mutating func footnote(_ element: XMLTree.Element) {
    ordinal += 1
    var content: [StructuredParagraph.Inline] = []
    inline(element, into: &content, blockBreaks: true)
    if let order = Int(element.attribute(HTMLFootnoteLinks.Mark.order) ?? "") {
      noteOrder[result.count] = order
    }
    append(
      StructuredParagraph(
        role: .footnote(number: Self.noteNumber(element) ?? 0), content: content, ordinal: ordinal))
  }

  /// The number of the footnote whose body `element` is, if ``HTMLFootnoteLinks`` marked it so.
  private static func noteNumber(_ element: XMLTree.Element) -> Int? {
    element.attribute(HTMLFootnoteLinks.Mark.body).flatMap { Int($0) }
  }

  /// Adds a paragraph, then the footnote bodies its content held.
  private mutating func append(_ paragraph: StructuredParagraph) {
    result.append(paragraph)
    let bodies = nestedBodies
    nestedBodies = []
    for body in bodies { footnote(body) }
  }

  /// A list: each item is a paragraph with the number a browser shows (or a bullet); in the
  /// footnote section each item is a footnote body numbered like the list.
  private mutating func list(_ list: XMLTree.Element, ordered: Bool, inNotes: Bool) {
    let reversed = list.attribute("reversed") != nil
    let items = list.elements.filter { $0.name.lowercased() == "li" }
    var number = Int(list.attribute("start") ?? "") ?? (reversed ? items.count : 1)
    let type = list.attribute("type") ?? "1"
    for item in items {
      if let value = Int(item.attribute("value") ?? "") { number = value }
      if Self.noteNumber(item) != nil {
        footnote(item)
      } else if inNotes {
        ordinal += 1
        var content: [StructuredParagraph.Inline] = []
        inline(item, into: &content, blockBreaks: true)
        let noteNumber = Self.noteNumber(id: item.attribute("id")) ?? number
        append(
          StructuredParagraph(
            role: .footnote(number: noteNumber), content: content, ordinal: ordinal))
      } else {
        let label = ordered ? Self.render(number, type: type) + "." : "•"
        let nested = item.elements.filter { ["ol", "ul", "table"].contains($0.name.lowercased()) }
        ordinal += 1
        var content: [StructuredParagraph.Inline] = []
        inline(item, into: &content, blockBreaks: true, skipping: ["ol", "ul", "table"])
        append(
          StructuredParagraph(role: .body, numberLabel: label, content: content, ordinal: ordinal))
        for child in nested {
          let name = child.name.lowercased()
          if name == "table" {
            table(child, inNotes: false)
          } else {
            self.list(child, ordered: name == "ol", inNotes: false)
          }
        }
      }
      number += reversed ? -1 : 1
    }
  }

  private static func render(_ number: Int, type: String) -> String {
    switch type {
    case "a": NumberFormat.render(number, format: "lowerLetter")
    case "A": NumberFormat.render(number, format: "upperLetter")
    case "i": NumberFormat.render(number, format: "lowerRoman")
    case "I": NumberFormat.render(number, format: "upperRoman")
    default: String(number)
    }
  }

  /// The number in a footnote id: `fn3`, `footnote-3`, `note3`.
  private static func noteNumber(id: String?) -> Int? {
    guard let id, id.lowercased().hasPrefix("fn") || id.lowercased().contains("note") else {
      return nil
    }
    let digits = id.reversed().prefix(while: \.isASCIIDigit).reversed()
    return digits.isEmpty || digits.count > 6 ? nil : Int(String(digits))
  }

  private mutating func table(_ table: XMLTree.Element, inNotes: Bool) {
    guard !inNotes else { return }
    for row in Self.rows(table) {
      for cell in row.elements where ["td", "th"].contains(cell.name.lowercased()) {
        if Self.noteNumber(cell) != nil {
          footnote(cell)
          continue
        }
        ordinal += 1
        var content: [StructuredParagraph.Inline] = []
        inline(cell, into: &content, blockBreaks: true)
        append(StructuredParagraph(role: .tableCell, content: content, ordinal: ordinal))
      }
    }
  }

  /// The rows of a table, inside `thead`/`tbody`/`tfoot` or not.
  private static func rows(_ table: XMLTree.Element) -> [XMLTree.Element] {
    table.elements.flatMap { child -> [XMLTree.Element] in
      switch child.name.lowercased() {
      case "tr": [child]
      case "thead", "tbody", "tfoot": child.elements.filter { $0.name.lowercased() == "tr" }
      default: []
      }
    }
  }

  // MARK: Inline content

  /// The text of `element`: white space as HTML renders it, `<br>` as a line break, footnote
  /// calls as notes; block children (in a list item or cell) are separated by line breaks.
  /// Footnote bodies inside are set aside for ``append(_:)``; links back to a call are the
  /// body's mark, not text.
  private mutating func inline(
    _ element: XMLTree.Element, into content: inout [StructuredParagraph.Inline],
    blockBreaks: Bool = false,
    skipping: Set<String> = []
  ) {
    for child in element.children {
      switch child {
      case .text(let text):
        content.append(.text(DownlevelConditional.removingMarkers(text)))
      case .element(let child):
        let name = child.name.lowercased()
        if Self.skipped.contains(name) || skipping.contains(name) { continue }
        if child.attribute("role") == "doc-backlink" || hasClass(child, "footnote-back")
          || child.attribute(HTMLFootnoteLinks.Mark.backLink) != nil
        {
          continue
        }
        if Self.noteNumber(child) != nil {
          nestedBodies.append(child)
        } else if name == "br" {
          content.append(.lineBreak)
        } else if let call = Self.markedCall(child) ?? Self.linkCall(child) {
          content.append(call)
        } else if let call = Self.superscriptCall(child) {
          superscriptCalls.append((result.count, content.count, child.text))
          content.append(call)
        } else if blockBreaks, Self.isBlock(name) {
          if !content.isEmpty { content.append(.lineBreak) }
          inline(child, into: &content, blockBreaks: true, skipping: skipping)
        } else {
          inline(child, into: &content, blockBreaks: blockBreaks, skipping: skipping)
        }
      }
    }
  }

  /// A call ``HTMLFootnoteLinks`` found.
  private static func markedCall(_ element: XMLTree.Element) -> StructuredParagraph.Inline? {
    guard let number = element.attribute(HTMLFootnoteLinks.Mark.callNumber).flatMap({ Int($0) })
    else { return nil }
    return .note(number: number, marker: element.attribute(HTMLFootnoteLinks.Mark.callMarker) ?? "")
  }

  /// Whether `element` is a link that calls a note by its href (`#fn1`, `#footnote-1`), role
  /// (doc-noteref) or class (footnote-ref).
  static func isConventionalCall(_ element: XMLTree.Element) -> Bool {
    let href = (element.attribute("href") ?? "").lowercased()
    return element.name.lowercased() == "a"
      && (href.hasPrefix("#fn") || href.contains("#footnote")
        || element.attribute("role") == "doc-noteref"
        || (element.attribute("class") ?? "").contains("footnote-ref"))
  }

  /// A call by a conventional link (see ``isConventionalCall(_:)``).
  private static func linkCall(_ element: XMLTree.Element) -> StructuredParagraph.Inline? {
    guard isConventionalCall(element) else { return nil }
    return call(marker: element.text)
  }

  /// A provisional call: a superscript holding only a number (and no link).
  private static func superscriptCall(_ element: XMLTree.Element) -> StructuredParagraph.Inline? {
    let bare = element.text.trimmingWhitespace().filter { !"[]()".contains($0) }
    guard element.name.lowercased() == "sup", !bare.isEmpty, bare.count <= 4,
      bare.allSatisfy(\.isASCIIDigit), !containsLink(element)
    else { return nil }
    return call(marker: element.text)
  }

  private static func containsLink(_ element: XMLTree.Element) -> Bool {
    element.elements.contains { $0.name.lowercased() == "a" || containsLink($0) }
  }

  private static func call(marker text: String) -> StructuredParagraph.Inline? {
    let bare = text.trimmingWhitespace().filter { !"[]()".contains($0) }
    guard !bare.isEmpty, bare.count <= 6 else { return nil }
    return .note(number: Int(bare.filter(\.isASCIIDigit)) ?? 0, marker: bare)
  }

  // MARK: After reading

  /// Superscript numbers stay calls only where a footnote body with their number is called by
  /// no link; the others are text again.
  private mutating func keepSuperscriptCallsWithBodies() {
    guard !superscriptCalls.isEmpty else { return }
    let superscripts = Set(superscriptCalls.map { [$0.paragraph, $0.inline] })
    var bodies: Set<Int> = []
    var linked: Set<Int> = []
    for (index, paragraph) in result.enumerated() {
      if case .footnote(let number) = paragraph.role { bodies.insert(number) }
      for (position, inline) in paragraph.content.enumerated() {
        if case .note(let number, _) = inline, !superscripts.contains([index, position]) {
          linked.insert(number)
        }
      }
    }
    for call in superscriptCalls {
      guard case .note(let number, _) = result[call.paragraph].content[call.inline],
        !bodies.contains(number) || linked.contains(number)
      else { continue }
      result[call.paragraph].content[call.inline] = .text(call.text)
    }
  }

  /// Gives the footnote bodies in the order of their calls: a body ``HTMLFootnoteLinks`` placed
  /// by its first call, any other after the body before it.
  private mutating func orderNotesByCalls() {
    guard !noteOrder.isEmpty else { return }
    var notes: [(key: Int, paragraph: StructuredParagraph)] = []
    var key = -1
    var positions: [Int] = []
    for (index, paragraph) in result.enumerated() {
      guard case .footnote = paragraph.role else { continue }
      key = noteOrder[index] ?? key
      notes.append((key, paragraph))
      positions.append(index)
    }
    let ordered = notes.enumerated().sorted {
      ($0.element.key, $0.offset) < ($1.element.key, $1.offset)
    }
    for (position, note) in zip(positions, ordered) { result[position] = note.element.paragraph }
  }
}
