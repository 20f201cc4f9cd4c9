/// Writes an alignment as tab-separated values: a header line, then one line per unit (or per
/// sentence pair), UTF-8, LF line ends.
///
/// Columns: `id`, `kind`, `source_label`, `source_text`, `target_label`, `target_text`,
/// `confidence`. Labels have their own columns, so the texts are without them. One-sided units
/// are kept, with an empty text column, so that a reviewer sees the omission.
///
/// A field cannot hold a TAB or a line break, so every TAB, CR, LF and other control or line
/// separator character inside a field is replaced by a space (not escaped: the columns are text
/// for people and spreadsheets, which would not unescape `\t`).
public struct TSVWriter: AlignmentWriter {
  /// Sentence pairs (the default) or whole units.
  public var segmentation: BitextSegmentation

  /// Creates a writer.
  public init(segmentation: BitextSegmentation = .sentence) { self.segmentation = segmentation }

  public var fileExtension: String { "tsv" }

  /// The header line's column names.
  public static let columns = [
    "id", "kind", "source_label", "source_text", "target_label", "target_text", "confidence",
  ]

  public func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String {
    try AlignmentIntegrity.check(alignment, format: "TSV")
    let pairs = BitextPair.pairs(
      of: alignment, segmentation: segmentation, textStyle: .withoutLabels)
    var lines = [Self.columns.joined(separator: "\t")]
    for pair in pairs {
      let fields = [
        pair.id, pair.kind?.rawValue ?? "", pair.sourceLabel ?? "", pair.sourceText,
        pair.targetLabel ?? "", pair.targetText, NumberFormatting.confidence(pair.confidence),
      ]
      lines.append(fields.map(Self.field).joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The value with every character that would break the line or the columns replaced by a space.
  package static func field(_ value: String) -> String {
    let breaking = { (scalar: Unicode.Scalar) in
      scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
        || scalar == "\u{85}"
    }
    guard value.unicodeScalars.contains(where: breaking) else { return value }
    return String(String.UnicodeScalarView(value.unicodeScalars.map { breaking($0) ? " " : $0 }))
  }
}
