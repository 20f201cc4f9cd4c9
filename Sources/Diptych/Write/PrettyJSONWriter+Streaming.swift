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
    try array(elements, level: level, element) { writer in
      if writer.bytes.count >= Self.pieceSize { writer.write(into: &stream) }
    }
  }

  /// Passes the bytes written so far on to `stream` and forgets them.
  mutating func write(into stream: inout some TextOutputStream) {
    stream.write(String(decoding: bytes, as: UTF8.self))
    bytes.removeAll(keepingCapacity: true)
  }
}
