/// One aligned unit as a table row: the unit's anchor, both versions and its findings.
struct HTMLUnitRow {
  let alignment: Alignment
  let unit: AlignmentUnit
  let findings: [(index: Int, finding: Finding)]
  /// The unit holding each footnote body, by side and footnote number.
  let footnoteUnits: [Side: [Int: String]]
  let sourceTag: String
  let targetTag: String

  func render(into html: inout String) {
    let alone = unit.source.isEmpty || unit.target.isEmpty
    var classes = ["unit", "kind-\(alignment.kind(of: unit).rawValue)"]
    if alone { classes.append(unit.source.isEmpty ? "alone target-only" : "alone source-only") }
    if unit.source.count > 1 || unit.target.count > 1 { classes.append("merged") }
    if let worst = findings.map(\.finding.severity).max() {
      classes.append("flagged worst-\(worst.rawValue)")
    }
    html +=
      "<tr class=\"\(classes.joined(separator: " "))\" id=\"\(HTMLEscaping.escape(unit.id))\">"
    html +=
      "<th scope=\"row\" class=\"meta\"><a class=\"anchor\" "
      + "href=\"#\(HTMLEscaping.escape(unit.id))\" title=\"Link to this "
      + "unit\">\(HTMLEscaping.escape(unit.id))</a>"
    html += "<span class=\"shape\" title=\"blocks: English : Chinese\">\(unit.shape)</span>"
    html += "<span class=\"kind\">\(alignment.kind(of: unit).rawValue)</span>"
    for side in Side.allCases {
      if let lines = alignment.lines(of: unit, side: side) {
        html +=
          "<span class=\"lines\">\(side == .source ? "src" : "tgt") l. \(lines.description)</span>"
      }
    }
    html += "</th>"
    renderSide(.source, into: &html)
    renderSide(.target, into: &html)
    html += "<td class=\"notes\">"
    HTMLFindingList.render(findings, into: &html)
    html += "</td></tr>\n"
  }

  private func renderSide(_ side: Side, into html: inout String) {
    let document = alignment.document(side)
    let indices = unit.blocks(side)
    let tag = side == .source ? sourceTag : targetTag
    let sideClass = side == .source ? "source" : "target"
    guard !indices.isEmpty else {
      let name = document.language.isChinese ? "Chinese" : "English"
      html +=
        "<td class=\"side \(sideClass) empty\" lang=\"\(HTMLEscaping.escape(tag))\"><p "
        + "class=\"missing\" lang=\"en\">Not in the \(name)</p></td>"
      return
    }
    let blocks = indices.map { (index: $0, block: document.blocks[$0]) }
    let marks = FactMarks(
      findings: findings.map { ($0.index, $0.finding) }, blocks: blocks, side: side)
    let severities = Dictionary(
      findings.map { ($0.index, $0.finding.severity) }, uniquingKeysWith: max)
    let links = footnoteUnits[side] ?? [:]
    html += "<td class=\"side \(sideClass)\" lang=\"\(HTMLEscaping.escape(tag))\">"
    for (index, block) in blocks {
      html +=
        "<div class=\"block \(block.kind.rawValue)\" "
        + "data-block=\"\(HTMLEscaping.escape(block.id))\">"
      let label =
        block.kind == .footnote ? block.footnoteNumber.map(String.init) : block.label?.text
      let labelMarks =
        block.kind == .footnote
        ? block.footnoteNumber.flatMap { marks.footnotes[$0] } : marks.labels[index]
      html += "<span class=\"label\">"
      if let label {
        Self.mark(
          HTMLEscaping.escape(label), findings: labelMarks, severities: severities, into: &html)
      }
      html += "</span><p class=\"text\">"
      renderText(
        block, marks: marks.text[index] ?? [], calls: marks.footnotes, links: links,
        severities: severities, into: &html)
      html += "</p></div>"
    }
    let called = blocks.flatMap { $0.block.footnoteReferences.map(\.number) }
    let bodies = document.footnoteBodies
    let shown = called.reduce(into: [Int]()) {
      if !$0.contains($1), bodies[$1] != nil { $0.append($1) }
    }
    if !shown.isEmpty {
      html += "<ol class=\"fn-bodies\">"
      for number in shown {
        guard let body = bodies[number] else { continue }
        let link = HTMLEscaping.escape(links[number] ?? "")
        html +=
          "<li><a class=\"fn-number\" href=\"#\(link)\">\(number)</a>"
          + " \(HTMLEscaping.escape(body.text))</li>"
      }
      html += "</ol>"
    }
    html += "</td>"
  }

  /// The block's text with its footnote calls put back as superscript links and the marked
  /// stretches wrapped in `<mark>`.
  private func renderText(
    _ block: Block, marks: [FactMarks.Range], calls: [Int: [Int]], links: [Int: String],
    severities: [Int: Severity],
    into html: inout String
  ) {
    let scalars = Array(block.text.unicodeScalars)
    let references = block.footnoteReferences.sorted { $0.offset < $1.offset }
    var nextReference = 0
    var nextMark = 0
    var openMark: FactMarks.Range?
    for position in 0...scalars.count {
      if let open = openMark, open.end == position {
        html += "</mark>"
        openMark = nil
      }
      while nextReference < references.count,
        min(references[nextReference].offset, scalars.count) == position
      {
        let reference = references[nextReference]
        let number = HTMLEscaping.escape(
          reference.marker.isEmpty ? String(reference.number) : reference.marker)
        let link =
          links[reference.number].map { "<a href=\"#\(HTMLEscaping.escape($0))\">\(number)</a>" }
          ?? number
        html += "<sup class=\"fn-call\">"
        Self.mark(link, findings: calls[reference.number], severities: severities, into: &html)
        html += "</sup>"
        nextReference += 1
      }
      guard position < scalars.count else { break }
      if openMark == nil, nextMark < marks.count, marks[nextMark].start == position {
        let range = marks[nextMark]
        html += Self.openTag(range.findings, severities: severities)
        openMark = range
        nextMark += 1
      }
      HTMLEscaping.append(scalars[position], to: &html)
    }
    if openMark != nil { html += "</mark>" }
  }

  /// `content` inside a mark naming `findings`, or bare when there are none.
  private static func mark(
    _ content: String, findings: [Int]?, severities: [Int: Severity], into html: inout String
  ) {
    guard let findings, !findings.isEmpty else {
      html += content
      return
    }
    html += openTag(findings, severities: severities) + content + "</mark>"
  }

  private static func openTag(_ findings: [Int], severities: [Int: Severity]) -> String {
    let severity = findings.compactMap { severities[$0] }.max() ?? .info
    let ids = findings.map(HTMLFindingList.id).joined(separator: " ")
    return "<mark class=\"fact sev-\(severity.rawValue)\" data-findings=\"\(ids)\">"
  }
}
