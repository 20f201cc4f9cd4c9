internal import DiptychXML

/// Reads a document of the United Nations Parallel Corpus (TEI-like XML: a `<p>` per paragraph,
/// an `<s>` per sentence) into structured paragraphs; the paragraph's ordinal stands for its line.
enum UNPCReader {
  /// The paragraphs of the corpus document in `bytes`, the content of the file at `path`.
  static func paragraphs(bytes: [UInt8], path: String) throws(ReadError) -> [StructuredParagraph] {
    let root: XMLTree.Element
    do {
      root = try XMLTree.Element.parse(bytes, sourceName: path)
    } catch {
      throw ReadError(
        path: path, reason: .malformed("the XML is not well-formed: \(error.primary)"))
    }
    var result: [StructuredParagraph] = []
    collect(root, into: &result)
    return result
  }

  private static func collect(_ element: XMLTree.Element, into result: inout [StructuredParagraph])
  {
    for child in element.elements {
      switch child.localName {
      case "teiHeader": continue
      case "p":
        let sentences = child.children("s")
        let texts = sentences.isEmpty ? [child.text] : sentences.map(\.text)
        // Sentences are joined with a space; the Chinese joiner drops it between Han characters.
        let content = texts.flatMap { [StructuredParagraph.Inline.text($0), .lineBreak] }.dropLast()
        result.append(
          StructuredParagraph(role: .body, content: Array(content), ordinal: result.count + 1))
      default:
        collect(child, into: &result)
      }
    }
  }
}
