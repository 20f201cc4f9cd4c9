#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  import Darwin
#endif

/// Reads a byte range of a file a megabyte at a time, each chunk cut after a line break, so
/// that a file of any size is read in bounded memory and no line is split between chunks.
enum ChunkedFileReader {
  /// The size of a chunk; a longer line makes its chunk longer.
  static let chunkSize = 1 << 20

  /// Calls `body` with each chunk of `range`, the file offset where it starts, and whether it
  /// is the last; `body` returns false to stop.
  static func read(
    _ path: String, _ range: Range<Int>, chunkSize: Int = chunkSize,
    _ body: (UnsafeBufferPointer<UInt8>, _ offset: Int, _ final: Bool) -> Bool
  ) throws(ReadError) {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw ReadError(
        path: path,
        reason: .unreadable(errno == EACCES ? "permission denied" : "it cannot be opened"))
    }
    defer { close(descriptor) }
    // Room for a chunk and the start of a line cut off by the one before.
    var buffer = ReadBuffer(
      capacity: range.count <= chunkSize ? range.count : chunkSize + chunkSize / 16)
    // The file offset of the buffer's first byte, and the next offset to read from.
    var bufferStart = range.lowerBound
    var next = range.lowerBound
    while true {
      let wanted = min(chunkSize, range.upperBound - next)
      if wanted > 0 {
        let count = buffer.read(upTo: wanted) { pread(descriptor, $0, $1, off_t(next)) }
        if count < 0 {
          if errno == EINTR { continue }
          throw ReadError(path: path, reason: .unreadable("read error \(errno)"))
        }
        next += count
        // The file shrank while being read: what is left of the range is gone.
        if count == 0 { next = range.upperBound }
      }
      let final = next >= range.upperBound
      if final && buffer.count == 0 && bufferStart > range.lowerBound { return }
      let cut: Int? = final ? buffer.count : buffer.withBytes(lastLineBreakEnd)
      guard let cut, cut > 0 || final else { continue }
      let keepGoing = buffer.withBytes {
        body(UnsafeBufferPointer(rebasing: $0[..<cut]), bufferStart, final)
      }
      if final || !keepGoing { return }
      buffer.consume(cut)
      bufferStart += cut
    }
  }

  /// The index just past the last line break of `bytes` that is surely whole: an LF, or a CR
  /// not at the very end (where an LF may follow in the next read).
  private static func lastLineBreakEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if let lf = bytes.lastIndex(of: 0x0A) { return lf + 1 }
    guard bytes.count >= 2, let cr = bytes[..<(bytes.count - 1)].lastIndex(of: 0x0D) else {
      return nil
    }
    return cr + 1
  }
}
