internal import DiptychXML

/// The paragraph styles of `word/styles.xml` that matter for reading: headings, titles and
/// numbering, each followed through its `w:basedOn` chain.
struct DOCXStyles {
  struct Style {
    var name: String
    var basedOn: String?
    var outlineLevel: Int?
    var numbering: DOCXNumberingReference?
  }

  private var styles: [String: Style] = [:]
  private var defaultStyle: String?

  init(_ root: XMLTree.Element?) {
    guard let root else { return }
    for element in root.children("style") where element.value("type") == "paragraph" {
      guard let id = element.value("styleId") else { continue }
      let properties = element.child("pPr")
      styles[id] = Style(
        name: element.child("name")?.value("val") ?? id,
        basedOn: element.child("basedOn")?.value("val"),
        outlineLevel: properties?.child("outlineLvl")?.integer("val"),
        numbering: properties?.child("numPr").map(DOCXNumberingReference.init))
      if element.value("default").map({ ["1", "true", "on"].contains($0) }) == true {
        defaultStyle = id
      }
    }
  }

  /// The style and its ancestors, nearest first; a cycle ends the chain.
  private func chain(_ id: String?) -> [Style] {
    var result: [Style] = []
    var seen: Set<String> = []
    var current = id ?? defaultStyle
    while let id = current, !seen.contains(id), let style = styles[id], result.count < 32 {
      seen.insert(id)
      result.append(style)
      current = style.basedOn
    }
    return result
  }

  /// The heading level the style gives: "heading N" by name, or an outline level.
  func headingLevel(_ id: String?) -> Int? {
    for style in chain(id) {
      let name = style.name.lowercased()
      if name.hasPrefix("heading "), let level = Int(name.dropFirst(8)), (1...9).contains(level) {
        return level
      }
      if let outline = style.outlineLevel, (0...8).contains(outline) { return outline + 1 }
    }
    return nil
  }

  /// Whether the style is Word's Title or Subtitle (or based on one).
  func titleRole(_ id: String?) -> StructuredParagraph.Role? {
    for style in chain(id) {
      switch style.name.lowercased() {
      case "title": return .title
      case "subtitle": return .subtitle
      default: continue
      }
    }
    return nil
  }

  /// The numbering the style gives its paragraphs, merged down the chain.
  func numbering(_ id: String?) -> DOCXNumberingReference? {
    var result: DOCXNumberingReference?
    for style in chain(id) {
      guard let numbering = style.numbering else { continue }
      result = DOCXNumberingReference(
        numberingID: result?.numberingID ?? numbering.numberingID,
        level: result?.level ?? numbering.level)
    }
    return result
  }
}

/// A `w:numPr`: which list (`w:numId`) and which level (`w:ilvl`); either may be missing and
/// then comes from the style.
struct DOCXNumberingReference: Sendable, Hashable {
  var numberingID: String?
  var level: Int?

  init(numberingID: String?, level: Int?) {
    self.numberingID = numberingID
    self.level = level
  }

  init(_ element: XMLTree.Element) {
    numberingID = element.child("numId")?.value("val")
    level = element.child("ilvl")?.integer("val")
  }
}
