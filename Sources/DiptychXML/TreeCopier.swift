internal import CLibXML2

/// Copies a libxml2 tree into `XMLTree` values, enforcing the nesting and expansion limits.
///
/// Entity references are kept as references by the parser (no `XML_PARSE_NOENT`), so the copy
/// expands internal entities itself, from the parsed replacement, under a character budget: a
/// "billion laughs" document costs libxml2 little memory, but expanding it would not. External
/// entities were never loaded and contribute nothing.
struct TreeCopier {
  let sourceName: String
  let maximumDepth: Int
  /// Characters of entity replacement text still allowed.
  var expansionBudget: Int

  init(sourceName: String, maximumDepth: Int, inputSize: Int) {
    self.sourceName = sourceName
    self.maximumDepth = maximumDepth
    // Generous for real documents (a few named entities), tiny for an exponential bomb.
    self.expansionBudget = 1 << 20 + inputSize
  }

  mutating func element(_ node: xmlNodePtr, depth: Int) throws(XMLParseError) -> XMLTree.Element {
    let line = Int(xmlGetLineNo(node))
    guard depth <= maximumDepth else {
      throw XMLParseError(
        sourceName: sourceName,
        message: "elements are nested more than \(maximumDepth) deep", line: max(line, 0))
    }
    var element = XMLTree.Element(
      name: qualifiedName(node.pointee.name, prefix: node.pointee.ns?.pointee.prefix),
      namespaceURI: node.pointee.ns?.pointee.href.map { String(cString: $0) },
      line: max(line, 0))
    var attribute = node.pointee.properties
    while let current = attribute {
      var value = ""
      try appendText(of: current.pointee.children, to: &value, entityDepth: 0)
      element.attributes.append(
        XMLTree.Attribute(
          name: qualifiedName(current.pointee.name, prefix: current.pointee.ns?.pointee.prefix),
          value: value))
      attribute = current.pointee.next
    }
    try appendChildren(startingAt: node.pointee.children, to: &element.children, depth: depth)
    return element
  }

  private mutating func appendChildren(
    startingAt first: xmlNodePtr?, to children: inout [XMLTree.Node], depth: Int,
    entityDepth: Int = 0
  ) throws(XMLParseError) {
    var child = first
    while let node = child {
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        children.append(.element(try element(node, depth: depth + 1)))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content { append(String(cString: content), to: &children) }
      case XML_ENTITY_REF_NODE:
        if let entity = internalEntity(referencedBy: node, entityDepth: entityDepth) {
          try spend(entity, at: node)
          try appendChildren(
            startingAt: entity.pointee.children, to: &children, depth: depth,
            entityDepth: entityDepth + 1)
        }
      default:
        break  // comments, processing instructions, DTD nodes
      }
      child = node.pointee.next
    }
  }

  /// The text of an attribute's value nodes (text and entity references).
  private mutating func appendText(
    of first: xmlNodePtr?, to text: inout String, entityDepth: Int
  ) throws(XMLParseError) {
    var child = first
    while let node = child {
      switch node.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content { text += String(cString: content) }
      case XML_ENTITY_REF_NODE:
        if let entity = internalEntity(referencedBy: node, entityDepth: entityDepth) {
          try spend(entity, at: node)
          try appendText(of: entity.pointee.children, to: &text, entityDepth: entityDepth + 1)
        }
      case XML_ELEMENT_NODE:
        // Inside an entity used in an attribute only text counts.
        try appendText(of: node.pointee.children, to: &text, entityDepth: entityDepth)
      default:
        break
      }
      child = node.pointee.next
    }
  }

  private func internalEntity(referencedBy node: xmlNodePtr, entityDepth: Int) -> xmlEntityPtr? {
    guard entityDepth < 40, let name = node.pointee.name,
      let entity = xmlGetDocEntity(node.pointee.doc, name),
      entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY
    else { return nil }
    return entity
  }

  private mutating func spend(_ entity: xmlEntityPtr, at node: xmlNodePtr) throws(XMLParseError) {
    // `length` is the replacement text's length before nested references are expanded; charging
    // it at every use bounds the total expansion.
    expansionBudget -= max(Int(entity.pointee.length), 1)
    guard expansionBudget >= 0 else {
      let name = entity.pointee.name.map { String(cString: $0) } ?? "?"
      throw XMLParseError(
        sourceName: sourceName,
        message: "entity '\(name)' expands beyond the limit (an entity expansion bomb?)",
        line: max(Int(xmlGetLineNo(node)), 0))
    }
  }

  private func append(_ text: String, to children: inout [XMLTree.Node]) {
    if case .text(let previous) = children.last {
      children[children.count - 1] = .text(previous + text)
    } else {
      children.append(.text(text))
    }
  }
}

func qualifiedName(_ name: UnsafePointer<xmlChar>?, prefix: UnsafePointer<xmlChar>?) -> String {
  let local = name.map { String(cString: $0) } ?? ""
  guard let prefix else { return local }
  return String(cString: prefix) + ":" + local
}
