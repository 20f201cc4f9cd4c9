import Diptych
import Foundation

/// Where `batch` writes its JSON lines: standard output as they come, or a file that appears
/// only when the batch is done (written beside it, then renamed), so a killed run leaves no
/// half-written results file.
final class JSONLinesSink {
  private let handle: FileHandle
  private let destination: String?
  private let temporary: String?

  /// Opens the sink; `path` nil means standard output.
  init(path: String?) throws(WriteFailure) {
    guard let path else {
      handle = FileHandle.standardOutput
      destination = nil
      temporary = nil
      return
    }
    try AtomicFile.checkFolder(of: path)
    let temporary = AtomicFile.temporaryPath(for: path)
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary)
    else {
      throw WriteFailure(
        path: path, reason: "cannot write: \(String(cString: strerror(errno)).lowercased())")
    }
    self.handle = handle
    self.destination = path
    self.temporary = temporary
  }

  /// The first write that failed (a full disk, a closed pipe); no line is written after it.
  private var failure: WriteFailure?

  /// Writes one line. `FileHandle.write(_:)` would stop the program on an error: it is kept for
  /// `finish()` to throw.
  func write(_ line: String) {
    guard failure == nil else { return }
    do {
      try handle.write(contentsOf: Data((line + "\n").utf8))
    } catch {
      failure = WriteFailure(
        path: destination ?? "standard output", reason: "cannot write: \(Self.reason(error))")
    }
  }

  /// Why a write failed, as the system says it.
  private static func reason(_ error: any Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    guard let underlying, underlying.domain == NSPOSIXErrorDomain else {
      return error.localizedDescription
    }
    return String(cString: strerror(Int32(underlying.code))).lowercased()
  }

  /// Moves the finished file into place; throws the failure of any write instead.
  func finish() throws(WriteFailure) {
    if let failure {
      abandon()
      throw failure
    }
    guard let destination, let temporary else { return }
    try? handle.close()
    guard rename(temporary, destination) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporary)
      throw WriteFailure(path: destination, reason: "cannot replace the file: \(reason)")
    }
  }

  /// Removes the unfinished file.
  func abandon() {
    guard let temporary else { return }
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporary)
  }
}
