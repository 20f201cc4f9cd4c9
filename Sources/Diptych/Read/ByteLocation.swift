/// Where a byte stands in a file, for error messages a user can act on.
struct ByteLocation: Sendable, Hashable, CustomStringConvertible {
  /// The byte's offset from the start of the file, counted from 0.
  var offset: Int
  /// The line the byte is on, counted from 1.
  var line: Int

  /// Locates `offset` in 8-bit-encoded `bytes`.
  init(offset: Int, in bytes: [UInt8]) {
    self.offset = offset
    let lines = Self.lines(in: bytes)
    let index = lines.firstIndex { $0.upperBound > offset || $0.upperBound == bytes.count }
    self.line = (index ?? lines.count - 1) + 1
  }

  var description: String { "byte \(offset) (line \(line))" }

  /// The byte ranges of the lines of `bytes`, line endings excluded; LF, CRLF and lone CR each
  /// end a line. Counting these bytes is safe in UTF-8 and GB18030: neither uses 0x0A or 0x0D
  /// inside a multi-byte character.
  static func lines(in bytes: [UInt8]) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x0A || byte == 0x0D {
        lines.append(start..<index)
        if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        start = index + 1
      }
      index += 1
    }
    lines.append(start..<bytes.count)
    return lines
  }
}
