internal import CLibXML2

extension XMLTree.Element {
  /// Parses HTML as a browser would, leniently, into the same tree; the root is `html`.
  ///
  /// Malformed markup is repaired, not reported. Without a BOM or a `charset` declaration in the
  /// first 2 KB, the bytes are read as UTF-8 rather than libxml2's default, Latin-1.
  /// - Throws: `XMLParseError` only when nothing can be made of the input (empty, too large, too
  ///   deeply nested).
  package static func parseHTML(_ bytes: [UInt8], sourceName: String) throws(XMLParseError) -> Self
  {
    _ = libxml2Initialized
    guard let context = htmlNewParserCtxt() else {
      throw XMLParseError(sourceName: sourceName, message: "libxml2 could not create a parser")
    }
    defer { htmlFreeParserCtxt(context) }
    // Repairs are expected in HTML; the collector keeps libxml2 from printing them.
    let collector = Unmanaged.passRetained(DiagnosticCollector())
    defer { collector.release() }
    installCollector(collector, on: context)

    let options = Int32(
      HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
        | HTML_PARSE_RECOVER.rawValue)
    let encoding = declaresEncoding(bytes) ? nil : "UTF-8"
    let document = try withInputBuffer(.bytes(bytes), sourceName: sourceName) { buffer, count in
      htmlCtxtReadMemory(context, buffer, count, sourceName, encoding, options)
    }
    defer { if let document { xmlFreeDoc(document) } }
    guard let document, let root = xmlDocGetRootElement(document) else {
      throw XMLParseError(
        sourceName: sourceName,
        diagnostics: collector.takeUnretainedValue().diagnostics.isEmpty
          ? [
            XMLDiagnostic(severity: .fatal, message: "the HTML has no content", line: 0, column: 0)
          ]
          : collector.takeUnretainedValue().diagnostics)
    }
    var copier = TreeCopier(
      sourceName: sourceName, maximumDepth: maximumDepth, inputSize: bytes.count)
    return try copier.element(root, depth: 1)
  }

  /// Whether the bytes start with a byte-order mark or mention `charset` early on.
  private static func declaresEncoding(_ bytes: [UInt8]) -> Bool {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) || bytes.starts(with: [0xFF, 0xFE])
      || bytes.starts(with: [0xFE, 0xFF])
    {
      return true
    }
    let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
    return head.contains("charset") || head.contains("encoding=")
  }
}
