internal import DiptychXML

extension Glossary {
  /// Reads a glossary from its text: TBX when it is XML, else CSV or TSV.
  public static func parse(_ text: String, path: String) throws(ReadError) -> Glossary {
    let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    return start.first == "<"
      ? try parseTBX(text, path: path) : try parseDelimited(text, path: path)
  }

  /// Reads a TBX glossary: TBX v2 (`martif`, `termEntry`, `langSet`, `tig`/`ntig`, `term`) or
  /// TBX v3 (`tbx`, `conceptEntry`, `langSec`, `termSec`, `term`). Each entry's English and
  /// Chinese terms (languages `en…` and `zh…`) become one glossary entry, synonyms included;
  /// entries without both languages are left out.
  public static func parseTBX(_ text: String, path: String) throws(ReadError) -> Glossary {
    let root: XMLTree.Element
    do throws(XMLParseError) {
      root = try XMLTree.Element.parse(text, sourceName: path)
    } catch {
      throw ReadError(path: path, reason: .malformed("not well-formed TBX: \(error.primary)"))
    }
    guard ["martif", "tbx"].contains(root.localName) else {
      throw ReadError(
        path: path,
        reason: .malformed(
          "not a TBX file: the root element is <\(root.name)>, not <martif> or <tbx>"))
    }
    var entries: [Entry] = []
    for concept in descendants(of: root, named: ["termEntry", "conceptEntry"]) {
      var english: [String] = []
      var chinese: [String] = []
      for language in descendants(of: concept, named: ["langSet", "langSec"]) {
        let code = (language.attribute("xml:lang") ?? language.attribute("lang") ?? "").lowercased()
        let terms = descendants(of: language, named: ["term"]).map { $0.text.trimmingWhitespace() }
          .filter { !$0.isEmpty }
        if code.hasPrefix("en") {
          english += terms
        } else if code.hasPrefix("zh") {
          chinese += terms
        }
      }
      if !english.isEmpty, !chinese.isEmpty {
        entries.append(Entry(english: english, chinese: chinese))
      }
    }
    guard !entries.isEmpty else {
      throw ReadError(
        path: path,
        reason: .malformed("the TBX file has no entry with both an English and a Chinese term"))
    }
    return Glossary(entries: entries)
  }

  /// The elements with one of these local names under `element`, in document order, not
  /// looking inside a match.
  private static func descendants(of element: XMLTree.Element, named names: Set<String>) -> [XMLTree
    .Element]
  {
    var found: [XMLTree.Element] = []
    var stack = Array(element.elements.reversed())
    while let next = stack.popLast() {
      if names.contains(next.localName) {
        found.append(next)
      } else {
        stack += next.elements.reversed()
      }
    }
    return found
  }
}
