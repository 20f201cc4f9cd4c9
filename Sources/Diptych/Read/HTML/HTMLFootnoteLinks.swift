internal import DiptychXML

/// Finds an HTML page's footnote calls and bodies from its links and marks them in the tree for
/// ``HTMLReader``.
///
/// A call is a short link (`[1]`, `1`, `i`) to an element further on whose note links back to
/// it: Word's `href="#_ftn1" name="_ftnref1"` with the note opening `<a href="#_ftnref1"
/// name="_ftn1">`, `#fn1`/`#fnref1`, LibreOffice's `sdfootnote1sym`. A link Word marks as a note
/// (`mso-footnote-id`) needs no link back. The note's body is the block holding the link's
/// target, widened to the container that holds this note alone (Word's `<div id=ftn1>`, which may
/// hold several paragraphs). Digits alone make no call: `[1]` that is no such link stays text.
///
/// Word's endnotes (`_edn1`) take the numbers after the last footnote, as in a DOCX; their mark
/// (i, ii …) is kept.
struct HTMLFootnoteLinks {
  /// Attribute names of the marks; no attribute the HTML parser makes can hold `#`.
  enum Mark {
    static let callNumber = "#call-number"
    static let callMarker = "#call-marker"
    /// On a note's body: the number of the note.
    static let body = "#footnote"
    /// On a note's body: the position of its first call among the calls.
    static let order = "#footnote-order"
    /// On a link in a body back to its call: the mark, not text.
    static let backLink = "#back-link"
  }

  private enum WordNote { case footnote, endnote }

  private struct Anchor {
    var path: [Int]
    var block: [Int]
  }

  private struct Link {
    var path: [Int]
    var fragment: String
    /// The displayed mark without brackets and white space.
    var marker: String
    /// The ids and names a link back may use: the link's own and its inline ancestors'.
    var names: [String]
    var block: [Int]
    /// What Word marks the link as calling, if it does.
    var word: WordNote?
    /// ``HTMLReader`` takes the link for a call by its href, role or class.
    var conventional: Bool
    /// The target is an item of a footnote section, which ``HTMLReader`` numbers itself.
    var targetInSection = false
  }

  private var root: XMLTree.Element
  private var anchors: [String: Anchor] = [:]
  private var links: [Link] = []
  /// Each fragment's links, in document order.
  private var linksByFragment: [String: [[Int]]] = [:]
  private var sectionItems: Set<[Int]> = []
  /// The footnote sections (see ``HTMLReader/isFootnoteSection(_:)``), in document order: a body
  /// is never one, nor holds one.
  private var sections: [[Int]] = []

  private init(_ root: XMLTree.Element) {
    self.root = root
  }

  /// `root` with its calls, bodies and back links marked.
  static func marked(_ root: XMLTree.Element) -> XMLTree.Element {
    var finder = HTMLFootnoteLinks(root)
    finder.collect(root, path: [], block: [], names: [], inSection: false)
    guard !finder.links.isEmpty else { return root }
    finder.markNotes()
    return finder.root
  }

  // MARK: Collecting

  private mutating func collect(
    _ element: XMLTree.Element, path: [Int], block: [Int], names: [String], inSection: Bool
  ) {
    for (index, node) in element.children.enumerated() {
      guard case .element(let child) = node, !HTMLReader.isSkipped(child) else { continue }
      let name = child.name.lowercased()
      let childPath = path + [index]
      let isBlock = Self.isNoteBlock(name)
      let childBlock = isBlock ? childPath : block
      if HTMLReader.isFootnoteSection(child) { sections.append(childPath) }
      let section = inSection || HTMLReader.isFootnoteSection(child)
      if section, name == "li" { sectionItems.insert(childPath) }
      var childNames = isBlock ? [] : names
      for key in ["id", "name"] {
        guard let value = child.attribute(key), !value.isEmpty else { continue }
        if key == "id" || name == "a" {
          if anchors[value] == nil { anchors[value] = Anchor(path: childPath, block: childBlock) }
          childNames.append(value)
        }
      }
      if name == "a", let href = child.attribute("href"), href.hasPrefix("#"), href.count > 1 {
        let fragment = String(href.dropFirst())
        linksByFragment[fragment, default: []].append(childPath)
        links.append(
          Link(
            path: childPath, fragment: fragment, marker: Self.marker(child), names: childNames,
            block: childBlock, word: Self.wordNote(child),
            conventional: HTMLReader.isConventionalCall(child)))
      }
      collect(child, path: childPath, block: childBlock, names: childNames, inSection: section)
    }
  }

  private static func isNoteBlock(_ name: String) -> Bool {
    HTMLReader.isBlock(name)
      || ["td", "th", "tr", "tbody", "thead", "tfoot", "caption"].contains(name)
  }

  /// The mark a link displays, `[1]` read as `1`.
  static func marker(_ element: XMLTree.Element) -> String {
    DownlevelConditional.removingMarkers(element.text).filter {
      !$0.isWhitespace && !"[]()".contains($0)
    }
  }

  /// What Word marks the link as calling: a footnote (`mso-footnote-id`, `#_ftn1`), an endnote.
  private static func wordNote(_ link: XMLTree.Element) -> WordNote? {
    let style = (link.attribute("style") ?? "").lowercased()
    let href = (link.attribute("href") ?? "").lowercased()
    if style.contains("mso-endnote-id") || href.hasPrefix("#_edn") && !href.hasPrefix("#_ednref") {
      return .endnote
    }
    if style.contains("mso-footnote-id") || href.hasPrefix("#_ftn") && !href.hasPrefix("#_ftnref") {
      return .footnote
    }
    return nil
  }

  // MARK: Calls and bodies

  private mutating func markNotes() {
    // Links that may be calls: a short mark, a target further on and outside their paragraph.
    var candidates: [(link: Link, target: Anchor)] = []
    for var link in links {
      guard (1...6).contains(link.marker.count) || (link.marker.isEmpty && link.word != nil),
        let target = anchors[link.fragment], link.path.lexicographicallyPrecedes(target.path),
        target.block.count >= 2, !link.path.starts(with: target.block)
      else { continue }
      link.targetInSection = sectionItems.contains(target.block)
      candidates.append((link, target))
    }
    guard !candidates.isEmpty else { return }
    let callPaths = candidates.map(\.link.path)
    let targetPaths = candidates.map(\.target.path).sorted {
      $0.lexicographicallyPrecedes($1)
    }
    var accepted: [(link: Link, body: [Int])] = []
    for (link, target) in candidates {
      var body = target.block
      while body.count >= 3, !["li", "td", "th"].contains(element(at: body).name.lowercased()) {
        let parent = Array(body.dropLast())
        guard Self.range(under: parent, in: callPaths).isEmpty,
          Self.range(under: parent, in: sections).isEmpty,
          Self.range(under: parent, in: targetPaths).count
            == Self.range(under: body, in: targetPaths).count,
          opensWithText(parent, child: body.last!)
        else { break }
        body = parent
      }
      let linksBack = link.names.contains { name in
        !Self.range(under: body, in: linksByFragment[name] ?? []).isEmpty
      }
      guard link.conventional || link.word != nil || linksBack,
        Self.range(under: body, in: sections).isEmpty
      else { continue }
      accepted.append((link, body))
    }
    number(accepted)
  }

  /// Numbers the calls and marks them, their bodies and the links back.
  private mutating func number(_ calls: [(link: Link, body: [Int])]) {
    let lastFootnote =
      calls.filter { $0.link.word != .endnote }.map {
        Int($0.link.marker.filter(\.isASCIIDigit)) ?? 0
      }.max() ?? 0
    var counts = (footnotes: 0, endnotes: 0)
    var bodies: Set<[Int]> = []
    var seenBackLinks: Set<[String]> = []
    for (position, (link, body)) in calls.enumerated() {
      let isEndnote = link.word == .endnote
      if isEndnote { counts.endnotes += 1 } else { counts.footnotes += 1 }
      var marker = link.marker
      var value = Int(marker.filter(\.isASCIIDigit))
      if isEndnote, value == nil { value = RomanNumeral.value(of: marker.uppercased()) }
      if marker.isEmpty {
        let counted = isEndnote ? counts.endnotes : counts.footnotes
        value = counted
        marker = isEndnote ? NumberFormat.render(counted, format: "lowerRoman") : String(counted)
      }
      let number = (isEndnote ? lastFootnote : 0) + (value ?? 0)
      for name in link.names where seenBackLinks.insert([name] + body.map(String.init)).inserted {
        let paths = linksByFragment[name] ?? []
        for path in paths[Self.range(under: body, in: paths)] { set(Mark.backLink, "", at: path) }
      }
      if !link.conventional {
        set(Mark.callNumber, String(number), at: link.path)
        set(Mark.callMarker, marker, at: link.path)
      }
      guard !link.targetInSection || !link.conventional, bodies.insert(body).inserted else {
        continue
      }
      set(Mark.body, String(number), at: body)
      set(Mark.order, String(position), at: body)
    }
  }

  // MARK: The tree

  private func element(at path: [Int]) -> XMLTree.Element {
    var element = root
    for index in path {
      guard case .element(let child) = element.children[index] else { break }
      element = child
    }
    return element
  }

  /// Whether the child at `index` is the first thing with text in the element at `path`.
  private func opensWithText(_ path: [Int], child index: Int) -> Bool {
    !element(at: path).children.prefix(index).contains(where: Self.showsText)
  }

  /// Whether a node shows any text; stops at the first.
  private static func showsText(_ node: XMLTree.Node) -> Bool {
    switch node {
    case .text(let text):
      !DownlevelConditional.removingMarkers(text).allSatisfy(\.isWhitespace)
    case .element(let element):
      !HTMLReader.isSkipped(element) && element.children.contains(where: showsText)
    }
  }

  private mutating func set(_ name: String, _ value: String, at path: [Int]) {
    Self.set(name, value, at: path[...], in: &root)
  }

  private static func set(
    _ name: String, _ value: String, at path: ArraySlice<Int>, in element: inout XMLTree.Element
  ) {
    guard let index = path.first else {
      element.attributes.removeAll { $0.name == name }
      element.attributes.append(XMLTree.Attribute(name: name, value: value))
      return
    }
    guard case .element(var child) = element.children[index] else { return }
    element.children[index] = .text("")  // keeps `child` uniquely referenced while it changes
    set(name, value, at: path.dropFirst(), in: &child)
    element.children[index] = .element(child)
  }

  /// Where the `sorted` paths that lie in the subtree at `path` are.
  private static func range(under path: [Int], in sorted: [[Int]]) -> Range<Int> {
    func firstIndex(notBefore bound: [Int], orAfterSubtree: Bool) -> Int {
      var low = 0
      var high = sorted.count
      while low < high {
        let middle = (low + high) / 2
        let element = sorted[middle]
        let before =
          orAfterSubtree
          ? element.lexicographicallyPrecedes(bound) || element.starts(with: bound)
          : element.lexicographicallyPrecedes(bound)
        if before { low = middle + 1 } else { high = middle }
      }
      return low
    }
    return firstIndex(
      notBefore: path, orAfterSubtree: false)..<firstIndex(
        notBefore: path, orAfterSubtree: true)
  }
}
