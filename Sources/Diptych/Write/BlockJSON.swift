/// A block as ``DocumentJSONWriter`` writes it (`JSONEncoder` with pretty printing, sorted keys
/// and unescaped slashes, then indented), written directly: encoding each block through
/// `JSONEncoder` costs more than reading and segmenting it.
enum BlockJSON {
  /// The block's JSON with every line indented by `indent` spaces (empty lines stay empty), or
  /// nil if a string holds a control character, whose escape is left to `JSONEncoder`.
  static func encoded(_ block: Block, indent: Int) -> String? {
    var json = Writer(base: indent)
    json.spaces(indent)
    json.open("{")
    if let number = block.footnoteNumber { json.member("footnoteNumber", number, level: 1) }
    json.key("footnoteReferences", level: 1)
    json.array(block.footnoteReferences, level: 1) { json, reference in
      json.open("{")
      json.member("marker", reference.marker, level: 3)
      json.member("number", reference.number, level: 3)
      json.member("offset", reference.offset, level: 3)
      json.close("}", level: 2)
    }
    json.member("id", block.id, level: 1)
    json.member("kind", block.kind.rawValue, level: 1)
    if let label = block.label {
      json.key("label", level: 1)
      json.open("{")
      if let caption = label.caption { json.member("caption", caption, level: 2) }
      json.member("style", label.style.rawValue, level: 2)
      json.member("text", label.text, level: 2)
      json.member("value", label.value, level: 2)
      json.close("}", level: 1)
    }
    if let level = block.level { json.member("level", level, level: 1) }
    json.key("lines", level: 1)
    json.open("{")
    json.member("first", block.lines.first, level: 2)
    json.member("last", block.lines.last, level: 2)
    json.close("}", level: 1)
    if let parent = block.parent { json.member("parent", parent, level: 1) }
    json.key("sentences", level: 1)
    json.array(block.sentences, level: 1) { json, sentence in
      json.open("{")
      json.member("offset", sentence.offset, level: 3)
      json.member("text", sentence.text, level: 3)
      json.close("}", level: 2)
    }
    json.member("text", block.text, level: 1)
    json.close("}", level: 0)
    return json.failed ? nil : String(decoding: json.bytes, as: UTF8.self)
  }

  /// Pretty-printed JSON as `JSONEncoder` writes it: two spaces a level, `"key" : value`.
  private struct Writer {
    let base: Int
    var bytes: [UInt8] = []
    /// Whether a string could not be written as the encoder would.
    var failed = false

    init(base: Int) {
      self.base = base
      bytes.reserveCapacity(4096)
    }

    mutating func spaces(_ count: Int) {
      bytes.append(contentsOf: repeatElement(0x20, count: count))
    }

    mutating func newline(level: Int) {
      bytes.append(0x0A)
      spaces(base + level * 2)
    }

    mutating func open(_ bracket: Unicode.Scalar) {
      bytes.append(UInt8(bracket.value))
    }

    mutating func close(_ bracket: Unicode.Scalar, level: Int) {
      newline(level: level)
      bytes.append(UInt8(bracket.value))
    }

    /// Starts a member of the object open at `level - 1`.
    mutating func key(_ key: String, level: Int) {
      if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
      newline(level: level)
      string(key)
      bytes.append(contentsOf: " : ".utf8)
    }

    mutating func member(_ key: String, _ value: String, level: Int) {
      self.key(key, level: level)
      string(value)
    }

    mutating func member(_ key: String, _ value: Int, level: Int) {
      self.key(key, level: level)
      bytes.append(contentsOf: String(value).utf8)
    }

    /// An array at `level`, each element written by `element` at `level + 1`.
    mutating func array<Element>(
      _ elements: [Element], level: Int, _ element: (inout Writer, Element) -> Void
    ) {
      open("[")
      guard !elements.isEmpty else {
        // The encoder writes an empty array as "[", an empty line, "]".
        bytes.append(0x0A)
        close("]", level: level)
        return
      }
      for (index, value) in elements.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        newline(level: level + 1)
        element(&self, value)
      }
      close("]", level: level)
    }

    mutating func string(_ text: String) {
      var text = text
      bytes.append(UInt8(ascii: "\""))
      text.withUTF8 { utf8 in
        // Runs without a quote, a backslash or a control character are copied whole.
        var start = 0
        for (index, byte) in utf8.enumerated()
        where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
          if byte < 0x20 { failed = true }
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
          bytes.append(UInt8(ascii: "\\"))
          start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
      }
      bytes.append(UInt8(ascii: "\""))
    }
  }
}
