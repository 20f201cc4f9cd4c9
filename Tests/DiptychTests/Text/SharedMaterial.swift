import Foundation

/// The project's shared real text: the seed document and the UN devset.
enum SharedMaterial {
  /// The shared folder; `DIPTYCH_SHARED` overrides it.
  static let root = ProcessInfo.processInfo.environment["DIPTYCH_SHARED"] ?? Corpus.root.deletingLastPathComponent().appendingPathComponent("shared").path

  struct Missing: Error, CustomStringConvertible {
    var path: String
    var description: String { "shared material missing: \(path) (set DIPTYCH_SHARED)" }
  }

  /// The bytes of a file under the shared folder.
  static func bytes(_ relativePath: String) throws -> [UInt8] {
    let path = root + "/" + relativePath
    guard let data = FileManager.default.contents(atPath: path) else { throw Missing(path: path) }
    return Array(data)
  }

  /// A UTF-8 file under the shared folder, as text.
  static func text(_ relativePath: String) throws -> String {
    String(decoding: try bytes(relativePath), as: UTF8.self)
  }

  /// The seed document: English, then "*****", then Chinese.
  static func seed() throws -> String { try text("seed/000_f934e85aad34f094.txt") }

  /// The seed's English part and Chinese part.
  static func seedHalves() throws -> (english: String, chinese: String) {
    let parts = try seed().components(separatedBy: "*****")
    guard parts.count == 2 else { throw Missing(path: "seed separator *****") }
    return (parts[0], parts[1])
  }

  /// The devset lines of one language ("en" or "zh").
  static func devset(_ language: String) throws -> [String] {
    try text("data/unpc-devset/devset.\(language)")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
      .filter { !$0.isEmpty }
  }
}
