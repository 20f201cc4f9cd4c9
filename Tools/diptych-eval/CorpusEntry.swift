import Diptych
import Foundation

/// A corpus folder with a gold block alignment and, optionally, a gold sentence alignment.
struct CorpusEntry {
  var name: String
  var directory: URL
  var blocks: [GoldPair]
  var sentences: [GoldPair]?

  /// The entries under `corpus`, sorted by name: every sub-folder holding `gold.align`.
  static func all(in corpus: URL) throws -> [URL] {
    let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
    return names.map { corpus.appendingPathComponent($0) }.filter {
      FileManager.default.fileExists(atPath: $0.appendingPathComponent("gold.align").path)
    }
  }

  init(_ directory: URL) throws {
    name = directory.lastPathComponent
    self.directory = directory
    blocks = try Self.alignment(directory, "gold.align")
    let sentencePath = directory.appendingPathComponent("gold.sentences.align").path
    sentences =
      FileManager.default.fileExists(atPath: sentencePath)
      ? try Self.alignment(directory, "gold.sentences.align") : nil
  }

  /// Reads an alignment file of the entry, naming the file in any error.
  static func alignment(_ directory: URL, _ file: String) throws -> [GoldPair] {
    let url = directory.appendingPathComponent(file)
    let label = "\(directory.lastPathComponent)/\(file)"
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw EvaluationError.unreadable(file: label, reason: "cannot read it as UTF-8")
    }
    do {
      return try GoldAlignment.parse(text)
    } catch {
      throw EvaluationError.unreadable(file: label, reason: error.description)
    }
  }
}

extension Array where Element == GoldPair {
  /// How many units each side covers: one more than its highest index (a gold file covers all).
  var sideCounts: (source: Int, target: Int) {
    (
      (flatMap(\.source).max() ?? -1) + 1,
      (flatMap(\.target).max() ?? -1) + 1
    )
  }
}
