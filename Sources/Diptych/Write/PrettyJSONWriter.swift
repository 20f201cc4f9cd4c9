import Foundation

/// Pretty-printed JSON as `JSONEncoder` writes it (pretty printing, sorted keys, unescaped
/// slashes): two spaces a level, `"key" : value`. The caller writes members in key order.
struct PrettyJSONWriter {
  let base: Int
  var bytes: [UInt8] = []
  /// Whether a string could not be written as the encoder would (a control character whose
  /// escape the encoder did not tell).
  var failed = false

  init(base: Int) {
    self.base = base
    bytes.reserveCapacity(4096)
  }

  mutating func spaces(_ count: Int) {
    // Copied from a run of spaces: `repeatElement` would be appended a byte at a time.
    var left = count
    while left > 0 {
      let run = min(left, 32)
      Self.blank.withUTF8Buffer {
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<run]))
      }
      left -= run
    }
  }

  private static var blank: StaticString { "                                " }

  mutating func newline(level: Int) {
    bytes.append(0x0A)
    spaces(base + level * 2)
  }

  mutating func open(_ bracket: Unicode.Scalar) {
    bytes.append(UInt8(bracket.value))
  }

  mutating func close(_ bracket: Unicode.Scalar, level: Int) {
    newline(level: level)
    bytes.append(UInt8(bracket.value))
  }

  /// Starts a member of the object open at `level - 1`.
  mutating func key(_ key: String, level: Int) {
    if bytes.last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
    newline(level: level)
    // A key is a member's name, which needs no escape: its bytes are copied whole.
    assert(
      key.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
    bytes.append(UInt8(ascii: "\""))
    var key = key
    key.withUTF8 { bytes.append(contentsOf: $0) }
    // Three appends of a byte: cheaper than append(contentsOf:) of a literal's UTF-8 view.
    for byte in "\" : ".utf8 { bytes.append(byte) }
  }

  mutating func member(_ key: String, _ value: String, level: Int) {
    self.key(key, level: level)
    string(value)
  }

  mutating func member(_ key: String, _ value: Int, level: Int) {
    self.key(key, level: level)
    bytes.append(contentsOf: String(value).utf8)
  }

  /// An array at `level`, each element written by `element` at `level + 1`.
  mutating func array<Element>(
    _ elements: [Element], level: Int, _ element: (inout PrettyJSONWriter, Element) -> Void
  ) {
    array(elements, level: level, element, afterElement: { _ in })
  }

  /// An array at `level`; `afterElement` runs after each element, when the bytes end on a whole
  /// character.
  mutating func array<Element>(
    _ elements: [Element], level: Int, _ element: (inout PrettyJSONWriter, Element) throws -> Void,
    afterElement: (inout PrettyJSONWriter) -> Void
  ) rethrows {
    open("[")
    guard !elements.isEmpty else {
      // The encoder writes an empty array as "[", an empty line, "]".
      bytes.append(0x0A)
      close("]", level: level)
      return
    }
    for (index, value) in elements.enumerated() {
      if index > 0 { bytes.append(UInt8(ascii: ",")) }
      newline(level: level + 1)
      try element(&self, value)
      afterElement(&self)
    }
    close("]", level: level)
  }

  mutating func string(_ text: String) {
    var text = text
    bytes.append(UInt8(ascii: "\""))
    text.withUTF8 { utf8 in
      // Runs without a quote, a backslash or a control character are copied whole; eight bytes
      // at a time are seen to hold none.
      var start = 0
      var index = 0
      if let base = UnsafeRawPointer(utf8.baseAddress) {
        while index + 8 <= utf8.count {
          let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if !Self.mayNeedEscape(word) {
            index += 8
            continue
          }
          for offset in index..<(index + 8) { escape(utf8, offset, &start) }
          index += 8
        }
      }
      while index < utf8.count {
        escape(utf8, index, &start)
        index += 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Copies the run before byte `index` and a backslash if the byte needs one.
  @inline(__always) private mutating func escape(
    _ utf8: UnsafeBufferPointer<UInt8>, _ index: Int, _ start: inout Int
  ) {
    let byte = utf8[index]
    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { return }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
    guard byte < 0x20 else {
      bytes.append(UInt8(ascii: "\\"))
      start = index
      return
    }
    guard let escape = Self.controlEscapes[Int(byte)] else {
      failed = true
      return
    }
    bytes.append(contentsOf: escape)
    start = index + 1
  }

  /// The escape `JSONEncoder` writes for each control character ("\n", "\u0001"), asked of the
  /// encoder itself; nil where it could not be told.
  private static let controlEscapes: [[UInt8]?] = (0..<0x20).map { value in
    let encoder = JSONEncoder()
    guard let data = try? encoder.encode([String(Unicode.Scalar(UInt8(value)))]) else { return nil }
    // ["…"]
    let bytes = Array(data)
    guard bytes.count > 4, bytes.starts(with: Array("[\"\\".utf8)), bytes.last == UInt8(ascii: "]")
    else { return nil }
    return Array(bytes[2..<(bytes.count - 2)])
  }

  /// Whether every string can be written as the encoder would (`failed` is then never set).
  static var escapesEveryString: Bool { controlEscapes.allSatisfy { $0 != nil } }

  /// Whether one of eight bytes may be a control character, a quote or a backslash (some
  /// bytes past ASCII may say yes too).
  @inline(__always) private static func mayNeedEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    let control = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
    return control || hasZero(word ^ 0x2222_2222_2222_2222) || hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C)
  }

}

extension PrettyJSONWriter {
  mutating func member(_ key: String, _ value: Double, level: Int, numbers: inout JSONNumbers)
    throws
  {
    self.key(key, level: level)
    bytes.append(contentsOf: try numbers.text(of: value).utf8)
  }

  mutating func number(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }

  /// A line range, the value of a member at `level`.
  mutating func lines(_ lines: LineRange, level: Int) {
    open("{")
    member("first", lines.first, level: level + 1)
    member("last", lines.last, level: level + 1)
    close("}", level: level)
  }
}

/// Doubles as `JSONEncoder` writes them, each asked of the encoder once: a report holds few
/// distinct ones (confidences rounded to thousandths).
struct JSONNumbers {
  private var texts: [Double: String] = [:]

  mutating func text(of value: Double) throws -> String {
    if let text = texts[value] { return text }
    let encoder = JSONEncoder()
    let array = String(decoding: try encoder.encode([value]), as: UTF8.self)
    let text = String(array.dropFirst().dropLast())
    texts[value] = text
    return text
  }
}

extension JSONNumbers {
  /// The texts of every confidence a report of `alignment` prints, each asked of the encoder
  /// once; a value the encoder refuses is left for its writer to ask again, and fail.
  init(everyConfidenceOf alignment: Alignment) {
    self.init()
    for unit in alignment.units {
      _ = try? text(of: AlignmentReport.Unit.rounded(unit.confidence))
      for pair in unit.sentences {
        _ = try? text(of: AlignmentReport.Unit.rounded(pair.confidence))
      }
    }
  }
}
