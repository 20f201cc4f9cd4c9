/// A readable dump of a document's structure: what `diptych segment` prints.
public enum DocumentTreeDump {
  /// The dump: one line per block (kind, label, lines, footnote calls, text), then the repairs
  /// and the page furniture.
  public static func dump(_ document: Document, maximumTextWidth: Int = 72) -> String {
    var out = "Document \(document.language.rawValue) \(document.sourceName): \(document.blocks.count) blocks\n"
    for block in document.blocks {
      var head = "  \(block.id) \(block.kind.rawValue)"
      if let level = block.level { head += "(\(level))" }
      if let label = block.label { head += " [\(label.text) = \(label.style.rawValue) \(label.value)]" }
      if let number = block.footnoteNumber { head += " #\(number)" }
      if let parent = block.parent { head += " ^b\(parent + 1)" }
      head += " @\(block.lines)"
      if !block.footnoteReferences.isEmpty {
        head += " fn{" + block.footnoteReferences.map { "\($0.number)@\($0.offset)" }.joined(separator: ",") + "}"
      }
      head += " s=\(block.sentences.count)"
      out += head + "\n    " + abbreviated(block.text, maximumTextWidth) + "\n"
    }
    if !document.repairs.isEmpty {
      out += "Repairs:\n"
      for repair in document.repairs {
        out += "  line \(repair.line): \(repair.kind.rawValue) \(quoted(repair.original)) -> \(quoted(repair.replacement))\n"
      }
    }
    if !document.furniture.isEmpty {
      out += "Furniture:\n"
      for line in document.furniture { out += "  line \(line.line): \(line.kind.rawValue) \(quoted(line.text))\n" }
    }
    return out
  }

  private static func abbreviated(_ text: String, _ width: Int) -> String {
    var result = ""
    var columns = 0
    for character in text {
      columns += DisplayWidth.columns(of: String(character))
      if columns > width { return result + "…" }
      result.append(character)
    }
    return result
  }

  private static func quoted(_ text: String) -> String {
    "'" + text.replacingControlCharacters() + "'"
  }
}

extension String {
  /// The text with control characters shown as escapes, for one-line display.
  func replacingControlCharacters() -> String {
    var out = ""
    for scalar in unicodeScalars {
      if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xAD {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
