internal import DiptychXML

/// Collects the text of a WordprocessingML paragraph as Word shows it with tracked changes
/// accepted: insertions kept, deletions dropped, field results kept and field codes dropped,
/// hyperlinks and content controls read through, footnote calls numbered.
struct DOCXParagraphContent {
  private(set) var content: [StructuredParagraph.Inline] = []
  /// Open fields: whether each is still in its code part (before `separate`).
  private var fields: [Bool] = []
  /// A custom-mark call whose mark is the next text.
  private var pendingMark: (kind: DOCXNoteNumbering.Kind, id: String)?

  private var inFieldCode: Bool { fields.contains(true) }

  /// Reads the children of `element` (a `w:p`, or any container of runs).
  mutating func read(_ element: XMLTree.Element, notes: inout DOCXNoteNumbering) {
    for child in element.elements {
      switch child.localName {
      case "r": run(child, notes: &notes)
      case "del", "moveFrom", "pPr", "rPr", "proofErr", "bookmarkStart", "bookmarkEnd",
        "commentRangeStart",
        "commentRangeEnd", "permStart", "permEnd":
        continue
      case "sdt":
        if let inner = child.child("sdtContent") { read(inner, notes: &notes) }
      case "oMath", "oMathPara":
        append(child.text)
      default:
        // ins, moveTo, hyperlink, fldSimple, smartTag, customXml, dir, bdo …: their runs count.
        read(child, notes: &notes)
      }
    }
  }

  private mutating func run(_ run: XMLTree.Element, notes: inout DOCXNoteNumbering) {
    for item in run.elements {
      switch item.localName {
      case "fldChar":
        switch item.value("fldCharType") {
        case "begin": fields.append(true)
        case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
        case "end": _ = fields.popLast()
        default: break
        }
      case _ where inFieldCode:
        continue
      case "t":
        if let mark = pendingMark {
          pendingMark = nil
          let number = notes.call(mark.kind, id: mark.id, customMark: item.text)
          content.append(.note(number: number.number, marker: number.marker))
        } else {
          append(item.text)
        }
      case "tab", "ptab": append("\t")
      case "br", "cr": content.append(.lineBreak)
      case "noBreakHyphen": append("-")
      case "sym": continue
      case "footnoteReference", "endnoteReference":
        let kind: DOCXNoteNumbering.Kind =
          item.localName == "footnoteReference" ? .footnote : .endnote
        let id = item.value("id") ?? ""
        if item.value("customMarkFollows").map({ !["0", "false", "off"].contains($0) }) == true {
          pendingMark = (kind, id)
        } else {
          let number = notes.call(kind, id: id, customMark: nil)
          content.append(.note(number: number.number, marker: number.marker))
        }
      default:
        continue  // rPr, delText, instrText, drawings, the footnoteRef mark inside a note …
      }
    }
  }

  private mutating func append(_ text: String) {
    guard !text.isEmpty else { return }
    if case .text(let previous) = content.last {
      content[content.count - 1] = .text(previous + text)
    } else {
      content.append(.text(text))
    }
  }
}
