import Foundation

/// Texts of the repository's `corpus/` entries, located by `Corpus`.
enum CorpusFiles {
  static func text(_ entry: String, _ file: String) throws -> String {
    try String(contentsOfFile: Corpus.path(entry, file), encoding: .utf8)
  }
}
