internal import DiptychXML

/// Word's automatic numbering, computed as Word displays it, from `word/numbering.xml`.
///
/// Counters live on the abstract numbering, so several `w:num` that point at one abstract
/// numbering continue one list (LibreOffice writes lists that way); a `w:startOverride` restarts
/// its level the first time its `w:num` is used; using a level resets the deeper levels unless
/// their `w:lvlRestart` says otherwise. `w:isLgl` shows every level in decimal.
struct DOCXNumbering {
  struct Level {
    var start = 1
    var format = "decimal"
    var text: String?
    /// Restart after a use of a level shallower than this (1-based); 0 never restarts.
    var restart: Int?
    var legal = false
  }

  private var abstracts: [String: [Int: Level]] = [:]
  /// Each list: its abstract numbering, start overrides and level overrides by level.
  private var lists: [String: (abstract: String, starts: [Int: Int], levels: [Int: Level])] = [:]
  private var counters: [String: [Int: Int]] = [:]
  private var used: Set<String> = []

  init(_ root: XMLTree.Element?) {
    guard let root else { return }
    for abstract in root.children("abstractNum") {
      guard let id = abstract.value("abstractNumId") else { continue }
      var levels: [Int: Level] = [:]
      for element in abstract.children("lvl") {
        guard let index = element.integer("ilvl"), (0...8).contains(index) else { continue }
        levels[index] = Self.level(element)
      }
      abstracts[id] = levels
    }
    for list in root.children("num") {
      guard let id = list.value("numId"), let abstract = list.child("abstractNumId")?.value("val")
      else { continue }
      var starts: [Int: Int] = [:]
      var levels: [Int: Level] = [:]
      for override in list.children("lvlOverride") {
        guard let index = override.integer("ilvl"), (0...8).contains(index) else { continue }
        if let start = override.child("startOverride")?.integer("val") { starts[index] = start }
        if let element = override.child("lvl") { levels[index] = Self.level(element) }
      }
      lists[id] = (abstract, starts, levels)
    }
  }

  private static func level(_ element: XMLTree.Element) -> Level {
    var level = Level()
    if let start = element.child("start")?.integer("val") { level.start = start }
    if let format = element.child("numFmt")?.value("val") { level.format = format }
    level.text = element.child("lvlText")?.value("val")
    level.restart = element.child("lvlRestart")?.integer("val")
    level.legal = element.child("isLgl")?.isOn ?? false
    return level
  }

  /// Advances the list and returns the label Word displays for this paragraph, or nil when the
  /// reference names no list ("0", unknown) or the level shows nothing.
  mutating func nextLabel(_ reference: DOCXNumberingReference) -> String? {
    guard let id = reference.numberingID, id != "0", let list = lists[id] else { return nil }
    let index = min(max(reference.level ?? 0, 0), 8)
    let levels = (abstracts[list.abstract] ?? [:]).merging(list.levels) { $1 }
    let level = levels[index] ?? Level(text: "%\(index + 1).")
    var counter = counters[list.abstract] ?? [:]
    let key = "\(id)/\(index)"
    if !used.contains(key), let start = list.starts[index] {
      counter[index] = start
    } else {
      counter[index] = counter[index].map { $0 + 1 } ?? level.start
    }
    used.insert(key)
    for deeper in counter.keys where deeper > index {
      let restart = levels[deeper]?.restart
      // By default a level restarts after any shallower level; lvlRestart N restarts it only
      // after levels 1…N (1-based), and 0 never.
      if restart.map({ index < $0 }) ?? true { counter[deeper] = nil }
    }
    counters[list.abstract] = counter
    guard level.format != "bullet" else { return "•" }
    guard let template = level.text else { return nil }
    var label = ""
    var characters = template.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        label.append(character)
        continue
      }
      guard let digit = characters.next() else { break }
      guard let referenced = digit.wholeNumberValue, (1...9).contains(referenced) else {
        label.append(digit)
        continue
      }
      let other = levels[referenced - 1] ?? Level()
      let value = counter[referenced - 1] ?? other.start
      label += NumberFormat.render(value, format: level.legal ? "decimal" : other.format)
    }
    let trimmed = label.trimmingWhitespace()
    return trimmed.isEmpty ? nil : trimmed
  }
}
