import Foundation

/// The bundled corpus, found from this file's path so that nothing is copied into test bundles.
enum Corpus {
  /// The package's root folder.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The corpus folder.
  static let directory = root.appendingPathComponent("corpus")

  /// The names of the corpus entries (folders holding a document pair), sorted; `glossary` holds
  /// glossaries, not a document.
  static var entries: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { name in
      ["bilingual.txt", "en.txt"].contains {
        FileManager.default.fileExists(atPath: path(name, $0))
      }
    }.sorted()
  }

  /// The path of a file in an entry.
  static func path(_ entry: String, _ file: String) -> String {
    directory.appendingPathComponent(entry).appendingPathComponent(file).path
  }

  /// The bundled submission's path.
  static let seed = path("seed-copuos-space-resources", "bilingual.txt")
}
