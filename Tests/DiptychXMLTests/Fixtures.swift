import Foundation

/// The test fixtures, read from the Fixtures folder next to this file (no bundle resources).
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  static func names(in subfolder: String? = nil, extension suffix: String) -> [String] {
    let folder = subfolder.map { directory.appendingPathComponent($0) } ?? directory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted()
      .map { (subfolder.map { "\($0)/" } ?? "") + $0 }
  }
}
