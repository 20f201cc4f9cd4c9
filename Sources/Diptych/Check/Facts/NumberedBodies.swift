/// The numbers each version of a document gives its numbered bodies and conferences ("Habitat
/// III" = 人居三, "the Fourth Committee" = 第四委员会), so a body's number the other version leaves
/// out ("the Conference", "the Committee") can still be checked against the rest of the document.
///
/// Such a number is elidable in one paragraph: the other version may say "the Conference". But
/// where the other version names the body elsewhere, always with other numbers, it says which it
/// means: 人居六 against "the Conference" in a report that writes "Habitat III" is a changed
/// number. A body the other version never numbers keeps its number elidable. Only the other
/// version attests a number: the same mistake made twice in one version attests nothing.
struct NumberedBodies: Sendable {
  /// A numbered body and its number: ("habitat", "3").
  struct Key: Hashable, Sendable {
    var body: String
    var number: String
  }

  /// Each version's bodies with their numbers, and the bodies it numbers at all.
  private struct Version: Sendable {
    var numbers: Set<Key> = []
    var bodies: Set<String> = []
  }

  private var source = Version()
  private var target = Version()

  /// The numbered bodies of both versions of a pair. Only blocks that spell a body's name are read
  /// for facts.
  init(source: Document, target: Document) {
    self.source = Self.version(source)
    self.target = Self.version(target)
  }

  private static func version(_ document: Document) -> Version {
    var version = Version()
    let isChinese = document.language.isChinese
    for block in document.blocks where mayNumberABody(block.text, isChinese: isChinese) {
      let text = ScalarText(block.text)
      for fact in FactExtractor.facts(in: text, language: document.language) {
        guard let key = key(of: fact, in: text) else { continue }
        version.numbers.insert(key)
        version.bodies.insert(key.body)
      }
    }
    return version
  }

  /// The facts of a paragraph's source and target, where an elidable number of a body the other
  /// version numbers only otherwise is firm: it counts even when the other side names no number.
  /// The document's bodies are read into `bodies` when a paragraph first numbers one, so a
  /// document that numbers none pays nothing.
  static func firming(
    source: [(facts: [Fact], text: ScalarText)], target: [(facts: [Fact], text: ScalarText)],
    of alignment: Alignment, bodies: inout NumberedBodies?
  ) -> (source: [Fact], target: [Fact]) {
    let numbersABody = { (parts: [(facts: [Fact], text: ScalarText)]) in
      parts.contains { part in
        part.facts.contains { $0.isElidable && key(of: $0, in: part.text) != nil }
      }
    }
    guard numbersABody(source) || numbersABody(target) else {
      return (source.flatMap(\.facts), target.flatMap(\.facts))
    }
    let index = bodies ?? NumberedBodies(source: alignment.source, target: alignment.target)
    bodies = index
    return index.firming(source: source, target: target)
  }

  /// The facts of a paragraph's source and target, firmed as ``firming(source:target:of:bodies:)``
  /// says.
  func firming(
    source sourceParts: [(facts: [Fact], text: ScalarText)],
    target targetParts: [(facts: [Fact], text: ScalarText)]
  ) -> (source: [Fact], target: [Fact]) {
    (firming(sourceParts, against: target), firming(targetParts, against: source))
  }

  private func firming(_ parts: [(facts: [Fact], text: ScalarText)], against other: Version)
    -> [Fact]
  {
    guard !other.bodies.isEmpty else { return parts.flatMap(\.facts) }
    return parts.flatMap { part in
      part.facts.map { fact in
        guard fact.isElidable, !fact.onlyAnswers, let key = Self.key(of: fact, in: part.text),
          other.bodies.contains(key.body), !other.numbers.contains(key)
        else { return fact }
        var firm = fact
        firm.isElidable = false
        return firm
      }
    }
  }

  /// The body `fact` numbers, when it numbers a conference or a committee.
  static func key(of fact: Fact, in text: ScalarText) -> Key? {
    switch fact.kind {
    case .number:
      // "人居三", "Habitat III", "UNISPACE III".
      if text.has("人居", at: fact.offset - 2) || text.has("Habitat ", at: fact.offset - 8) {
        return Key(body: "habitat", number: fact.value)
      }
      if text.has("UNISPACE ", at: fact.offset - 9) {
        return Key(body: "unispace", number: fact.value)
      }
      return nil
    case .ordinal:
      // "第四委员会", "the Fourth Committee".
      let end = fact.offset + fact.text.unicodeScalars.count
      guard text.has("委员会", at: end) || text.has(" Committee", at: end) else { return nil }
      return Key(body: "committee", number: fact.value)
    default:
      return nil
    }
  }

  /// Whether a block's bytes hold a numeral or an ordinal right beside a body's name (一 before
  /// 委员会, 三 after 人居, "th Committee", "Habitat I…"): only such blocks are read for facts, so a
  /// long document full of committees costs a pass over its bytes.
  private static func mayNumberABody(_ text: String, isChinese: Bool) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      if isChinese {
        return occurrences(of: committee, in: bytes).contains { isNumeral(bytes, endingAt: $0) }
          || occurrences(of: habitat, in: bytes).contains {
            isNumeral(bytes, endingAt: $0 + habitat.count + 3)
          }
      }
      return occurrences(of: englishCommittee, in: bytes).contains { start in
        start >= 2 && ordinalEndings.contains { $0.elementsEqual(bytes[start - 2..<start]) }
      }
        || englishConferences.contains { name in
          occurrences(of: name, in: bytes).contains { start in
            start + name.count < bytes.count && "IVX".utf8.contains(bytes[start + name.count])
          }
        }
    }
  }

  /// Whether the three bytes before `end` spell a Chinese numeral from 一 to 十.
  private static func isNumeral(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
    guard end >= 3, end <= bytes.count else { return false }
    return numerals.contains { $0.elementsEqual(bytes[end - 3..<end]) }
  }

  /// Where `pattern` starts in `bytes`.
  private static func occurrences(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>)
    -> [Int]
  {
    guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
    var found: [Int] = []
    for start in 0...(bytes.count - pattern.count)
    where bytes[start] == first && pattern.elementsEqual(bytes[start..<start + pattern.count]) {
      found.append(start)
    }
    return found
  }

  private static let committee = Array("委员会".utf8)
  private static let habitat = Array("人居".utf8)
  private static let numerals = "一二三四五六七八九十".map { Array(String($0).utf8) }
  private static let englishCommittee = Array(" Committee".utf8)
  private static let ordinalEndings = ["th", "st", "nd", "rd"].map { Array($0.utf8) }
  private static let englishConferences = ["Habitat ", "UNISPACE "].map { Array($0.utf8) }
}
