import Foundation
import Synchronization

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
  /// The document's bodies are asked of `bodies` only when a paragraph numbers one, so a
  /// document that numbers none pays nothing.
  static func firming(
    source: [(facts: [Fact], text: ScalarText)], target: [(facts: [Fact], text: ScalarText)],
    bodies: OnDemand
  ) -> (source: [Fact], target: [Fact]) {
    let numbersABody = { (parts: [(facts: [Fact], text: ScalarText)]) in
      parts.contains { part in
        part.facts.contains { $0.isElidable && key(of: $0, in: part.text) != nil }
      }
    }
    guard numbersABody(source) || numbersABody(target) else {
      return (source.flatMap(\.facts), target.flatMap(\.facts))
    }
    return bodies.index.firming(source: source, target: target)
  }

  /// The numbered bodies of an alignment's two documents, read when first asked for, once
  /// however many pieces of a check ask at the same time.
  final class OnDemand: Sendable {
    private let alignment: Alignment
    private let read = Mutex<NumberedBodies?>(nil)

    init(_ alignment: Alignment) {
      self.alignment = alignment
    }

    var index: NumberedBodies {
      read.withLock { read in
        if let read { return read }
        let index = NumberedBodies(source: alignment.source, target: alignment.target)
        read = index
        return index
      }
    }
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
        return occurs(committee, in: bytes) { isNumeral(bytes, endingAt: $0) }
          || occurs(habitat, in: bytes) { isNumeral(bytes, endingAt: $0 + habitat.count + 3) }
      }
      return occurs(englishCommittee, in: bytes) { start in
        start >= 2 && ordinalEndings.contains { $0.elementsEqual(bytes[start - 2..<start]) }
      }
        || englishConferences.contains { name in
          occurs(name, in: bytes) { start in
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

  /// Whether `pattern` starts somewhere in `bytes` where `test` holds, the starts tried in order.
  /// `memchr` passes over most bytes many at a time, looking for the pattern's rarest byte.
  private static func occurs(
    _ pattern: Pattern, in bytes: UnsafeBufferPointer<UInt8>, where test: (Int) -> Bool
  ) -> Bool {
    guard let base = bytes.baseAddress, !pattern.bytes.isEmpty, bytes.count >= pattern.count
    else { return false }
    let (anchor, byte) = (pattern.anchor, Int32(pattern.bytes[pattern.anchor]))
    // The anchor byte of the last possible start.
    let end = bytes.count - pattern.count + anchor + 1
    var next = anchor
    while next < end, let found = memchr(base + next, byte, end - next) {
      let start = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found)) - anchor
      if pattern.bytes.elementsEqual(bytes[start..<start + pattern.count]), test(start) {
        return true
      }
      next = start + anchor + 1
    }
    return false
  }

  /// A byte pattern and the byte `occurs` looks for first.
  private struct Pattern {
    let bytes: [UInt8]
    /// The offset of the pattern's rarest byte in running text: a capital letter, else a UTF-8
    /// continuation byte (one of 64), else any but a space or a UTF-8 lead byte.
    let anchor: Int

    init(_ text: String) {
      bytes = Array(text.utf8)
      func rarity(_ byte: UInt8) -> Int {
        switch byte {
        case 0x41...0x5A: 3
        case 0x80...0xBF: 2
        case 0x20, 0xC0...: 0
        default: 1
        }
      }
      let rarest = bytes.map(rarity).max() ?? 0
      anchor = bytes.firstIndex { rarity($0) == rarest } ?? 0
    }

    var count: Int { bytes.count }
  }

  private static let committee = Pattern("委员会")
  private static let habitat = Pattern("人居")
  private static let numerals = "一二三四五六七八九十".map { Array(String($0).utf8) }
  private static let englishCommittee = Pattern(" Committee")
  private static let ordinalEndings = ["th", "st", "nd", "rd"].map { Array($0.utf8) }
  private static let englishConferences = ["Habitat ", "UNISPACE "].map(Pattern.init)
}
