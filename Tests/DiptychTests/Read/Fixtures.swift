import Foundation

/// The format fixtures (Tests/DiptychTests/Read/Fixtures), made by Tools/make-format-fixtures.sh.
enum FormatFixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The path of a fixture file: `path("seed", "en.docx")`.
  static func path(_ name: String, _ file: String) -> String {
    directory.appendingPathComponent(name).appendingPathComponent(file).path
  }
}

/// A temporary folder for files a test writes, removed when the test is done with it.
struct ScratchDirectory: ~Copyable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-read-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes `bytes` to a file named `name` and returns its path.
  func write(_ bytes: [UInt8], to name: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes `text` as UTF-8 to a file named `name` and returns its path.
  func write(_ text: String, to name: String) throws -> String {
    try write(Array(text.utf8), to: name)
  }
}
