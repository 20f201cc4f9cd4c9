internal import CLibXML2

/// libxml2 is initialized once, lazily and thread-safely; a library never calls
/// `xmlCleanupParser()`, because other code in the process may still use libxml2.
let libxml2Initialized: Void = xmlInitParser()

/// The diagnostics of one parser context. libxml2 calls back into it synchronously on the thread
/// that parses, so it needs no lock.
final class DiagnosticCollector {
  var diagnostics: [XMLDiagnostic] = []

  var hasErrors: Bool { diagnostics.contains { $0.severity != .warning } }
}

extension XMLDiagnostic {
  /// Copies a libxml2 error; taking `xmlError` by value keeps the code independent of whether the
  /// callback passes `xmlErrorPtr` (2.9) or `const xmlError *` (2.12 and later).
  init(_ error: xmlError) {
    let severity: Severity =
      switch error.level {
      case XML_ERR_WARNING: .warning
      case XML_ERR_FATAL: .fatal
      default: .error
      }
    let text = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
    // libxml2 ends messages with a newline and sometimes wraps them; a diagnostic is one line.
    let message = text.split(whereSeparator: \.isNewline).joined(separator: " ")
      .trimmingSpaces()
    // Validity errors carry the offending node but no line of their own.
    var line = Int(error.line)
    if line == 0, let node = error.node {
      line = max(Int(xmlGetLineNo(node.assumingMemoryBound(to: xmlNode.self))), 0)
    }
    self.init(
      severity: severity, message: Self.plainMessage(message), line: line,
      column: Int(error.int2))
  }

  /// libxml2's depth error names a parser option, which means nothing to a user.
  private static func plainMessage(_ message: String) -> String {
    message.hasPrefix("Excessive depth in document")
      ? "elements are nested more than \(XMLTree.Element.maximumDepth) deep" : message
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while scalars.first == " " { scalars.removeFirst() }
    while scalars.last == " " { scalars.removeLast() }
    return String(scalars)
  }
}

/// Routes the structured errors of a parser context to `collector`, through the context's own SAX
/// handler, so that concurrent parses never share error state and nothing reaches stderr.
///
/// The collector is reached through `sax._private`, which each context owns; the caller keeps the
/// collector alive (retained) for the life of the context.
func installCollector(_ collector: Unmanaged<DiagnosticCollector>, on context: xmlParserCtxtPtr) {
  guard let sax = context.pointee.sax else { return }
  installCollector(collector, onHandler: sax)
}

/// Routes the structured errors of every parser context using `handler` to `collector`.
func installCollector(
  _ collector: Unmanaged<DiagnosticCollector>,
  onHandler handler: UnsafeMutablePointer<xmlSAXHandler>
) {
  handler.pointee._private = collector.toOpaque()
  handler.pointee.serror = { userData, error in
    guard let userData, let error else { return }
    let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = context.pointee.sax?.pointee._private else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(opaque).takeUnretainedValue()
      .diagnostics.append(XMLDiagnostic(error.pointee))
  }
}

/// The largest input libxml2's `Int32` length parameters can take.
let maximumInputSize = Int(Int32.max)

/// Calls `body` with the bytes of `input` as a C buffer, or throws if they are too many for
/// libxml2.
func withInputBuffer<R>(
  _ input: XMLInput, sourceName: String,
  _ body: (UnsafePointer<CChar>?, Int32) -> R
) throws(XMLParseError) -> R {
  let count = input.count
  guard count <= maximumInputSize else {
    throw XMLParseError(
      sourceName: sourceName,
      message: "the input is \(count) bytes; the limit is \(maximumInputSize) bytes (2 GiB)")
  }
  return input.withBytes { bytes in
    bytes.withMemoryRebound(to: CChar.self) { body($0.baseAddress, Int32(count)) }
  }
}

/// Bytes to parse: from an array, or from a string's UTF-8 without copying.
enum XMLInput {
  case bytes([UInt8])
  case string(String)

  var count: Int {
    switch self {
    case .bytes(let bytes): bytes.count
    case .string(let string): string.utf8.count
    }
  }

  /// The encoding to force: a Swift string is UTF-8 whatever its XML declaration says.
  var forcedEncoding: String? {
    if case .string = self { "UTF-8" } else { nil }
  }

  func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    switch self {
    case .bytes(let bytes):
      return bytes.withUnsafeBufferPointer(body)
    case .string(var string):
      return string.withUTF8(body)
    }
  }
}
