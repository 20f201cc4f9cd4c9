import Foundation

/// Writes files so that an interrupted run never leaves a partial file behind: the content goes
/// to a temporary file beside the destination, which is then renamed over it.
public enum AtomicFile {
  /// Writes `text` to `path` atomically.
  public static func write(_ text: String, to path: String) throws(WriteFailure) {
    let destination = URL(fileURLWithPath: path)
    let directory = destination.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
    } catch {
      throw WriteFailure(path: path, reason: "cannot write: \(error.localizedDescription)")
    }
    guard rename(temporary.path, destination.path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw WriteFailure(path: path, reason: "cannot replace the file: \(reason)")
    }
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
