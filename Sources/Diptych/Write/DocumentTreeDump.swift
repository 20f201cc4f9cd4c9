/// A readable dump of a document's structure: what `diptych segment` prints.
package enum DocumentTreeDump {
  /// The dump: a heading, one entry per block (kind, label, lines, footnote calls, text), the
  /// number of blocks, then the repairs and the page furniture.
  public static func dump(_ document: Document, maximumTextWidth: Int = 72) -> String {
    var out = heading(language: document.language, sourceName: document.sourceName)
    for block in document.blocks { out += entry(block, maximumTextWidth: maximumTextWidth) }
    out += ending(
      blockCount: document.blocks.count,
      notes: SegmentationNotes(repairs: document.repairs, furniture: document.furniture))
    return out
  }

  /// The first line of a document's dump.
  public static func heading(language: Language, sourceName: String) -> String {
    "Document \(language.rawValue) \(sourceName)\n"
  }

  /// A block's entry: a line of its structure, then its text abbreviated.
  public static func entry(_ block: Block, maximumTextWidth: Int = 72) -> String {
    var head = "  \(block.id) \(block.kind.rawValue)"
    if let level = block.level { head += "(\(level))" }
    if let label = block.label {
      head += " [\(label.text) = \(label.style.rawValue) \(label.value)]"
    }
    if let number = block.footnoteNumber { head += " #\(number)" }
    if let parent = block.parent { head += " ^b\(parent + 1)" }
    head += " @\(block.lines)"
    if !block.footnoteReferences.isEmpty {
      head +=
        " fn{" + block.footnoteReferences.map { "\($0.number)@\($0.offset)" }.joined(separator: ",")
        + "}"
    }
    head += " s=\(block.sentences.count)"
    return head + "\n    " + abbreviated(block.text, maximumTextWidth) + "\n"
  }

  /// The end of a document's dump: the number of blocks, the repairs and the furniture.
  public static func ending(blockCount: Int, notes: SegmentationNotes) -> String {
    var out = "\(blockCount) blocks\n"
    if !notes.repairs.isEmpty {
      out += "Repairs:\n"
      for repair in notes.repairs {
        out +=
          "  line \(repair.line): \(repair.kind.rawValue) \(quoted(repair.original)) -> "
          + "\(quoted(repair.replacement))\n"
      }
    }
    if !notes.furniture.isEmpty {
      out += "Furniture:\n"
      for line in notes.furniture {
        out += "  line \(line.line): \(line.kind.rawValue) \(quoted(line.text))\n"
      }
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
