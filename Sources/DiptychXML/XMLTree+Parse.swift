internal import CLibXML2

extension XMLTree.Element {
  /// How deep elements may nest before a document is rejected: libxml2's own limit, which its
  /// HTML parser enforces by silently cutting the tree; the copy turns that into an error.
  package static let maximumDepth = 256

  /// Parses an XML document from its bytes; the encoding comes from the BOM or the declaration.
  ///
  /// External entities and external DTDs are never loaded and nothing is fetched from the
  /// network; internal entities are expanded under a budget.
  /// - Throws: `XMLParseError` with every diagnostic if the input is not well-formed, has any
  ///   error (warnings alone are accepted), is larger than 2 GiB or nests too deep.
  package static func parse(_ bytes: [UInt8], sourceName: String) throws(XMLParseError) -> Self {
    try parseXML(.bytes(bytes), sourceName: sourceName)
  }

  /// Parses an XML document from a string, whatever encoding its declaration names.
  package static func parse(_ text: String, sourceName: String) throws(XMLParseError) -> Self {
    try parseXML(.string(text), sourceName: sourceName)
  }

  private static func parseXML(_ input: XMLInput, sourceName: String) throws(XMLParseError) -> Self
  {
    try withParsedDocument(input, sourceName: sourceName) { document throws(XMLParseError) in
      guard let root = xmlDocGetRootElement(document) else {
        throw XMLParseError(sourceName: sourceName, message: "the document has no root element")
      }
      var copier = TreeCopier(
        sourceName: sourceName, maximumDepth: maximumDepth, inputSize: input.count)
      return try copier.element(root, depth: 1)
    }
  }
}

/// Parses `input` safely and calls `body` with the libxml2 document, which is freed afterwards.
///
/// The options leave out `XML_PARSE_NOENT` (entities stay references), `XML_PARSE_DTDLOAD`
/// (external subsets are not read) and `XML_PARSE_HUGE` (libxml2 keeps its depth and size limits).
func withParsedDocument<R>(
  _ input: XMLInput, sourceName: String, _ body: (xmlDocPtr) throws(XMLParseError) -> R
) throws(XMLParseError) -> R {
  _ = libxml2Initialized
  guard let context = xmlNewParserCtxt() else {
    throw XMLParseError(sourceName: sourceName, message: "libxml2 could not create a parser")
  }
  defer { xmlFreeParserCtxt(context) }
  let collector = Unmanaged.passRetained(DiagnosticCollector())
  defer { collector.release() }
  installCollector(collector, on: context)

  let options = Int32(
    XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
  let document = try withInputBuffer(input, sourceName: sourceName) { bytes, count in
    xmlCtxtReadMemory(context, bytes, count, sourceName, input.forcedEncoding, options)
  }
  defer { if let document { xmlFreeDoc(document) } }
  let diagnostics = collector.takeUnretainedValue()
  guard let document, !diagnostics.hasErrors else {
    throw XMLParseError(sourceName: sourceName, diagnostics: diagnostics.diagnostics)
  }
  return try body(document)
}
