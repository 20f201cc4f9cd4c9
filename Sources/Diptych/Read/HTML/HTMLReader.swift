internal import DiptychXML

/// Reads an HTML page into structured paragraphs: headings, paragraphs, list items (ordered lists
/// numbered from their `start`, as a browser shows them), table cells, footnote calls (`<sup>`
/// or links to `#fn…`) and the footnote section; scripts, styles and navigation are skipped.
///
/// A paragraph's ordinal stands for its line number.
struct HTMLReader {
  private static let skipped: Set<String> = [
    "head", "script", "style", "nav", "noscript", "template", "svg", "math", "button", "form",
    "select", "iframe",
  ]
  private static let paragraphs: Set<String> = [
    "p", "dt", "dd", "caption", "figcaption", "pre", "address",
  ]

  private var result: [StructuredParagraph] = []
  private var ordinal = 0

  /// The paragraphs of the HTML in `bytes`, the content of the file at `path`.
  static func paragraphs(bytes: [UInt8], path: String) throws(ReadError) -> [StructuredParagraph] {
    let root: XMLTree.Element
    do {
      root = try XMLTree.Element.parseHTML(bytes, sourceName: path)
    } catch {
      throw ReadError(path: path, reason: .malformed("the HTML cannot be read: \(error.primary)"))
    }
    var reader = HTMLReader()
    reader.blocks(root, inNotes: false)
    return reader.result
  }

  // MARK: Blocks

  private mutating func blocks(_ element: XMLTree.Element, inNotes: Bool) {
    for child in element.elements {
      let name = child.name.lowercased()
      if Self.skipped.contains(name) || child.attribute("role") == "navigation"
        || child.attribute("hidden") != nil
      {
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
        // Containers (div, section, article, main, blockquote …): a div holding only text is a paragraph.
        if !notes, !child.elements.contains(where: { Self.isBlock($0.name.lowercased()) }),
          !child.text.allSatisfy(\.isWhitespace)
        {
          paragraph(child, role: .body)
        } else {
          blocks(child, inNotes: notes)
        }
      }
    }
  }

  private static func isBlock(_ name: String) -> Bool {
    [
      "p", "div", "section", "article", "main", "ol", "ul", "table", "h1", "h2", "h3", "h4", "h5",
      "h6", "blockquote",
      "header", "footer", "aside", "dl", "dt", "dd", "pre", "figure", "hr", "li", "nav", "form",
    ].contains(name)
  }

  private static func isFootnoteSection(_ element: XMLTree.Element) -> Bool {
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
    result.append(
      StructuredParagraph(role: role, numberLabel: numberLabel, content: content, ordinal: ordinal))
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
      if inNotes {
        ordinal += 1
        var content: [StructuredParagraph.Inline] = []
        inline(item, into: &content, blockBreaks: true)
        let noteNumber = Self.noteNumber(id: item.attribute("id")) ?? number
        result.append(
          StructuredParagraph(
            role: .footnote(number: noteNumber), content: content, ordinal: ordinal))
      } else {
        let label = ordered ? Self.render(number, type: type) + "." : "•"
        let nested = item.elements.filter { ["ol", "ul", "table"].contains($0.name.lowercased()) }
        ordinal += 1
        var content: [StructuredParagraph.Inline] = []
        inline(item, into: &content, blockBreaks: true, skipping: ["ol", "ul", "table"])
        result.append(
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
        ordinal += 1
        var content: [StructuredParagraph.Inline] = []
        inline(cell, into: &content, blockBreaks: true)
        result.append(StructuredParagraph(role: .tableCell, content: content, ordinal: ordinal))
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
  private func inline(
    _ element: XMLTree.Element, into content: inout [StructuredParagraph.Inline],
    blockBreaks: Bool = false,
    skipping: Set<String> = []
  ) {
    for child in element.children {
      switch child {
      case .text(let text):
        content.append(.text(text))
      case .element(let child):
        let name = child.name.lowercased()
        if Self.skipped.contains(name) || skipping.contains(name) { continue }
        if child.attribute("role") == "doc-backlink" || hasClass(child, "footnote-back") {
          continue
        }
        if name == "br" {
          content.append(.lineBreak)
        } else if let call = Self.footnoteCall(child) {
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

  /// A footnote call: a link to a note (`#fn1`, role doc-noteref, class footnote-ref) or a
  /// superscript holding only a number.
  private static func footnoteCall(_ element: XMLTree.Element) -> StructuredParagraph.Inline? {
    let name = element.name.lowercased()
    let marker = element.text.trimmingWhitespace()
    let bare = marker.filter { !"[]()".contains($0) }
    let href = (element.attribute("href") ?? "").lowercased()
    let isLink =
      name == "a"
      && (href.hasPrefix("#fn") || href.contains("#footnote")
        || element.attribute("role") == "doc-noteref"
        || (element.attribute("class") ?? "").contains("footnote-ref"))
    let isSuperscript =
      name == "sup" && !bare.isEmpty && bare.count <= 4 && bare.allSatisfy(\.isASCIIDigit)
    guard isLink || isSuperscript, !bare.isEmpty, bare.count <= 6 else { return nil }
    let number = Int(bare.filter(\.isASCIIDigit)) ?? 0
    return .note(number: number, marker: bare)
  }
}
