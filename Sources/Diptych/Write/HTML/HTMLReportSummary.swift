/// The top of the report: title, counts, findings by severity and check, filters and key help.
struct HTMLReportSummary {
  let alignment: Alignment
  let findings: [Finding]
  let title: String

  func render(into html: inout String) {
    let units = alignment.units
    let matched = units.filter { !$0.source.isEmpty && !$0.target.isEmpty }
    let sourceName = alignment.source.language.isChinese ? "Chinese" : "English"
    let targetName = alignment.target.language.isChinese ? "Chinese" : "English"
    let counts: [(String, Int, String)] = [
      ("units", units.count, "units"),
      ("matched", matched.count, "matched"),
      ("\(sourceName) only", units.filter { $0.target.isEmpty }.count, "source-only"),
      ("\(targetName) only", units.filter { $0.source.isEmpty }.count, "target-only"),
      (
        "merged or split", matched.filter { $0.source.count > 1 || $0.target.count > 1 }.count,
        "merged"
      ),
      ("findings", findings.count, "findings"),
    ]
    html += "<header class=\"top\">\n<h1>\(HTMLEscaping.escape(title))</h1>\n"
    html +=
      "<p class=\"generated\">Diptych \(DiptychVersion.current) · "
      + "\(HTMLEscaping.escape(sourceName)): <span "
      + "class=\"path\">\(HTMLEscaping.escape(alignment.source.sourceName))</span> · "
      + "\(HTMLEscaping.escape(targetName)): <span "
      + "class=\"path\">\(HTMLEscaping.escape(alignment.target.sourceName))</span></p>\n"
    html += "<section class=\"summary\" aria-label=\"Summary\">\n<dl class=\"counts\">"
    for (name, count, key) in counts {
      html +=
        "<div class=\"count \(key)\"><dt>\(HTMLEscaping.escape(name))</dt><dd>\(count)</dd></div>"
    }
    html += "</dl>\n"
    renderCodeTable(into: &html)
    html += "</section>\n"
    renderFilters(into: &html)
    html += "</header>\n"
  }

  /// Findings by check (rows) and severity (columns).
  private func renderCodeTable(into html: inout String) {
    let codes = FindingCode.allCases.filter { code in findings.contains { $0.code == code } }
    let severities = Severity.allCases.reversed()
    html += "<table class=\"by-code\"><thead><tr><th scope=\"col\">Check</th>"
    for severity in severities {
      html += "<th scope=\"col\" class=\"sev-\(severity.rawValue)\">\(severity.rawValue)</th>"
    }
    html += "</tr></thead><tbody>"
    if codes.isEmpty {
      html +=
        "<tr><td colspan=\"4\" class=\"none\">No findings: the two versions agree on everything "
        + "checked.</td></tr>"
    }
    for code in codes {
      html += "<tr><th scope=\"row\"><code>\(code.rawValue)</code></th>"
      for severity in severities {
        let count = findings.filter { $0.code == code && $0.severity == severity }.count
        html +=
          count == 0
          ? "<td class=\"zero\">·</td>" : "<td class=\"sev-\(severity.rawValue)\">\(count)</td>"
      }
      html += "</tr>"
    }
    html += "<tr class=\"total\"><th scope=\"row\">all checks</th>"
    for severity in severities {
      html += "<td>\(findings.filter { $0.severity == severity }.count)</td>"
    }
    html += "</tr></tbody></table>\n"
  }

  private func renderFilters(into html: inout String) {
    html +=
      "<form class=\"filters\" id=\"filters\" "
      + "aria-label=\"Filters\">\n<fieldset><legend>Severity</legend>"
    for severity in Severity.allCases.reversed() {
      let count = findings.filter { $0.severity == severity }.count
      html +=
        "<label class=\"chip sev-\(severity.rawValue)\"><input type=\"checkbox\" "
        + "name=\"severity\" value=\"\(severity.rawValue)\" checked> \(severity.rawValue) <span "
        + "class=\"n\">\(count)</span></label>"
    }
    html += "</fieldset>\n<fieldset><legend>Check</legend>"
    for code in FindingCode.allCases {
      let count = findings.filter { $0.code == code }.count
      guard count > 0 else { continue }
      html +=
        "<label class=\"chip\"><input type=\"checkbox\" name=\"code\" value=\"\(code.rawValue)\" "
        + "checked> \(code.rawValue) <span class=\"n\">\(count)</span></label>"
    }
    html +=
      "</fieldset>\n<fieldset><legend>Units</legend><label class=\"chip\"><input "
      + "type=\"checkbox\" id=\"only-findings\"> only units with findings</label></fieldset>\n"
    html +=
      "<div class=\"nav\"><button type=\"button\" data-step=\"-1\" title=\"Previous finding "
      + "(k)\">↑ previous</button><button type=\"button\" data-step=\"1\" title=\"Next finding "
      + "(j)\">next ↓</button>"
    html += "<output id=\"shown\" aria-live=\"polite\"></output></div>\n"
    html +=
      "<p class=\"keys\">Keys: <kbd>j</kbd> or <kbd>n</kbd> next finding · <kbd>k</kbd> or "
      + "<kbd>p</kbd> previous · <kbd>f</kbd> only units with findings · a unit's number links "
      + "to it.</p>\n</form>\n"
  }
}
