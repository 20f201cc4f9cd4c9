import Foundation

/// Real UN text kept in this repository: the seed submission and the UN Parallel Corpus devset
/// (`corpus/unpc-devset`), so every test runs in a bare clone.
enum RealText {
  /// The devset folder.
  static let devsetDirectory = Corpus.directory.appendingPathComponent("unpc-devset")

  struct Missing: Error, CustomStringConvertible {
    var path: String
    var description: String { "test material missing: \(path)" }
  }

  /// A UTF-8 file of the repository, as text.
  static func text(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else { throw Missing(path: path) }
    return String(decoding: data, as: UTF8.self)
  }

  /// The seed document: English, then "*****", then Chinese.
  static func seed() throws -> String { try text(Corpus.seed) }

  /// The seed's English part and Chinese part.
  static func seedHalves() throws -> (english: String, chinese: String) {
    let parts = try seed().components(separatedBy: "*****")
    guard parts.count == 2 else { throw Missing(path: "seed separator *****") }
    return (parts[0], parts[1])
  }

  /// The path of a devset file ("devset.en" or "devset.zh").
  static func devsetPath(_ file: String) -> String {
    devsetDirectory.appendingPathComponent(file).path
  }

  /// The devset lines of one language ("en" or "zh").
  static func devset(_ language: String) throws -> [String] {
    try text(devsetPath("devset.\(language)"))
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
      .filter { !$0.isEmpty }
  }
}
