/// A block as ``DocumentJSONWriter`` writes it (`JSONEncoder` with pretty printing, sorted keys
/// and unescaped slashes, then indented), written directly: encoding each block through
/// `JSONEncoder` costs more than reading and segmenting it.
enum BlockJSON {
  /// Appends the block's JSON to `json`, every line indented by `json.base` spaces (empty lines
  /// stay empty); `json.failed` then says whether a string held a control character, whose
  /// escape is left to `JSONEncoder`.
  static func write(_ block: Block, into json: inout PrettyJSONWriter) {
    json.spaces(json.base)
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
    json.lines(block.lines, level: 1)
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
  }
}
