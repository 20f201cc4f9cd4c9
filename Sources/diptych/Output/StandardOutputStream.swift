import Diptych

// `stdout`, the C stream `print` writes through, is a global the compiler cannot prove safe.
#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// Standard output as a stream for writers that write in pieces (each piece printed, so that
/// it stays in order with anything else printed).
struct StandardOutputStream: TextOutputStream {
  /// How the text written so far ends.
  private(set) var ending = LineFeedEnding()

  mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { ending.see($0) }
    print(string, terminator: "")
  }

  /// Writes `bytes` as they are, with no `String` made of them, through the C stream `print`
  /// writes through, so the order holds; a failed write is seen by ``StandardOutputFlush``.
  static func write(utf8 bytes: UnsafeBufferPointer<UInt8>) {
    _ = fwrite(bytes.baseAddress, 1, bytes.count, stdout)
  }
}
