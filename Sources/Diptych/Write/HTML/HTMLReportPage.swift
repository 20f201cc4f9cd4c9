/// The whole page of the HTML report: head, summary, filters and the table of units.
struct HTMLReportPage {
  let alignment: Alignment
  let findings: [Finding]
  let sourceTag: String
  let targetTag: String
  let title: String

  func render() -> String {
    let unitIDs = Set(alignment.units.map(\.id))
    var byUnit: [String: [(index: Int, finding: Finding)]] = [:]
    var documentWide: [(index: Int, finding: Finding)] = []
    for (index, finding) in findings.enumerated() {
      if unitIDs.contains(finding.unit) {
        byUnit[finding.unit, default: []].append((index, finding))
      } else {
        documentWide.append((index, finding))
      }
    }
    let footnoteUnits = [Side.source, .target].reduce(into: [Side: [Int: String]]()) {
      table, side in
      var numbers: [Int: String] = [:]
      for unit in alignment.units {
        for block in alignment.blocks(of: unit, side) {
          if block.kind == .footnote, let number = block.footnoteNumber, numbers[number] == nil {
            numbers[number] = unit.id
          }
        }
      }
      table[side] = numbers
    }

    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src \
      'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
      <meta name="generator" content="diptych \(DiptychVersion.current)">
      <title>\(HTMLEscaping.escape(title))</title>
      <style>\(HTMLReportStyle.css)</style>
      </head>
      <body>

      """
    HTMLReportSummary(alignment: alignment, findings: findings, title: title).render(into: &html)
    if !documentWide.isEmpty {
      html +=
        "<section class=\"document-wide\" aria-label=\"Findings about the whole "
        + "document\"><h2>About the whole document</h2>\n"
      HTMLFindingList.render(documentWide, into: &html)
      html += "</section>\n"
    }
    let sourceName = alignment.source.language.isChinese ? "Chinese" : "English"
    let targetName = alignment.target.language.isChinese ? "Chinese" : "English"
    html += """
      <main>
      <table class="units">
      <colgroup><col class="c-unit"><col class="c-source"><col class="c-target"><col \
      class="c-notes"></colgroup>
      <thead><tr><th scope="col">Unit</th><th scope="col">\(sourceName) <span \
      class="path">\(HTMLEscaping.escape(alignment.source.sourceName))</span></th><th \
      scope="col">\(targetName) <span \
      class="path">\(HTMLEscaping.escape(alignment.target.sourceName))</span></th><th \
      scope="col">Findings</th></tr></thead>
      <tbody>

      """
    for unit in alignment.units {
      let row = HTMLUnitRow(
        alignment: alignment, unit: unit, findings: byUnit[unit.id] ?? [],
        footnoteUnits: footnoteUnits,
        sourceTag: sourceTag, targetTag: targetTag)
      row.render(into: &html)
    }
    html +=
      "</tbody>\n</table>\n</main>\n"
      + "<script>\(HTMLReportScript.javaScript)</script>\n</body>\n</html>\n"
    return html
  }
}
