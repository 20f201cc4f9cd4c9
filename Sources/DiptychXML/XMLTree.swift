/// A parsed XML or HTML document as plain Swift values: no libxml2 object outlives a parse.
package enum XMLTree {
  /// An attribute of an element, with its qualified name (`xml:lang`, `w:val`).
  package struct Attribute: Sendable, Hashable {
    /// The qualified name: the prefix, a colon and the local name, or the local name alone.
    package var name: String
    /// The value, with entity and character references resolved.
    package var value: String

    /// Creates an attribute.
    package init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  /// A child of an element: an element or a run of text.
  package enum Node: Sendable, Hashable {
    /// A child element.
    case element(Element)
    /// Character data; adjacent text, CDATA and resolved references are merged into one run.
    case text(String)
  }

  /// An element with its attributes in document order and its children.
  package struct Element: Sendable, Hashable {
    /// The qualified name (`tmx`, `w:p`); HTML names are lowercase.
    package var name: String
    /// The namespace URI the element's prefix (or the default namespace) is bound to, if any.
    package var namespaceURI: String?
    /// The attributes in document order, namespace declarations excluded.
    package var attributes: [Attribute]
    /// The children in document order; comments and processing instructions are dropped.
    package var children: [Node]
    /// The 1-based line on which the start tag ends (libxml2's element line), 0 if unknown.
    package var line: Int

    /// Creates an element.
    package init(
      name: String, namespaceURI: String? = nil, attributes: [Attribute] = [],
      children: [Node] = [], line: Int = 0
    ) {
      self.name = name
      self.namespaceURI = namespaceURI
      self.attributes = attributes
      self.children = children
      self.line = line
    }
  }
}

extension XMLTree.Element {
  /// The local name: the qualified name without its prefix.
  package var localName: String {
    guard let colon = name.lastIndex(of: ":") else { return name }
    return String(name[name.index(after: colon)...])
  }

  /// The value of the attribute with this qualified name, if present.
  package func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// The child elements, in order.
  package var elements: [XMLTree.Element] {
    children.compactMap {
      if case .element(let element) = $0 { element } else { nil }
    }
  }

  /// The child elements with this qualified name, in order.
  package func elements(named name: String) -> [XMLTree.Element] {
    elements.filter { $0.name == name }
  }

  /// The first child element with this qualified name.
  package func firstElement(named name: String) -> XMLTree.Element? {
    elements.first { $0.name == name }
  }

  /// All the text inside the element and its descendants, in document order.
  package var text: String {
    var result = ""
    appendText(to: &result)
    return result
  }

  private func appendText(to result: inout String) {
    for child in children {
      switch child {
      case .text(let text): result += text
      case .element(let element): element.appendText(to: &result)
      }
    }
  }
}
