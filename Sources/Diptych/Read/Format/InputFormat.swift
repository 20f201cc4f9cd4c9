/// The kinds of input file Diptych reads, recognised by their content, not their name.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text (UTF-8, UTF-16 or GB18030).
  case text
  /// A Word document: a ZIP package with `word/document.xml`.
  case docx
  /// A PDF, read through poppler's `pdftotext`.
  case pdf
  /// An HTML page.
  case html
  /// A document of the United Nations Parallel Corpus (`<TEI.2>` with `<p>` and `<s>`).
  case unpcXML = "unpc-xml"
  /// Diptych's own aligned XML (`<diptych-alignment>`): both versions in one file.
  case alignedXML = "aligned-xml"
  /// XML of some other kind, which Diptych does not read.
  case otherXML = "xml"

  /// The format of a file whose content starts with `bytes`.
  public static func detect(_ bytes: some Collection<UInt8>) -> InputFormat {
    let head = Array(bytes.prefix(4096))
    if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
      return .docx
    }
    // The PDF header may follow up to a kilobyte of junk.
    if head.prefix(1024).containsSubsequence(Array("%PDF-".utf8)) { return .pdf }
    let markup = asciiView(head)
    guard markup.hasPrefix("<") else { return .text }
    let lower = markup.lowercased()
    guard
      lower.hasPrefix("<?xml") || lower.hasPrefix("<!doctype") || lower.hasPrefix("<!--")
        || lower.hasPrefix("<html") || lower.hasPrefix("<head") || lower.hasPrefix("<body")
        || lower.hasPrefix("<tei") || lower.hasPrefix("<diptych-alignment")
    else { return .text }
    let root = rootName(lower)
    switch root {
    case "diptych-alignment": return .alignedXML
    case "tei.2", "tei": return .unpcXML
    case "html", "head", "body": return .html
    default:
      // HTML may leave out its root: `<!DOCTYPE html><p>…`.
      if lower.hasPrefix("<!doctype html") { return .html }
      return lower.hasPrefix("<?xml") || lower.hasPrefix("<!doctype") || lower.hasPrefix("<!--")
        ? .otherXML : .text
    }
  }

  /// The name of the first element, past the XML declaration, comments and the DOCTYPE.
  private static func rootName(_ markup: String) -> String? {
    var rest = Substring(markup)
    while let open = rest.firstIndex(of: "<") {
      rest = rest[rest.index(after: open)...]
      if rest.hasPrefix("?") || rest.hasPrefix("!") {
        // A declaration, comment or DOCTYPE (with its internal subset): skip to its end.
        let end = rest.hasPrefix("!--") ? commentEnd(rest) : skipDeclaration(rest)
        guard let end else { return nil }
        rest = rest[end...]
        continue
      }
      let name = rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
      return name.isEmpty ? nil : String(name)
    }
    return nil
  }

  /// The index after the `-->` that ends a comment.
  private static func commentEnd(_ text: Substring) -> String.Index? {
    var index = text.startIndex
    while let dash = text[index...].firstIndex(of: "-") {
      if text[dash...].hasPrefix("-->") { return text.index(dash, offsetBy: 3) }
      index = text.index(after: dash)
    }
    return nil
  }

  /// The end of a `<!…>` or `<?…?>` that may hold a bracketed internal subset.
  private static func skipDeclaration(_ text: Substring) -> String.Index? {
    var depth = 0
    for index in text.indices {
      switch text[index] {
      case "[": depth += 1
      case "]": depth -= 1
      case ">" where depth <= 0: return text.index(after: index)
      default: continue
      }
    }
    return nil
  }

  /// The start of the bytes as ASCII: a BOM and leading white space dropped, and the NULs of
  /// UTF-16 removed, so that markup in any Unicode encoding shows its tags.
  private static func asciiView(_ head: [UInt8]) -> String {
    var bytes = head[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      bytes = bytes.dropFirst(2)
    }
    let ascii = bytes.filter { $0 != 0 }.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }
    let text = String(decoding: ascii, as: UTF8.self)
    return String(text.drop { $0.isWhitespace })
  }
}
