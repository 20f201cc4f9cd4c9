/// The line joiner on UTF-8 bytes, for blocks whose every scalar is a character of its own: then
/// character indices are scalar indices, and the joined text is built without `Character`s.
extension LineJoiner {
  /// What `join` gives, with the text as a string, and whether every scalar of the text is a
  /// character of its own (``UnicodeScalars/isStandalone(_:)``).
  func joinedText(_ lines: [SourceLine], loneNumberLines: Set<Int>) -> (
    text: String, lone: [Range<Int>], repairs: [Repair], standalone: Bool
  ) {
    if let joined = joinStandalone(lines, loneNumberLines: loneNumberLines) { return joined }
    let joined = join(lines, loneNumberLines: loneNumberLines)
    return (String(joined.text), joined.lone, joined.repairs, false)
  }

  private func joinStandalone(_ lines: [SourceLine], loneNumberLines: Set<Int>) -> (
    text: String, lone: [Range<Int>], repairs: [Repair], standalone: Bool
  )? {
    // Built by appending the lines' strings, which are valid already: no bytes to validate again.
    var text = ""
    var scalarCount = 0
    var last: Unicode.Scalar? = nil
    var lone: [Range<Int>] = []
    for line in lines {
      var piece = line.text
      guard let (first, final, count) = Self.standaloneScalars(&piece) else { return nil }
      if let last {
        if language.isChinese {
          if !Self.isCJK(last) && !Self.isCJK(first) && !CharacterClass.isWhitespace(last) {
            text.append(" ")
            scalarCount += 1
          }
        } else if last == "-" {
          // A word hyphenated across the break may be joined: the characters decide.
          return nil
        } else if !CharacterClass.isWhitespace(last) {
          text.append(" ")
          scalarCount += 1
        }
      }
      let start = scalarCount
      text.append(piece)
      scalarCount += count
      last = final
      if loneNumberLines.contains(line.number) { lone.append(start..<scalarCount) }
    }
    return (text, lone, [], true)
  }

  /// The first and last scalars of `text` and their count, if every scalar is standalone and
  /// there is one; nil otherwise (an empty line, which `join` skips, is left to it too).
  private static func standaloneScalars(_ text: inout String) -> (
    first: Unicode.Scalar, last: Unicode.Scalar, count: Int
  )? {
    text.withUTF8 { bytes -> (first: Unicode.Scalar, last: Unicode.Scalar, count: Int)? in
      // Branch-free, so that the compiler vectorizes the test of an ASCII line.
      var high: UInt8 = 0
      var lineBreaks: UInt8 = 0
      for byte in bytes {
        high |= byte
        lineBreaks |= (byte == 0x0A ? 1 : 0) | (byte == 0x0D ? 1 : 0)
      }
      guard let firstByte = bytes.first, let lastByte = bytes.last, lineBreaks == 0 else {
        return nil
      }
      if high < 0x80 { return (Unicode.Scalar(firstByte), Unicode.Scalar(lastByte), bytes.count) }
      var count = 0
      var index = 0
      var lastStart = 0
      while index < bytes.count {
        // Leads E5–E9 begin U+5000–U+9FFF, Han and standalone: most of a Chinese line, counted
        // without decoding.
        if bytes[index] &- 0xE5 < 5 {
          lastStart = index
          count += 1
          index += 3
          continue
        }
        let scalar = UnicodeScalars.scalar(at: index, in: bytes)
        guard UnicodeScalars.isStandalone(scalar) else { return nil }
        lastStart = index
        count += 1
        index += UnicodeScalars.width(lead: bytes[index])
      }
      guard count > 0 else { return nil }
      let first = UnicodeScalars.scalar(at: 0, in: bytes)
      let last = UnicodeScalars.scalar(at: lastStart, in: bytes)
      return (first, last, count)
    }
  }

  private static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x3000 && Character(scalar).isCJK
  }
}
