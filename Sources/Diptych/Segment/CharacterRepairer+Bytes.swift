/// The character repairer on UTF-8 bytes: most lines have no control character, soft hyphen or
/// ligature, and only their edges may change.
extension CharacterRepairer {
  /// The repaired line, as `repair` makes it, or nil if the line needs `repair`'s own look.
  static func repairBytes(_ line: SourceLine) -> (text: String, repairs: [Repair])? {
    var text = line.text
    return text.withUTF8 { bytes -> (text: String, repairs: [Repair])? in
      guard !hasDamage(bytes) else { return nil }
      var leading = 0
      while leading < bytes.count {
        if bytes[leading] == 0x20 {
          leading += 1
        } else if leading + 2 < bytes.count, bytes[leading] == 0xE3, bytes[leading + 1] == 0x80,
          bytes[leading + 2] == 0x80
        {
          leading += 3  // U+3000 IDEOGRAPHIC SPACE
        } else {
          break
        }
      }
      var trailing = bytes.count
      while trailing > 0, bytes[trailing - 1] == 0x20 { trailing -= 1 }
      // A space joins a combining mark after it, or a prepended mark before it, into one
      // character that is no space: such edges need the characters.
      if leading > 0, leading < bytes.count, !UnicodeScalars.isStandalone(at: leading, in: bytes) {
        return nil
      }
      if trailing < bytes.count, trailing > 0,
        !UnicodeScalars.isStandalone(endingAt: trailing, in: bytes)
      {
        return nil
      }
      if leading == 0 && trailing == bytes.count { return (line.text, []) }
      // An indented empty line is just empty: only running text has stray leading spaces.
      guard leading > 0, leading < bytes.count else {
        return (
          String(decoding: UnsafeBufferPointer(rebasing: bytes[..<trailing]), as: UTF8.self), []
        )
      }
      let original = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[..<leading]), as: UTF8.self)
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: bytes[leading..<trailing]), as: UTF8.self)
      return (
        text, [Repair(kind: .leadingSpace, line: line.number, original: original, replacement: "")]
      )
    }
  }

  /// Whether `bytes` hold a control character (C0, DEL, C1, U+200B, U+FEFF, U+FFFE, U+FFFF), a
  /// soft hyphen or a ligature (U+FB00–U+FB06).
  private static func hasDamage(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    // Printable ASCII, most lines of most texts, has none: one pass the compiler vectorizes.
    var high: UInt8 = 0
    var lowest: UInt8 = 0xFF
    var deletes: UInt8 = 0
    for byte in bytes {
      high |= byte
      lowest = min(lowest, byte)
      deletes |= byte == 0x7F ? 1 : 0
    }
    if lowest < 0x20 || deletes != 0 { return true }
    if high < 0x80 { return false }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        index += 1
        continue
      }
      // Only C2, E2 and EF lead damaged characters: any other character is passed over whole.
      guard byte == 0xC2 || byte == 0xE2 || byte == 0xEF else {
        index += UnicodeScalars.width(lead: byte)
        continue
      }
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      let third = index + 2 < bytes.count ? bytes[index + 2] : 0
      switch byte {
      case 0xC2 where (0x80...0x9F).contains(next) || next == 0xAD: return true
      case 0xE2 where next == 0x80 && third == 0x8B: return true
      case 0xEF
      where (next == 0xBB && third == 0xBF) || (next == 0xBF && (third == 0xBE || third == 0xBF)):
        return true
      case 0xEF where next == 0xAC && (0x80...0x86).contains(third): return true
      default: break
      }
      index += UnicodeScalars.width(lead: byte)
    }
    return false
  }
}
