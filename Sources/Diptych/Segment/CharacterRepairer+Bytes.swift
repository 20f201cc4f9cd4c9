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
    // Eight bytes at a time: a C0 control or DEL is seen in the word; past ASCII, only C2, E2
    // and EF lead damaged characters, and in valid UTF-8 those bytes are always leads, so only
    // the few words holding one are looked at byte by byte.
    var index = 0
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      while index + 8 <= bytes.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        if hasControl(word) { return true }
        if word & 0x8080_8080_8080_8080 != 0, mayLeadDamage(word) {
          for offset in index..<(index + 8) where isDamage(at: offset, in: bytes) { return true }
        }
        index += 8
      }
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x20 || byte == 0x7F || isDamage(at: index, in: bytes) { return true }
      index += 1
    }
    return false
  }

  /// Whether one of eight bytes is a C0 control character or DEL.
  @inline(__always) private static func hasControl(_ word: UInt64) -> Bool {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let below20 = (word &- 0x2020_2020_2020_2020) & ~word & highs
    let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
    return below20 | ((delete &- 0x0101_0101_0101_0101) & ~delete & highs) != 0
  }

  /// Whether the byte at `index` leads a damaged character (`hasDamage` on the scalar there).
  @inline(__always) private static func isDamage(
    at index: Int, in bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let byte = bytes[index]
    guard byte == 0xC2 || byte == 0xE2 || byte == 0xEF else { return false }
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    let third = index + 2 < bytes.count ? bytes[index + 2] : 0
    switch byte {
    case 0xC2: return (0x80...0x9F).contains(next) || next == 0xAD
    case 0xE2: return next == 0x80 && third == 0x8B
    default:
      return (next == 0xBB && third == 0xBF) || (next == 0xBF && (third == 0xBE || third == 0xBF))
        || (next == 0xAC && (0x80...0x86).contains(third))
    }
  }

  /// Whether one of eight bytes is C2, E2 or EF.
  @inline(__always) private static func mayLeadDamage(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    return hasZero(word ^ 0xC2C2_C2C2_C2C2_C2C2) || hasZero(word ^ 0xE2E2_E2E2_E2E2_E2E2)
      || hasZero(word ^ 0xEFEF_EFEF_EFEF_EFEF)
  }
}
