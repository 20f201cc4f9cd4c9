import Foundation

/// The repository's `corpus/` folder, found from this file's path so tests run from any directory.
enum CorpusFiles {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Evaluate
    .deletingLastPathComponent()  // DiptychTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()
    .appendingPathComponent("corpus")

  static func text(_ entry: String, _ file: String) throws -> String {
    try String(
      contentsOf: root.appendingPathComponent(entry).appendingPathComponent(file), encoding: .utf8)
  }
}
