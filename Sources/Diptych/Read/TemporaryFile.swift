import Foundation

/// Bytes in a private temporary file, removed when the value goes away.
final class TemporaryFile {
  let path: String

  init(_ bytes: [UInt8], name: String) throws(ReadError) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-\(UUID().uuidString)")
    let url = directory.appendingPathComponent("input")
    do {
      try FileManager.default.createDirectory(
        at: directory, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
      try Data(bytes).write(to: url)
    } catch {
      throw ReadError(
        path: name,
        reason: .unreadable("a temporary copy could not be written: \(error.localizedDescription)"))
    }
    path = url.path
  }

  deinit {
    try? FileManager.default.removeItem(
      atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
  }
}
