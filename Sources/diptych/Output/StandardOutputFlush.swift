import Diptych

// `stdout` is a global the compiler cannot prove safe.
#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// The end of what a command wrote to standard output: output lost to a full disk or a broken
/// pipe is an error, not a success that wrote nothing.
enum StandardOutputFlush {
  /// Flushes standard output; the failure if this or an earlier write to it failed.
  static func failure() -> WriteFailure? {
    errno = 0
    let flushed = fflush(stdout) == 0
    guard !flushed || ferror(stdout) != 0 else { return nil }
    let reason = errno != 0 ? String(cString: strerror(errno)).lowercased() : "write error"
    return WriteFailure(path: "standard output", reason: "cannot write: \(reason)")
  }
}
