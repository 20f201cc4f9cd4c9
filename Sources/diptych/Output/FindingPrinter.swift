import Diptych

/// Prints findings the way compilers print diagnostics, so editors can jump to them.
enum FindingPrinter {
  /// `path:line: severity: [code] message` per finding, then a summary line.
  static func text(_ result: PipelineResult) -> String {
    var lines: [String] = []
    for finding in result.findings {
      let (path, line): (String, Int?) =
        if let source = finding.sourceLines {
          (result.alignment.source.sourceName, source.first)
        } else {
          (result.alignment.target.sourceName, finding.targetLines?.first)
        }
      let location = line.map { "\(path):\($0)" } ?? path
      lines.append("\(location): \(finding.severity.rawValue): [\(finding.code.rawValue)] \(finding.message)")
    }
    let summary = result.summary
    let counts = ["error", "warning", "info"].map { name in
      let count = summary.findingsBySeverity[name] ?? 0
      return "\(count) \(name)\(count == 1 ? "" : "s")"
    }
    lines.append(
      "\(summary.units) units (\(summary.matched) matched, \(summary.sourceOnly) source only, "
        + "\(summary.targetOnly) target only, \(summary.merged) merged); " + counts.joined(separator: ", "))
    return lines.joined(separator: "\n")
  }
}
