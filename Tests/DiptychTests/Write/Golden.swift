import Foundation
import Testing

/// Byte-for-byte comparison with a golden file in the Golden folder next to this file.
///
/// `RECORD_GOLDEN=1` rewrites the file; a missing file is written and reported as an issue, so
/// that a run without goldens cannot pass unnoticed.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

  static func assertMatches(
    _ actual: String, file name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = url(name)
    let recording = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
    let exists = FileManager.default.fileExists(atPath: url.path)
    if recording || !exists {
      try Data(actual.utf8).write(to: url)
      if !recording {
        Issue.record("recorded missing golden file \(name)", sourceLocation: sourceLocation)
      }
      return
    }
    let expected = try Data(contentsOf: url)
    #expect(
      Data(actual.utf8) == expected,
      "\(name) differs from the golden file; rerun with RECORD_GOLDEN=1 if the change is intended",
      sourceLocation: sourceLocation)
  }
}
