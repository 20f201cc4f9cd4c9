/// The list of findings beside a unit: severity, check code and message, each an anchor.
enum HTMLFindingList {
  /// Renders findings, most severe first, each with the id `f<n>` (n from 1 in report order).
  static func render(_ findings: [(index: Int, finding: Finding)], into html: inout String) {
    guard !findings.isEmpty else { return }
    html += "<ul class=\"findings\">"
    let ordered = findings.enumerated().sorted {
      ($0.element.finding.severity, -$0.offset) > ($1.element.finding.severity, -$1.offset)
    }
    for (_, item) in ordered {
      let finding = item.finding
      let severity = finding.severity.rawValue
      html +=
        "<li class=\"finding sev-\(severity)\" id=\"\(id(item.index))\" tabindex=\"-1\" "
        + "data-severity=\"\(severity)\" data-code=\"\(finding.code.rawValue)\">"
      html +=
        "<span class=\"sev\">\(severity)</span> <code "
        + "class=\"code\">\(finding.code.rawValue)</code> "
      html += "<span class=\"message\">\(HTMLEscaping.escape(finding.message))</span></li>"
    }
    html += "</ul>"
  }

  /// The element id of the finding at `index` in the report.
  static func id(_ index: Int) -> String { "f\(index + 1)" }
}
