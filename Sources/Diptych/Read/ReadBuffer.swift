/// Bytes read from a file and not yet consumed, read straight into storage no one has written:
/// an array would first be filled with zeros a byte at a time (about 10 instructions a byte,
/// and every page of a megabyte touched even for a file of a line).
struct ReadBuffer: ~Copyable {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The first byte not yet consumed.
  private var start = 0
  /// Just past the last byte read.
  private var end = 0

  init(capacity: Int) {
    self.capacity = max(capacity, 1)
    storage = .allocate(capacity: self.capacity)
  }

  deinit { storage.deallocate() }

  /// How many bytes are read and not consumed.
  var count: Int { end - start }

  /// Calls `body` with the bytes read and not consumed.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: storage + start, count: end - start))
  }

  /// Drops the first `count` bytes.
  mutating func consume(_ count: Int) {
    precondition(count <= end - start)
    start += count
    if start == end { (start, end) = (0, 0) }
  }

  /// Lets `read` write up to `wanted` bytes after those kept (moving them to the front, or to
  /// larger storage, to make room); `read` returns how many it wrote, or a negative number for
  /// a failure, which is returned as is.
  mutating func read(upTo wanted: Int, _ read: (UnsafeMutableRawPointer, Int) -> Int) -> Int {
    if capacity - end < wanted {
      let kept = end - start
      if capacity < kept + wanted {
        capacity = max(capacity * 2, kept + wanted)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: storage + start, count: kept)
        storage.deallocate()
        storage = larger
      } else if kept > 0 {
        // The kept bytes may overlap where they go: a move as memmove makes it.
        UnsafeMutableRawPointer(storage).copyMemory(from: storage + start, byteCount: kept)
      }
      (start, end) = (0, kept)
    }
    let got = read(UnsafeMutableRawPointer(storage + end), wanted)
    if got > 0 { end += got }
    return got
  }
}
