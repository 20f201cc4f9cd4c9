internal import DiptychXML

/// Writes an alignment as Diptych's aligned XML: both documents in full and the links between
/// them, valid against the bundled `diptych-alignment.dtd` and readable by `AlignedXMLReader`.
///
/// Unlike the TMX, this output keeps everything: one-sided units, repairs, page furniture, every
/// finding (grouped under its unit, in unit order). Confidences are written exactly, not rounded,
/// so that reading the file back gives the same alignment. Characters XML 1.0 forbids (a form
/// feed from a PDF page break, say) cannot be written and are removed.
public struct AlignedXMLWriter: AlignmentWriter {
  /// The schema version written on the root; see the DTD for the compatibility policy.
  public static let schemaVersion = AlignedXML.schemaVersion

  /// Creates a writer.
  public init() {}

  public var fileExtension: String { "xml" }

  public func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String {
    try AlignmentIntegrity.check(alignment, format: "aligned XML")
    do throws(XMLWriteError) {
      var writer = try XMLStreamWriter()
      try writer.startDocument()
      try writer.doctype(AlignedXML.root, systemID: BundledSchema.alignment.fileName)
      try writer.startElement(AlignedXML.root)
      try writer.attribute("schema-version", String(Self.schemaVersion))
      try write(alignment.source, side: .source, to: &writer)
      try write(alignment.target, side: .target, to: &writer)
      try writeLinks(alignment, findings: findings, to: &writer)
      return try writer.finish()
    } catch {
      throw WriteError(format: "aligned XML", message: error.description)
    }
  }

  private func write(_ document: Document, side: Side, to writer: inout XMLStreamWriter)
    throws(XMLWriteError)
  {
    try writer.startElement("document")
    try writer.attribute("side", side.rawValue)
    try writer.attribute("language", document.language.rawValue)
    try writer.attribute("source-name", document.sourceName)
    for block in document.blocks {
      try write(block, in: document, to: &writer)
    }
    for repair in document.repairs {
      try writer.startElement("repair")
      try writer.attribute("kind", repair.kind.rawValue)
      try writer.attribute("line", String(repair.line))
      try writer.element("original", text: repair.original)
      try writer.element("replacement", text: repair.replacement)
      try writer.endElement()
    }
    for line in document.furniture {
      try writer.element(
        "furniture", attributes: ["kind": line.kind.rawValue, "line": String(line.line)],
        text: line.text)
    }
    try writer.endElement()
  }

  private func write(_ block: Block, in document: Document, to writer: inout XMLStreamWriter)
    throws(XMLWriteError)
  {
    try writer.startElement("block")
    try writer.attribute("id", block.id)
    try writer.attribute("kind", block.kind.rawValue)
    try writer.attribute("lines", block.lines.description)
    // AlignmentIntegrity has checked that the parent exists.
    if let parent = block.parent { try writer.attribute("parent", document.blocks[parent].id) }
    if let level = block.level { try writer.attribute("level", String(level)) }
    if let number = block.footnoteNumber { try writer.attribute("footnote-number", String(number)) }
    if let label = block.label {
      try writer.startElement("label", content: .text)
      try writer.attribute("style", label.style.rawValue)
      try writer.attribute("value", String(label.value))
      if let caption = label.caption { try writer.attribute("caption", caption) }
      try writer.text(label.text)
      try writer.endElement()
    }
    try writer.element("text", text: block.text)
    for reference in block.footnoteReferences {
      try writer.startElement("footnote-ref")
      try writer.attribute("number", String(reference.number))
      try writer.attribute("offset", String(reference.offset))
      try writer.attribute("marker", reference.marker)
      try writer.endElement()
    }
    for sentence in block.sentences {
      try writer.element(
        "sentence", attributes: ["offset": String(sentence.offset)], text: sentence.text)
    }
    try writer.endElement()
  }

  private func writeLinks(
    _ alignment: Alignment, findings: [Finding], to writer: inout XMLStreamWriter
  )
    throws(XMLWriteError)
  {
    let unitIDs = Set(alignment.units.map(\.id))
    let findingsByUnit = Dictionary(grouping: findings, by: \.unit)
    try writer.startElement("links")
    for unit in alignment.units {
      try writer.startElement("unit")
      try writer.attribute("id", unit.id)
      try writer.attribute(
        "source", unit.source.map { alignment.source.blocks[$0].id }.joined(separator: " "))
      try writer.attribute(
        "target", unit.target.map { alignment.target.blocks[$0].id }.joined(separator: " "))
      try writer.attribute("confidence", unit.confidence.description)
      try writer.attribute("method", unit.method.rawValue)
      try writer.attribute("shape", unit.shape)
      for pair in unit.sentences {
        try writer.startElement("sentence-link")
        try writer.attribute("source", AlignedXML.indexList(pair.source))
        try writer.attribute("target", AlignedXML.indexList(pair.target))
        try writer.attribute("confidence", pair.confidence.description)
        try writer.endElement()
      }
      for finding in findingsByUnit[unit.id] ?? [] {
        try write(finding, namingUnit: false, to: &writer)
      }
      try writer.endElement()
    }
    let unattached = findings.filter { !unitIDs.contains($0.unit) }
    if !unattached.isEmpty {
      try writer.startElement("unattached-findings")
      for finding in unattached { try write(finding, namingUnit: true, to: &writer) }
      try writer.endElement()
    }
    try writer.endElement()
  }

  private func write(_ finding: Finding, namingUnit: Bool, to writer: inout XMLStreamWriter)
    throws(XMLWriteError)
  {
    try writer.startElement("finding")
    try writer.attribute("code", finding.code.rawValue)
    try writer.attribute("severity", finding.severity.rawValue)
    if namingUnit { try writer.attribute("unit", finding.unit) }
    if let lines = finding.sourceLines { try writer.attribute("source-lines", lines.description) }
    if let lines = finding.targetLines { try writer.attribute("target-lines", lines.description) }
    try writer.element("message", text: finding.message)
    for fact in finding.facts { try writer.element("fact", text: fact) }
    try writer.endElement()
  }
}
