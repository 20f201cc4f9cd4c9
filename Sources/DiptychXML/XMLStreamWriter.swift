internal import CLibXML2

/// Writes an XML document through libxml2's `xmlTextWriter`, escaping everything it must and
/// dropping the characters XML 1.0 forbids.
///
/// Indentation is the writer's own, not libxml2's: line breaks and indentation go only between
/// the children of `.elements` elements. An element opened as `.text` (and everything inside it)
/// gets no added white space, so that a TMX `<seg>` holds exactly its text.
package struct XMLStreamWriter: ~Copyable {
  /// What an element holds, which decides where indentation may go.
  package enum Content: Sendable {
    /// Only child elements: each child goes on its own, indented line.
    case elements
    /// Text, possibly mixed with elements: white space inside would change the data.
    case text
  }

  private struct Frame {
    var content: Content
    var hasChildren = false
  }

  private let buffer: xmlBufferPtr
  private let writer: xmlTextWriterPtr
  private let indentation: String?
  private var stack: [Frame] = []

  /// Creates a writer; `indentation` is the string repeated per level, or nil for no white space.
  package init(indentation: String? = "  ") throws(XMLWriteError) {
    _ = libxml2Initialized
    // Set up on locals first: a noncopyable value cannot be partly initialized when throwing.
    guard let buffer = xmlBufferCreate() else { throw XMLWriteError("xmlBufferCreate failed") }
    guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
      xmlBufferFree(buffer)
      throw XMLWriteError("xmlNewTextWriterMemory failed")
    }
    self.buffer = buffer
    self.writer = writer
    self.indentation = indentation
  }

  deinit {
    xmlFreeTextWriter(writer)
    xmlBufferFree(buffer)
  }

  /// Writes `<?xml version="1.0" encoding="UTF-8"?>`.
  package func startDocument() throws(XMLWriteError) {
    try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "xmlTextWriterStartDocument")
  }

  /// Writes `<!DOCTYPE name SYSTEM "systemID">` (with `PUBLIC` when a public id is given) on one
  /// line.
  package func doctype(_ name: String, systemID: String, publicID: String? = nil)
    throws(XMLWriteError)
  {
    try check(xmlTextWriterWriteDTD(writer, name, publicID, systemID, nil), "xmlTextWriterWriteDTD")
    try raw("\n")
  }

  /// Opens an element.
  package mutating func startElement(_ name: String, content: Content = .elements)
    throws(XMLWriteError)
  {
    var content = content
    if let parent = stack.last {
      stack[stack.count - 1].hasChildren = true
      if parent.content == .text {
        content = .text
      } else {
        try newline(depth: stack.count)
      }
    }
    try check(xmlTextWriterStartElement(writer, name), "xmlTextWriterStartElement '\(name)'")
    stack.append(Frame(content: content))
  }

  /// Adds an attribute to the element just opened.
  package func attribute(_ name: String, _ value: String) throws(XMLWriteError) {
    try check(
      xmlTextWriterWriteAttribute(writer, name, XMLCharacters.removingForbidden(value)),
      "xmlTextWriterWriteAttribute '\(name)'")
  }

  /// Writes character data into the open element.
  package mutating func text(_ text: String) throws(XMLWriteError) {
    guard !stack.isEmpty else { throw XMLWriteError("text outside the root element") }
    // From here on the element is data: no indentation may go inside it.
    stack[stack.count - 1].content = .text
    try check(
      xmlTextWriterWriteString(writer, XMLCharacters.removingForbidden(text)),
      "xmlTextWriterWriteString")
  }

  /// Closes the innermost open element.
  package mutating func endElement() throws(XMLWriteError) {
    guard let frame = stack.popLast() else { throw XMLWriteError("no element to close") }
    if frame.content == .elements && frame.hasChildren { try newline(depth: stack.count) }
    try check(xmlTextWriterEndElement(writer), "xmlTextWriterEndElement")
  }

  /// Writes `<name a="…">text</name>`, with no white space around the text.
  package mutating func element(
    _ name: String, attributes: KeyValuePairs<String, String> = [:], text: String
  ) throws(XMLWriteError) {
    try startElement(name, content: .text)
    for (key, value) in attributes { try attribute(key, value) }
    try self.text(text)
    try endElement()
  }

  /// Closes every open element and returns the document.
  package consuming func finish() throws(XMLWriteError) -> String {
    while !stack.isEmpty { try endElement() }
    try check(xmlTextWriterEndDocument(writer), "xmlTextWriterEndDocument")
    try check(xmlTextWriterFlush(writer), "xmlTextWriterFlush")
    guard let content = xmlBufferContent(buffer) else { return "" }
    return String(cString: content)
  }

  private func newline(depth: Int) throws(XMLWriteError) {
    guard let indentation else { return }
    try raw("\n" + String(repeating: indentation, count: depth))
  }

  private func raw(_ text: String) throws(XMLWriteError) {
    try check(xmlTextWriterWriteRaw(writer, text), "xmlTextWriterWriteRaw")
  }

  private func check(_ result: Int32, _ call: @autoclosure () -> String) throws(XMLWriteError) {
    guard result >= 0 else { throw XMLWriteError("\(call()) failed") }
  }
}
