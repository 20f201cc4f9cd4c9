internal import DiptychXML
public import Foundation

/// Writes an alignment as a TMX 1.4b translation memory that CAT tools and translate-toolkit read.
///
/// The file follows the conservative profile of FORMATS.md §1.10: all seven header attributes,
/// `srclang` spelled exactly as the source `xml:lang`, source `tuv` first, props and notes before
/// the `tuv`s, document order kept in `tuid` and an `x-order` prop (TMX itself has no order),
/// plain text (Level 1) in `seg` with nothing added around it.
///
/// A unit or sentence pair with an empty side is not a translation pair: it is left out and
/// counted in the header prop `x-one-sided-units`. The aligned XML output keeps such units.
public struct TMXWriter: AlignmentWriter {
  /// What to write and how to label it.
  public struct Options: Sendable, Hashable {
    /// The BCP 47 tag of the source version; nil takes the source document's (`en`).
    public var sourceLanguage: String?
    /// The BCP 47 tag of the target version; nil takes the target document's (`zh-CN`).
    public var targetLanguage: String?
    /// Sentence pairs (the default, most portable) or whole units.
    public var segmentation: BitextSegmentation
    /// The `creationdate` written in the header; inject a fixed date for reproducible output.
    public var creationDate: Date
    /// The `creationtoolversion` written in the header.
    public var toolVersion: String

    /// Creates options.
    public init(
      sourceLanguage: String? = nil, targetLanguage: String? = nil,
      segmentation: BitextSegmentation = .sentence, creationDate: Date = Date(),
      toolVersion: String = DiptychVersion.current
    ) {
      self.sourceLanguage = sourceLanguage
      self.targetLanguage = targetLanguage
      self.segmentation = segmentation
      self.creationDate = creationDate
      self.toolVersion = toolVersion
    }
  }

  /// The options.
  public var options: Options

  /// Creates a writer.
  public init(options: Options = Options()) { self.options = options }

  public var fileExtension: String { "tmx" }

  public func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String {
    try AlignmentIntegrity.check(alignment, format: "TMX")
    let pairs = BitextPair.pairs(
      of: alignment, segmentation: options.segmentation, textStyle: .display)
    let written = pairs.filter { !$0.isOneSided }
    let sourceTag = options.sourceLanguage ?? alignment.source.language.defaultBitextTag
    let targetTag = options.targetLanguage ?? alignment.target.language.defaultBitextTag
    do throws(XMLWriteError) {
      var writer = try XMLStreamWriter()
      try writer.startDocument()
      try writer.doctype("tmx", systemID: BundledSchema.tmx14.fileName)
      try writer.startElement("tmx")
      try writer.attribute("version", "1.4")
      try writeHeader(
        to: &writer, alignment: alignment, sourceTag: sourceTag,
        oneSided: pairs.count - written.count)
      try writer.startElement("body")
      let findingsByUnit = Dictionary(grouping: findings, by: \.unit)
      var notedUnits: Set<String> = []
      let width = max(4, String(written.count).count)
      for (index, pair) in written.enumerated() {
        // A unit's findings go on its first written pair only, not on every sentence.
        let notes = notedUnits.insert(pair.unitID).inserted ? findingsByUnit[pair.unitID] ?? [] : []
        try writeUnit(
          pair, order: NumberFormatting.padded(index + 1, width: width), notes: notes,
          sourceTag: sourceTag, targetTag: targetTag, to: &writer)
      }
      return try writer.finish()
    } catch {
      throw WriteError(format: "TMX", message: error.description)
    }
  }

  private func writeHeader(
    to writer: inout XMLStreamWriter, alignment: Alignment, sourceTag: String, oneSided: Int
  ) throws(XMLWriteError) {
    try writer.startElement("header")
    try writer.attribute("creationtool", "Diptych")
    try writer.attribute("creationtoolversion", options.toolVersion)
    try writer.attribute("segtype", options.segmentation.rawValue)
    try writer.attribute("o-tmf", "Diptych")
    try writer.attribute("adminlang", "en")
    try writer.attribute("srclang", sourceTag)
    try writer.attribute("datatype", "plaintext")
    try writer.attribute("creationdate", TMXDate.string(from: options.creationDate))
    if !alignment.source.sourceName.isEmpty {
      try writer.element(
        "prop", attributes: ["type": "x-source-name"], text: alignment.source.sourceName)
    }
    if !alignment.target.sourceName.isEmpty {
      try writer.element(
        "prop", attributes: ["type": "x-target-name"], text: alignment.target.sourceName)
    }
    try writer.element("prop", attributes: ["type": "x-one-sided-units"], text: String(oneSided))
    try writer.endElement()
  }

  private func writeUnit(
    _ pair: BitextPair, order: String, notes: [Finding], sourceTag: String, targetTag: String,
    to writer: inout XMLStreamWriter
  ) throws(XMLWriteError) {
    try writer.startElement("tu")
    try writer.attribute("tuid", pair.id)
    // The DTD wants notes and props before the tuvs.
    try writer.element("prop", attributes: ["type": "x-order"], text: order)
    if let kind = pair.kind {
      try writer.element("prop", attributes: ["type": "x-kind"], text: kind.rawValue)
    }
    if let label = pair.sourceLabel {
      try writer.element("prop", attributes: ["type": "x-source-label"], text: label)
    }
    if let label = pair.targetLabel {
      try writer.element("prop", attributes: ["type": "x-target-label"], text: label)
    }
    try writer.element(
      "prop", attributes: ["type": "x-confidence"],
      text: NumberFormatting.confidence(pair.confidence))
    try writer.element("prop", attributes: ["type": "x-align-shape"], text: pair.shape)
    for finding in notes {
      try writer.element(
        "note", text: "\(finding.severity.rawValue): [\(finding.code.rawValue)] \(finding.message)")
    }
    // Source first: several readers take the first tuv as the source whatever srclang says.
    for (tag, text) in [(sourceTag, pair.sourceText), (targetTag, pair.targetText)] {
      try writer.startElement("tuv")
      try writer.attribute("xml:lang", tag)
      try writer.element("seg", text: text)
      try writer.endElement()
    }
    try writer.endElement()
  }
}
