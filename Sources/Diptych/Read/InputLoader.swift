/// Reads a file in whatever format it is in, recognised by content, as far as the Read stage
/// goes: lines of text to segment, paragraphs of a structured format, or a pair already aligned.
enum InputLoader {
  /// The largest input file accepted.
  static let maximumFileSize = 512 * 1024 * 1024

  /// What a file holds once read in its format.
  enum Loaded {
    /// Text to segment line by line (plain text, or a PDF's extracted text).
    case text(LineSource)
    /// Paragraphs of a structured format.
    case structured([StructuredParagraph])
    /// Both versions, from aligned XML.
    case pair(DocumentPair)
  }

  static func load(_ path: String, options: ReadOptions) throws(ReadError) -> Loaded {
    // Plain text in a regular file is streamed, never held whole.
    if let size = try FileBytes.regularFileSize(path, limit: maximumFileSize), size > 0,
      InputFormat.detect(try FileBytes.head(path, count: 4096)) == .text
    {
      let lines = try PlainTextFile.lines(path, size: size)
      options.report(0.1)
      return .text(lines)
    }
    let bytes = try FileBytes.read(path, limit: maximumFileSize)
    options.report(0.1)
    return try load(
      bytes, format: InputFormat.detect(bytes), path: path, file: path, options: options)
  }

  /// Reads `bytes` in `format`; `file` is a file holding them, for the readers that need one.
  static func load(
    _ bytes: [UInt8], format: InputFormat, path: String, file: String?, options: ReadOptions
  ) throws(ReadError) -> Loaded {
    guard !bytes.isEmpty else { throw ReadError(path: path, reason: .empty) }
    let loaded: Loaded
    switch format {
    case .text:
      loaded = .text(LineSource(text: try TextDecoder.decode(bytes, path: path).text))
    case .pdf:
      let text = try options.pdf.text(ofPDFAt: path)
      guard text.contains(where: { $0 > 0x20 }) else {
        throw ReadError(
          path: path, reason: .content("the PDF has no text layer (a scan?): run OCR on it first"))
      }
      loaded = .text(
        LineSource(text: PDFPageLayout.rearranged(try TextDecoder.decode(text, path: path).text)))
    case .docx:
      loaded = .structured(try DOCXReader.paragraphs(file: file ?? path, path: path))
    case .html:
      loaded = .structured(try HTMLReader.paragraphs(bytes: bytes, path: path))
    case .unpcXML:
      loaded = .structured(try UNPCReader.paragraphs(bytes: bytes, path: path))
    case .alignedXML:
      let content = try AlignedXMLReader().read(bytes: bytes, sourceName: path)
      let pair = try DocumentPair.ordered(
        content.alignment.source, content.alignment.target, sourcePath: path, targetPath: path,
        split: nil)
      loaded = .pair(DocumentPair(source: pair.source, target: pair.target))
    case .otherXML:
      throw ReadError(
        path: path,
        reason: .wrongKind(
          "XML that is neither HTML, a UN Parallel Corpus document nor Diptych aligned XML"))
    }
    options.report(0.1)
    return loaded
  }

  /// The decoded text of the plain-text file at `path`.
  static func readText(_ path: String) throws(ReadError) -> String {
    let bytes = try FileBytes.read(path, limit: maximumFileSize)
    return try TextDecoder.decode(bytes, path: path).text
  }
}
