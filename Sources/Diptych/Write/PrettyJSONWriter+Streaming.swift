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

  /// Passes the bytes written so far on to `stream` and forgets them: as they are to a file
  /// (a `String` made of them would validate them again), as a `String` to any other stream.
  mutating func write<Stream: TextOutputStream>(into stream: inout Stream) {
    let toFile = withUnsafeMutablePointer(to: &stream) { pointer in
      guard let file = pointer as Any as? UnsafeMutablePointer<AtomicFileStream> else {
        return false
      }
      bytes.withUnsafeBufferPointer { file.pointee.write(utf8: $0) }
      return true
    }
    if !toFile { stream.write(String(decoding: bytes, as: UTF8.self)) }
    bytes.removeAll(keepingCapacity: true)
  }
}
