internal import DiptychXML

/// Reads a Word document (DOCX) into structured paragraphs: body paragraphs with their styles and
/// the numbers automatic numbering displays, table cells, and the footnotes and endnotes that
/// are called, numbered as Word displays them.
///
/// A paragraph's ordinal in the body stands for its line number: DOCX has no lines.
struct DOCXReader {
  private static let mainContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

  let path: String
  private var styles = DOCXStyles(nil)
  private var numbering = DOCXNumbering(nil)
  private var notes = DOCXNoteNumbering(settings: nil)
  private var ordinal = 0
  private var paragraphs: [StructuredParagraph] = []
  /// Content of a paragraph whose mark was deleted (a tracked merge): it joins the next one.
  private var carried: [StructuredParagraph.Inline] = []

  private init(path: String) {
    self.path = path
  }

  /// The paragraphs of the DOCX package in the file `file`; errors name `path`.
  static func paragraphs(file: String, path: String) throws(ReadError) -> [StructuredParagraph] {
    var archive = try DOCXArchive(file: file, path: path)
    var reader = DOCXReader(path: path)
    let main = try reader.mainPart(&archive)
    guard let documentBytes = try archive.part(main) else {
      throw ReadError(path: path, reason: .wrongKind(reader.notDOCX(archive)))
    }
    let document = try reader.parse(documentBytes, part: main)
    reader.styles = DOCXStyles(
      try archive.part("word/styles.xml").map { (bytes) throws(ReadError) in
        try reader.parse(bytes, part: "word/styles.xml")
      })
    reader.numbering = DOCXNumbering(
      try archive.part("word/numbering.xml").map { (bytes) throws(ReadError) in
        try reader.parse(bytes, part: "word/numbering.xml")
      })
    reader.notes = DOCXNoteNumbering(
      settings: try archive.part("word/settings.xml").map { (bytes) throws(ReadError) in
        try reader.parse(bytes, part: "word/settings.xml")
      })
    guard let body = document.child("body") else {
      throw ReadError(path: path, reason: .malformed("\(main) has no w:body"))
    }
    reader.readBlocks(body)
    reader.numberEndnotes()
    try reader.readNotes(&archive)
    return reader.paragraphs
  }

  // MARK: Package

  /// The main document part named in `[Content_Types].xml`, or Word's usual name.
  private func mainPart(_ archive: inout DOCXArchive) throws(ReadError) -> String {
    guard let bytes = try archive.part("[Content_Types].xml") else {
      throw ReadError(path: path, reason: .wrongKind(notDOCX(archive)))
    }
    let types = try parse(bytes, part: "[Content_Types].xml")
    let name = types.children("Override").first { $0.value("ContentType") == Self.mainContentType }?
      .value("PartName")
    guard let name else { return "word/document.xml" }
    return name.hasPrefix("/") ? String(name.dropFirst()) : name
  }

  /// What a ZIP archive that is not a Word document seems to be.
  private func notDOCX(_ archive: DOCXArchive) -> String {
    if archive.contains("xl/workbook.xml") {
      return "a ZIP archive holding an Excel workbook (XLSX), not a Word document"
    }
    if archive.contains("ppt/presentation.xml") {
      return "a ZIP archive holding a PowerPoint presentation (PPTX), not a Word document"
    }
    if archive.contains("content.xml") {
      return "a ZIP archive holding an OpenDocument file (ODT?): save it as DOCX"
    }
    return "a ZIP archive without word/document.xml: not a DOCX"
  }

  /// Parses an XML part; a DTD, which Word never writes, is refused outright.
  private func parse(_ bytes: [UInt8], part: String) throws(ReadError) -> XMLTree.Element {
    if bytes.prefix(65_536).containsSubsequence(Array("<!DOCTYPE".utf8)) {
      throw ReadError(
        path: path,
        reason: .malformed(
          "the DOCX part \(part) declares a DTD, which Word never writes; not read"))
    }
    do {
      return try XMLTree.Element.parse(bytes, sourceName: part)
    } catch {
      throw ReadError(
        path: path,
        reason: .malformed("the DOCX part \(part) is not well-formed XML: \(error.primary)"))
    }
  }

  // MARK: Body

  /// Reads the paragraphs and tables of a container (the body, a content control, a cell).
  private mutating func readBlocks(_ container: XMLTree.Element) {
    for child in container.elements {
      switch child.localName {
      case "p": paragraph(child)
      case "tbl": table(child)
      case "sdt": if let inner = child.child("sdtContent") { readBlocks(inner) }
      case "customXml", "ins", "moveTo": readBlocks(child)
      default: continue  // sectPr, bookmarks, deleted blocks
      }
    }
  }

  private mutating func paragraph(_ element: XMLTree.Element) {
    ordinal += 1
    let properties = element.child("pPr")
    let style = properties?.child("pStyle")?.value("val")
    var content = DOCXParagraphContent()
    content.read(element, notes: &notes)
    let label = numberLabel(properties, style: style)
    // A deleted paragraph mark merges this paragraph into the next, as accepting the change would.
    if properties?.child("rPr")?.child("del") != nil {
      carried += labelled(label, content.content) + [.text(" ")]
      return
    }
    let inlines = carried + content.content
    carried = []
    var role: StructuredParagraph.Role = .body
    if let titleRole = styles.titleRole(style) {
      role = titleRole
    } else if let outline = properties?.child("outlineLvl")?.integer("val"),
      (0...8).contains(outline)
    {
      role = .heading(level: outline + 1)
    } else if let level = styles.headingLevel(style) {
      role = .heading(level: level)
    }
    paragraphs.append(
      StructuredParagraph(role: role, numberLabel: label, content: inlines, ordinal: ordinal))
  }

  /// The label automatic numbering displays for a paragraph, from its own `w:numPr` or its style's.
  private mutating func numberLabel(_ properties: XMLTree.Element?, style: String?) -> String? {
    let direct = properties?.child("numPr").map(DOCXNumberingReference.init)
    let inherited = styles.numbering(style)
    guard direct != nil || inherited != nil else { return nil }
    let reference = DOCXNumberingReference(
      numberingID: direct?.numberingID ?? inherited?.numberingID,
      level: direct?.level ?? inherited?.level)
    return numbering.nextLabel(reference)
  }

  private func labelled(_ label: String?, _ content: [StructuredParagraph.Inline])
    -> [StructuredParagraph.Inline]
  {
    guard let label else { return content }
    return [.text(label + " ")] + content
  }

  /// Each cell of a table becomes one paragraph, its paragraphs joined by line breaks.
  private mutating func table(_ table: XMLTree.Element) {
    for row in table.children("tr") {
      for cell in row.children("tc") {
        let first = ordinal + 1
        var inner = DOCXReader(path: path)
        inner.styles = styles
        inner.numbering = numbering
        inner.notes = notes
        inner.ordinal = ordinal
        inner.readBlocks(cell)
        numbering = inner.numbering
        notes = inner.notes
        ordinal = inner.ordinal
        var content: [StructuredParagraph.Inline] = []
        for paragraph in inner.paragraphs {
          if !content.isEmpty { content.append(.lineBreak) }
          content += labelled(paragraph.numberLabel, paragraph.content)
        }
        paragraphs.append(StructuredParagraph(role: .tableCell, content: content, ordinal: first))
      }
    }
  }

  // MARK: Notes

  /// Gives the endnote calls their final numbers, after the last footnote's.
  private mutating func numberEndnotes() {
    guard notes.calls.contains(where: { $0.kind == .endnote }) else { return }
    let notes = self.notes
    for index in paragraphs.indices {
      paragraphs[index].content = paragraphs[index].content.map { inline in
        guard case .note(let number, let marker) = inline else { return inline }
        return .note(number: notes.finalNumber(number), marker: marker)
      }
    }
  }

  /// The bodies of the footnotes and endnotes called, in the order of their calls.
  private mutating func readNotes(_ archive: inout DOCXArchive) throws(ReadError) {
    guard !notes.calls.isEmpty else { return }
    var bodies: [DOCXNoteNumbering.Kind: [String: XMLTree.Element]] = [:]
    for kind in [DOCXNoteNumbering.Kind.footnote, .endnote] {
      let part = "word/\(kind.rawValue)s.xml"
      guard let bytes = try archive.part(part) else { continue }
      var byID: [String: XMLTree.Element] = [:]
      for note in try parse(bytes, part: part).children(kind.rawValue) {
        if let id = note.value("id"), byID[id] == nil { byID[id] = note }
      }
      bodies[kind] = byID
    }
    var done: Set<String> = []
    for call in notes.calls {
      guard let note = bodies[call.kind]?[call.id], done.insert("\(call.kind)/\(call.id)").inserted
      else { continue }
      var inner = DOCXReader(path: path)
      inner.styles = styles
      inner.ordinal = ordinal
      inner.readBlocks(note)
      ordinal = inner.ordinal
      var content: [StructuredParagraph.Inline] = []
      for paragraph in inner.paragraphs {
        if !content.isEmpty { content.append(.lineBreak) }
        content += paragraph.content
      }
      paragraphs.append(
        StructuredParagraph(
          role: .footnote(number: notes.finalNumber(call.number)), content: content,
          ordinal: inner.paragraphs.first?.ordinal ?? ordinal))
    }
  }
}

extension Collection where Element: Equatable {
  /// Whether `pattern` occurs in the collection as a contiguous run.
  func containsSubsequence(_ pattern: [Element]) -> Bool {
    guard let first = pattern.first else { return true }
    var index = startIndex
    while let found = self[index...].firstIndex(of: first) {
      if self[found...].starts(with: pattern) { return true }
      index = self.index(after: found)
    }
    return false
  }
}
