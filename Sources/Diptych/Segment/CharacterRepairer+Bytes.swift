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
    // Past ASCII, only sequences led by C2, E2 and EF are damage. A lead byte is never a
    // continuation byte, so each position is tested as if it led a sequence: no branch on the
    // width of a scalar, and again a pass the compiler vectorizes.
    guard bytes.count >= 2 else { return false }
    var damage: UInt8 = 0
    var index = 0
    while index + 2 < bytes.count {
      damage |= damageFlag(bytes[index], bytes[index + 1], bytes[index + 2])
      index += 1
    }
    // The last two bytes: only a two-byte sequence can start at the second to last.
    damage |= damageFlag(bytes[bytes.count - 2], bytes[bytes.count - 1], 0)
    return damage != 0
  }

  /// 1 if the sequence led by `lead`, then `next` and `third`, is damage (see `hasDamage`), else
  /// 0: flags and no branches.
  @inline(__always) private static func damageFlag(_ lead: UInt8, _ next: UInt8, _ third: UInt8)
    -> UInt8
  {
    // C2 80–9F: C1 controls; C2 AD: the soft hyphen.
    let c2 = flag(lead == 0xC2) & (flag(next &- 0x80 < 0x20) | flag(next == 0xAD))
    // E2 80 8B: the zero-width space.
    let e2 = flag(lead == 0xE2) & flag(next == 0x80) & flag(third == 0x8B)
    // EF BB BF: U+FEFF; EF BF BE, EF BF BF: U+FFFE, U+FFFF; EF AC 80–86: the ligatures.
    let bom = flag(next == 0xBB) & flag(third == 0xBF)
    let nonCharacter = flag(next == 0xBF) & flag(third >= 0xBE)
    let ligature = flag(next == 0xAC) & flag(third &- 0x80 < 7)
    let ef = flag(lead == 0xEF) & (bom | nonCharacter | ligature)
    return c2 | e2 | ef
  }

  @inline(__always) private static func flag(_ condition: Bool) -> UInt8 { condition ? 1 : 0 }
}
