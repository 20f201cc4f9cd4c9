extension PrettyJSONWriter {
  /// Bytes gathered before they are passed on to a stream.
  private static let pieceSize = 1 << 20

  /// An array at `level`, as `array(_:level:_:)` writes it, whose bytes are passed on to
  /// `stream` whenever about a megabyte has gathered after an element; the caller passes on the
  /// rest with `write(into:)`.
  mutating func array<Element>(
    _ elements: [Element], level: Int, flushingInto stream: inout some TextOutputStream,
    _ element: (inout PrettyJSONWriter, Element) throws -> Void
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
      // Between elements the bytes end on a whole character.
      if bytes.count >= Self.pieceSize { write(into: &stream) }
    }
    close("]", level: level)
  }

  /// Passes the bytes written so far on to `stream` and forgets them.
  mutating func write(into stream: inout some TextOutputStream) {
    stream.write(String(decoding: bytes, as: UTF8.self))
    bytes.removeAll(keepingCapacity: true)
  }
}
