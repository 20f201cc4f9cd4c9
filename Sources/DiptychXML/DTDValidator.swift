internal import CLibXML2

/// Validates XML documents against a DTD held in memory, never fetched from a file or the network.
package struct DTDValidator: Sendable {
  private let dtd: [UInt8]
  private let dtdName: String

  /// Creates a validator for a trusted DTD (one shipped with the program), checking that it parses.
  /// - Throws: `XMLParseError` if the DTD is not well-formed.
  package init(dtd: [UInt8], name: String) throws(XMLParseError) {
    self.dtd = dtd
    self.dtdName = name
    try withDTD { _ throws(XMLParseError) in }
  }

  /// Creates a validator from the DTD's text.
  package init(dtd: String, name: String) throws(XMLParseError) {
    try self.init(dtd: Array(dtd.utf8), name: name)
  }

  /// The validity errors of a document; empty when it is valid.
  ///
  /// The document's own DOCTYPE is ignored: validation is always against this DTD. Validity
  /// warnings are returned too, because libxml2 only warns about real problems such as `lang=`
  /// in place of a required `xml:lang`.
  /// - Throws: `XMLParseError` if the document is not well-formed.
  package func validate(_ document: [UInt8], sourceName: String) throws(XMLParseError)
    -> [XMLDiagnostic]
  {
    try validate(.bytes(document), sourceName: sourceName)
  }

  /// The validity errors of a document given as text; empty when it is valid.
  package func validate(_ document: String, sourceName: String) throws(XMLParseError)
    -> [XMLDiagnostic]
  {
    try validate(.string(document), sourceName: sourceName)
  }

  private func validate(_ input: XMLInput, sourceName: String) throws(XMLParseError)
    -> [XMLDiagnostic]
  {
    try withParsedDocument(input, sourceName: sourceName) { document throws(XMLParseError) in
      try withDTD { dtd throws(XMLParseError) in
        try Self.diagnostics(validating: document, against: dtd, sourceName: sourceName)
      }
    }
  }

  private static func diagnostics(
    validating document: xmlDocPtr, against dtd: xmlDtdPtr, sourceName: String
  ) throws(XMLParseError) -> [XMLDiagnostic] {
    // The validation context embedded in a parser context is the one libxml2 recognizes as
    // "part of a parser" (XML_VCTXT_USE_PCTXT): its errors then reach the parser's structured
    // handler with the node's line, instead of the variadic callbacks Swift cannot set.
    guard let reporter = xmlNewParserCtxt() else {
      throw XMLParseError(sourceName: sourceName, message: "libxml2 could not create a parser")
    }
    defer { xmlFreeParserCtxt(reporter) }
    let collector = Unmanaged.passRetained(DiagnosticCollector())
    defer { collector.release() }
    installCollector(collector, on: reporter)

    // The address itself matters (libxml2 checks it lies inside the parser context), so it is
    // computed, never taken from a temporary copy.
    guard let offset = MemoryLayout<xmlParserCtxt>.offset(of: \.vctxt) else {
      throw XMLParseError(
        sourceName: sourceName, message: "libxml2's parser context has no validator")
    }
    let validation = UnsafeMutableRawPointer(reporter).advanced(by: offset)
      .assumingMemoryBound(to: xmlValidCtxt.self)
    let valid = xmlValidateDtd(validation, document, dtd) == 1
    let diagnostics = collector.takeUnretainedValue().diagnostics
    if !valid && diagnostics.isEmpty {
      return [
        XMLDiagnostic(severity: .error, message: "the document is not valid", line: 0, column: 0)
      ]
    }
    return diagnostics
  }

  /// Parses the DTD and calls `body` with it; the DTD is freed afterwards.
  private func withDTD<R>(_ body: (xmlDtdPtr) throws(XMLParseError) -> R) throws(XMLParseError) -> R
  {
    _ = libxml2Initialized
    guard dtd.count <= maximumInputSize else {
      throw XMLParseError(sourceName: dtdName, message: "the DTD is larger than 2 GiB")
    }
    let collector = Unmanaged.passRetained(DiagnosticCollector())
    defer { collector.release() }
    // xmlIOParseDTD builds its own parser context around this SAX handler; the handler's
    // `_private` carries the collector to the structured error callback.
    var sax = xmlSAXHandler()
    xmlSAXVersion(&sax, 2)
    let parsed: xmlDtdPtr? = dtd.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { chars in
        // The buffer copies the bytes; xmlIOParseDTD takes ownership of it.
        guard
          let input = xmlParserInputBufferCreateMem(
            chars.baseAddress, Int32(chars.count), XML_CHAR_ENCODING_NONE)
        else { return nil }
        return withUnsafeMutablePointer(to: &sax) { handler in
          installCollector(collector, onHandler: handler)
          return xmlIOParseDTD(handler, input, XML_CHAR_ENCODING_UTF8)
        }
      }
    }
    let diagnostics = collector.takeUnretainedValue()
    guard let parsed, !diagnostics.hasErrors else {
      if let parsed { xmlFreeDtd(parsed) }
      throw XMLParseError(sourceName: dtdName, diagnostics: diagnostics.diagnostics)
    }
    defer { xmlFreeDtd(parsed) }
    return try body(parsed)
  }
}
