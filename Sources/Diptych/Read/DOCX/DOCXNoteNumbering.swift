internal import DiptychXML

/// The numbers Word displays for footnote and endnote calls: in order of the calls, from the
/// start value and in the format `word/settings.xml` sets (footnotes 1, 2, 3 …, endnotes i, ii,
/// iii … by default). A call with a custom mark shows its mark and takes no number.
///
/// Footnotes and endnotes are numbered apart in Word, so footnote 1 and endnote i would share a
/// number; in the document model endnotes take the numbers after the last footnote (their mark,
/// "i", is kept). Until every call is read, an endnote carries a provisional number.
///
/// Restarts per section or page are not followed: they depend on the layout.
struct DOCXNoteNumbering {
  enum Kind: String { case footnote, endnote }

  struct Call {
    var kind: Kind
    var id: String
    var number: Int
    var marker: String
  }

  private var next: [Kind: Int]
  private var formats: [Kind: String]
  /// The calls in document order.
  private(set) var calls: [Call] = []

  init(settings: XMLTree.Element?) {
    next = [.footnote: 1, .endnote: 1]
    formats = [.footnote: "decimal", .endnote: "lowerRoman"]
    for kind in [Kind.footnote, .endnote] {
      guard let properties = settings?.child(kind.rawValue + "Pr") else { continue }
      if let start = properties.child("numStart")?.integer("val") { next[kind] = start }
      if let format = properties.child("numFmt")?.value("val") { formats[kind] = format }
    }
  }

  /// Numbers the next call of `kind` to note `id`: a custom mark is shown as it is.
  mutating func call(_ kind: Kind, id: String, customMark: String?) -> (number: Int, marker: String)
  {
    let number: Int
    let marker: String
    if let customMark {
      number = Int(customMark.filter(\.isASCIIDigit)) ?? 0
      marker = customMark
    } else {
      number = next[kind] ?? 1
      next[kind] = number + 1
      marker = NumberFormat.render(number, format: formats[kind] ?? "decimal")
    }
    let provisional = kind == .endnote ? Self.provisionalEndnoteBase + number : number
    calls.append(Call(kind: kind, id: id, number: provisional, marker: marker))
    return (provisional, marker)
  }

  /// Added to endnote numbers until the last footnote's number is known.
  private static let provisionalEndnoteBase = 1 << 40

  /// The number a call's provisional `number` stands for, once every call has been read.
  func finalNumber(_ number: Int) -> Int {
    guard number >= Self.provisionalEndnoteBase else { return number }
    let lastFootnote = calls.lazy.filter { $0.kind == .footnote }.map(\.number).max() ?? 0
    return number - Self.provisionalEndnoteBase + lastFootnote
  }
}
