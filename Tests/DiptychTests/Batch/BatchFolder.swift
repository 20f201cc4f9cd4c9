import Foundation

/// A temporary folder of document pairs copied from the corpus under the names people give them.
struct BatchFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  var path: String { url.path }

  /// Copies a corpus entry's `en.txt` or `zh.txt` to `relativePath`.
  func copy(_ entry: String, _ file: String, to relativePath: String) throws {
    let destination = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Corpus.path(entry, file), toPath: destination.path)
  }

  /// Writes text to `relativePath`.
  func write(_ text: String, to relativePath: String) throws {
    let destination = url.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(
      at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: destination)
  }

  func remove() { try? FileManager.default.removeItem(at: url) }
}
