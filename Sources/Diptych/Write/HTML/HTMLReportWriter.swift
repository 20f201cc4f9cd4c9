/// Writes the parity report: one self-contained HTML page with the two versions side by side.
///
/// One aligned unit per row, labels in the margin, footnote bodies under the units that call
/// them, units with no counterpart shown alone, and each finding beside its unit with the facts
/// it names highlighted in the text of both columns. A summary, filters by severity and check,
/// and keyboard navigation (j/k) sit on top. CSS and script are inline and a Content Security
/// Policy forbids loading anything, so the file works offline, from an archive or an e-mail; a
/// print stylesheet lays it out on landscape pages with what the filters show.
public struct HTMLReportWriter: AlignmentWriter {
  /// The BCP 47 tag of the source column (`lang` attribute); nil for the document's language.
  public var sourceLanguage: String?
  /// The BCP 47 tag of the target column; nil for the document's language (`zh-CN`, `zh-TW`).
  public var targetLanguage: String?
  /// The page title; nil for one made from the source's file name.
  public var title: String?

  /// Creates a writer.
  public init(sourceLanguage: String? = nil, targetLanguage: String? = nil, title: String? = nil) {
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.title = title
  }

  public var fileExtension: String { "html" }

  public func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String {
    try AlignmentIntegrity.check(alignment, format: "HTML report")
    let page = HTMLReportPage(
      alignment: alignment, findings: findings,
      sourceTag: sourceLanguage ?? alignment.source.language.defaultBitextTag,
      targetTag: targetLanguage ?? alignment.target.language.defaultBitextTag,
      title: title
        ?? "Parity report: "
        + Self.fileName(alignment.source.sourceName, alignment.target.sourceName)
    )
    return page.render()
  }

  /// "en.txt ↔ zh.txt", or one name for a bilingual file.
  private static func fileName(_ source: String, _ target: String) -> String {
    let name = { (path: String) in path.split(separator: "/").last.map(String.init) ?? path }
    if source == target || target.isEmpty { return source.isEmpty ? "untitled" : name(source) }
    return "\(name(source)) ↔ \(name(target))"
  }
}
