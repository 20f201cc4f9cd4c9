import Foundation

/// The repository's `corpus/`, found from this file's path so the tests run from any directory.
enum CLICorpus {
  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // DiptychCLITests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// The path of a file in a corpus entry.
  static func path(_ entry: String, _ file: String) -> String {
    root.appendingPathComponent("corpus").appendingPathComponent(entry).appendingPathComponent(file)
      .path
  }

  /// The bundled submission's path.
  static let seed = path("seed-copuos-space-resources", "bilingual.txt")
}
