internal import DiptychXML

/// Turns the element tree of an aligned XML file into model values, failing with the line of the
/// first element that does not fit the schema.
struct AlignedXMLDecoder {
  let sourceName: String

  func content(of root: XMLTree.Element) throws(ReadError) -> AlignedXMLContent {
    guard root.name == AlignedXML.root else {
      throw failure(root, "the root element is '\(root.name)', not '\(AlignedXML.root)'")
    }
    let version = try attribute("schema-version", of: root)
    guard version == String(AlignedXML.schemaVersion) else {
      throw failure(
        root,
        "schema version '\(version)' is not supported (this reader reads version "
          + "\(AlignedXML.schemaVersion))"
      )
    }
    let documents = root.elements(named: "document")
    guard documents.count == 2, let links = root.firstElement(named: "links") else {
      throw failure(root, "expected two 'document' elements and a 'links' element")
    }
    let source = try document(documents[0], side: .source)
    let target = try document(documents[1], side: .target)
    var units: [AlignmentUnit] = []
    var findings: [Finding] = []
    let sourceIndex = try blockIndex(source, element: documents[0])
    let targetIndex = try blockIndex(target, element: documents[1])
    for element in links.elements(named: "unit") {
      let unit = try unit(element, sourceIndex: sourceIndex, targetIndex: targetIndex)
      units.append(unit)
      for findingElement in element.elements(named: "finding") {
        findings.append(try finding(findingElement, unit: unit.id))
      }
    }
    for element in links.firstElement(named: "unattached-findings")?.elements(named: "finding")
      ?? []
    {
      findings.append(try finding(element, unit: try attribute("unit", of: element)))
    }
    return AlignedXMLContent(
      alignment: Alignment(source: source, target: target, units: units), findings: findings)
  }

  // MARK: Documents

  private func document(_ element: XMLTree.Element, side: Side) throws(ReadError) -> Document {
    guard try attribute("side", of: element) == side.rawValue else {
      throw failure(element, "expected the \(side.rawValue) document here")
    }
    let blockElements = element.elements(named: "block")
    // Parents are written as block ids; map them back to indices.
    var indexByID: [String: Int] = [:]
    for (index, block) in blockElements.enumerated() {
      indexByID[try attribute("id", of: block)] = index
    }
    var blocks: [Block] = []
    for blockElement in blockElements {
      blocks.append(try block(blockElement, indexByID: indexByID))
    }
    var repairs: [Repair] = []
    for repair in element.elements(named: "repair") {
      repairs.append(
        Repair(
          kind: try enumeration("kind", of: repair), line: try integer("line", of: repair),
          original: try child("original", of: repair).text,
          replacement: try child("replacement", of: repair).text))
    }
    var furniture: [FurnitureLine] = []
    for line in element.elements(named: "furniture") {
      furniture.append(
        FurnitureLine(
          kind: try enumeration("kind", of: line), line: try integer("line", of: line),
          text: line.text))
    }
    return Document(
      language: try enumeration("language", of: element), blocks: blocks, repairs: repairs,
      furniture: furniture, sourceName: try attribute("source-name", of: element))
  }

  private func block(_ element: XMLTree.Element, indexByID: [String: Int]) throws(ReadError)
    -> Block
  {
    var parent: Int?
    if let parentID = element.attribute("parent") {
      guard let index = indexByID[parentID] else {
        throw failure(element, "the parent block '\(parentID)' does not exist")
      }
      parent = index
    }
    var label: Label?
    if let labelElement = element.firstElement(named: "label") {
      label = Label(
        text: labelElement.text, style: try enumeration("style", of: labelElement),
        value: try integer("value", of: labelElement), caption: labelElement.attribute("caption"))
    }
    var references: [FootnoteReference] = []
    for reference in element.elements(named: "footnote-ref") {
      references.append(
        FootnoteReference(
          number: try integer("number", of: reference),
          offset: try integer("offset", of: reference),
          marker: try attribute("marker", of: reference)))
    }
    var sentences: [Sentence] = []
    for sentence in element.elements(named: "sentence") {
      sentences.append(Sentence(text: sentence.text, offset: try integer("offset", of: sentence)))
    }
    return Block(
      id: try attribute("id", of: element), kind: try enumeration("kind", of: element),
      label: label,
      text: try child("text", of: element).text, footnoteReferences: references,
      footnoteNumber: try optionalInteger("footnote-number", of: element), sentences: sentences,
      lines: try lineRange(try attribute("lines", of: element), in: element), parent: parent,
      level: try optionalInteger("level", of: element))
  }

  private func blockIndex(_ document: Document, element: XMLTree.Element) throws(ReadError)
    -> [String: Int]
  {
    var index: [String: Int] = [:]
    for (position, block) in document.blocks.enumerated() {
      guard index.updateValue(position, forKey: block.id) == nil else {
        throw failure(element, "block id '\(block.id)' occurs twice")
      }
    }
    return index
  }

  // MARK: Links

  private func unit(
    _ element: XMLTree.Element, sourceIndex: [String: Int], targetIndex: [String: Int]
  ) throws(ReadError) -> AlignmentUnit {
    var pairs: [SentencePair] = []
    for link in element.elements(named: "sentence-link") {
      pairs.append(
        SentencePair(
          source: try integers("source", of: link), target: try integers("target", of: link),
          confidence: try double("confidence", of: link)))
    }
    return AlignmentUnit(
      id: try attribute("id", of: element),
      source: try blocks("source", of: element, index: sourceIndex),
      target: try blocks("target", of: element, index: targetIndex),
      confidence: try double("confidence", of: element),
      method: try enumeration("method", of: element),
      sentences: pairs)
  }

  private func blocks(_ name: String, of element: XMLTree.Element, index: [String: Int])
    throws(ReadError) -> [Int]
  {
    var indices: [Int] = []
    for id in try attribute(name, of: element).split(separator: " ") {
      guard let position = index[String(id)] else {
        throw failure(element, "\(name) block '\(id)' does not exist")
      }
      indices.append(position)
    }
    return indices
  }

  private func finding(_ element: XMLTree.Element, unit: String) throws(ReadError) -> Finding {
    var sourceLines: LineRange?
    if let lines = element.attribute("source-lines") {
      sourceLines = try lineRange(lines, in: element)
    }
    var targetLines: LineRange?
    if let lines = element.attribute("target-lines") {
      targetLines = try lineRange(lines, in: element)
    }
    return Finding(
      code: try enumeration("code", of: element),
      severity: try enumeration("severity", of: element),
      unit: unit, message: try child("message", of: element).text,
      facts: element.elements(named: "fact").map(\.text), sourceLines: sourceLines,
      targetLines: targetLines)
  }

  // MARK: Values

  private func attribute(_ name: String, of element: XMLTree.Element) throws(ReadError) -> String {
    guard let value = element.attribute(name) else {
      throw failure(element, "'\(element.name)' has no '\(name)' attribute")
    }
    return value
  }

  private func child(_ name: String, of element: XMLTree.Element) throws(ReadError)
    -> XMLTree.Element
  {
    guard let child = element.firstElement(named: name) else {
      throw failure(element, "'\(element.name)' has no '\(name)' element")
    }
    return child
  }

  private func enumeration<Value: RawRepresentable<String>>(
    _ name: String, of element: XMLTree.Element
  ) throws(ReadError) -> Value {
    let raw = try attribute(name, of: element)
    guard let value = Value(rawValue: raw) else {
      throw failure(element, "'\(raw)' is not a valid \(name) of '\(element.name)'")
    }
    return value
  }

  private func integer(_ name: String, of element: XMLTree.Element) throws(ReadError) -> Int {
    let raw = try attribute(name, of: element)
    guard let value = Int(raw) else {
      throw failure(element, "\(name) '\(raw)' of '\(element.name)' is not an integer")
    }
    return value
  }

  private func optionalInteger(_ name: String, of element: XMLTree.Element) throws(ReadError)
    -> Int?
  {
    element.attribute(name) == nil ? nil : try integer(name, of: element)
  }

  private func integers(_ name: String, of element: XMLTree.Element) throws(ReadError) -> [Int] {
    var values: [Int] = []
    for part in try attribute(name, of: element).split(separator: " ") {
      guard let value = Int(part) else {
        throw failure(element, "\(name) '\(part)' of '\(element.name)' is not an integer")
      }
      values.append(value)
    }
    return values
  }

  private func double(_ name: String, of element: XMLTree.Element) throws(ReadError) -> Double {
    let raw = try attribute(name, of: element)
    guard let value = Double(raw) else {
      throw failure(element, "\(name) '\(raw)' of '\(element.name)' is not a number")
    }
    return value
  }

  private func lineRange(_ raw: String, in element: XMLTree.Element) throws(ReadError) -> LineRange
  {
    let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
    switch parts.count {
    case 1: if let line = parts[0] { return LineRange(line: line) }
    case 2:
      if let first = parts[0], let last = parts[1], first <= last { return LineRange(first, last) }
    default: break
    }
    throw failure(element, "'\(raw)' is not a line range")
  }

  private func failure(_ element: XMLTree.Element, _ message: String) -> ReadError {
    ReadError(path: sourceName, reason: .malformed("line \(element.line): \(message)"))
  }
}
