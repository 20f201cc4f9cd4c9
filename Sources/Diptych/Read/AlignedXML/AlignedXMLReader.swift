internal import DiptychXML

/// What an aligned XML file holds: the alignment and the findings about it.
public struct AlignedXMLContent: Sendable, Hashable {
  /// The two documents and their units.
  public var alignment: Alignment
  /// The findings, grouped by unit in unit order, then the unattached ones.
  public var findings: [Finding]

  /// Creates the content.
  public init(alignment: Alignment, findings: [Finding]) {
    self.alignment = alignment
    self.findings = findings
  }
}

/// Reads a file written by `AlignedXMLWriter` back into the alignment and findings it holds.
///
/// The reader is strict: an unknown schema version, a missing attribute, an unknown enumeration
/// value or a reference to a block that does not exist is an error naming the file and the line.
public struct AlignedXMLReader: Sendable {
  /// Creates a reader.
  public init() {}

  /// Reads aligned XML from its bytes.
  /// - Throws: `ReadError` if the bytes are not well-formed XML or not a schema-1 aligned XML file.
  public func read(bytes: [UInt8], sourceName: String) throws(ReadError) -> AlignedXMLContent {
    let root: XMLTree.Element
    do throws(XMLParseError) {
      root = try XMLTree.Element.parse(bytes, sourceName: sourceName)
    } catch {
      throw ReadError(path: sourceName, reason: .malformed("\(error.primary)"))
    }
    return try decode(root, sourceName: sourceName)
  }

  /// Reads aligned XML from its text.
  public func read(_ text: String, sourceName: String) throws(ReadError) -> AlignedXMLContent {
    try read(bytes: Array(text.utf8), sourceName: sourceName)
  }

  private func decode(_ root: XMLTree.Element, sourceName: String) throws(ReadError)
    -> AlignedXMLContent
  {
    let decoder = AlignedXMLDecoder(sourceName: sourceName)
    return try decoder.content(of: root)
  }
}
