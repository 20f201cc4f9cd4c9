import Foundation

/// Writes files so that an interrupted run never leaves a partial file behind: the content goes
/// to a temporary file beside the destination, which is then renamed over it.
public enum AtomicFile {
  /// Writes `text` to `path` atomically.
  /// - Throws: `WriteFailure` naming the path and the reason (`out/x.tmx: no such folder 'out'`).
  public static func write(_ text: String, to path: String) throws(WriteFailure) {
    var file = try AtomicFileStream(replacing: path)
    file.write(text)
    try file.commit()
  }

  /// Writes to `path` atomically what `body` writes into the stream it is given, which passes
  /// the text on to the file in large pieces: a long output is never whole in memory.
  /// - Throws: `WriteFailure` as `write(_:to:)` does, or what `body` throws (the file is then
  ///   left as it was).
  public static func write<Failure: Error>(
    to path: String, _ body: (inout AtomicFileStream) throws(Failure) -> Void
  ) throws {
    var file = try AtomicFileStream(replacing: path)
    do {
      try body(&file)
    } catch {
      file.discard()
      throw error
    }
    try file.commit()
  }

  /// The hidden temporary file beside `path` that is renamed over it when complete.
  public static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent()
      .appendingPathComponent(
        ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
      ).path
  }

  /// Fails unless the folder that would hold `path` exists and is a folder.
  public static func checkFolder(of path: String) throws(WriteFailure) {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw WriteFailure(path: path, reason: "no such folder '\(folder)'")
    }
    guard isDirectory.boolValue else {
      throw WriteFailure(path: path, reason: "'\(folder)' is not a folder")
    }
  }

  /// The C library's words for `errno`, lower-cased as our messages are: "permission denied".
  static func systemReason() -> String {
    let text = String(cString: strerror(errno))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}

/// Why an output file could not be written.
public struct WriteFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file.
  public var path: String
  /// What went wrong.
  public var reason: String

  /// Creates a failure.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): \(reason)" }
}
