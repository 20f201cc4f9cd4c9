import Diptych

/// Prints findings the way compilers print diagnostics, so editors can jump to them.
enum FindingPrinter {
  /// `path:line: severity: [code] message` per finding, then a summary line.
  ///
  /// The location is the file and line of the version the finding is about: the Chinese file for
  /// something found in the Chinese only, the English file for the English. When both versions
  /// matter, the English location comes first and a `note:` line gives the Chinese one.
  static func text(_ result: PipelineResult) -> String {
    var lines: [String] = []
    let alignment = result.alignment
    for finding in result.findings {
      let source = location(alignment.source.sourceName, finding.sourceLines)
      let target = location(alignment.target.sourceName, finding.targetLines)
      let head = "\(finding.severity.rawValue): [\(finding.code.rawValue)] \(finding.message)"
      switch finding.side ?? (finding.sourceLines == nil ? .target : nil) {
      case .source: lines.append("\(source): \(head)")
      case .target: lines.append("\(target): \(head)")
      case nil:
        lines.append("\(source): \(head)")
        if finding.targetLines != nil {
          lines.append("\(target): note: the \(name(alignment.target.language)) side")
        }
      }
    }
    let summary = result.summary
    lines.append(
      "\(summary.units) units (\(summary.matched) matched, \(summary.sourceOnly) source only, "
        + "\(summary.targetOnly) target only, \(summary.merged) merged); "
        + "\(SeverityCounts(result.findings).description)"
    )
    return lines.joined(separator: "\n")
  }

  private static func location(_ path: String, _ lines: LineRange?) -> String {
    lines.map { "\(path):\($0.first)" } ?? path
  }

  private static func name(_ language: Language) -> String {
    language.isChinese ? "Chinese" : "English"
  }
}
