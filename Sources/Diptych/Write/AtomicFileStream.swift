import Foundation

/// The temporary file of an ``AtomicFile`` write, as an output stream: text is gathered into
/// pieces of about a megabyte and written, and the file is renamed over its destination by
/// `commit()`.
public struct AtomicFileStream: TextOutputStream {
  /// The file to replace.
  let path: String
  /// The temporary file beside it.
  let temporary: String
  let descriptor: Int32
  private var buffer: [UInt8] = []
  /// The first write error, reported by `commit()`.
  private var failure: String? = nil
  private var ending = LineFeedEnding()

  /// Text shorter than this is gathered before being written.
  private static let pieceSize = 1 << 20

  /// Creates the temporary file for `path`.
  init(replacing path: String) throws(WriteFailure) {
    try AtomicFile.checkFolder(of: path)
    self.path = path
    temporary = AtomicFile.temporaryPath(for: path)
    descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      throw WriteFailure(path: path, reason: "cannot write: \(AtomicFile.systemReason())")
    }
  }

  /// Whether the text written so far ends in a line feed (as a `Character`, so not in "\r\n").
  public var endsWithLineFeed: Bool { ending.endsWithLineFeed }

  public mutating func write(_ string: String) {
    var string = string
    string.withUTF8 { write(utf8: $0) }
  }

  /// Writes valid UTF-8 bytes as `write(_:)` writes a string's, with no `String` made of them.
  mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
    guard !utf8.isEmpty else { return }
    ending.see(utf8)
    if buffer.count + utf8.count > Self.pieceSize { flush() }
    if utf8.count >= Self.pieceSize {
      writeAll(utf8)
    } else {
      buffer.append(contentsOf: utf8)
    }
  }

  /// Writes what is gathered.
  private mutating func flush() {
    guard !buffer.isEmpty else { return }
    // Taken out of `self` while written, so that emptying it reuses its storage, not a copy's.
    var gathered: [UInt8] = []
    swap(&gathered, &buffer)
    gathered.withUnsafeBufferPointer { writeAll($0) }
    gathered.removeAll(keepingCapacity: true)
    buffer = gathered
  }

  private mutating func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard failure == nil, let base = bytes.baseAddress else { return }
    var offset = 0
    while offset < bytes.count {
      let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        failure = AtomicFile.systemReason()
        return
      }
      offset += written
    }
  }

  /// Writes the rest, closes the file and renames it over its destination.
  /// - Throws: `WriteFailure` if a write, the close or the rename failed (the temporary file is
  ///   then removed).
  mutating func commit() throws(WriteFailure) {
    flush()
    let closed = close(descriptor) == 0 ? nil : AtomicFile.systemReason()
    if let reason = failure ?? closed {
      unlink(temporary)
      throw WriteFailure(path: path, reason: "cannot write: \(reason)")
    }
    guard rename(temporary, path) == 0 else {
      let reason = AtomicFile.systemReason()
      unlink(temporary)
      throw WriteFailure(path: path, reason: "cannot replace the file: \(reason)")
    }
  }

  /// Closes and removes the temporary file, leaving the destination as it was.
  func discard() {
    close(descriptor)
    unlink(temporary)
  }
}
