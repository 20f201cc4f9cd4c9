import ArgumentParser
import Diptych
import Foundation

/// Aligns every corpus entry that has a gold alignment and scores it as vecalign's score.py does.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract:
      "Align each corpus entry with gold.align and print strict/lax precision, recall and F1.")

  @Argument(help: "The corpus folder; each sub-folder with a gold.align is an entry.")
  var corpus: String = "corpus"

  @Option(
    name: .customLong("test-name"),
    help: ArgumentHelp(
      "Score <entry>/<name>.align (and <name>.sentences.align) instead of aligning.",
      valueName: "name"))
  var testName: String?

  func run() throws {
    let entries = try CorpusEntry.all(in: URL(fileURLWithPath: corpus))
    guard !entries.isEmpty else {
      throw ValidationError("no sub-folder of \(corpus) holds a gold.align")
    }
    var table = EvaluationTable()
    var failures = 0
    for directory in entries {
      let entry = try CorpusEntry(directory)
      do {
        let test = try testAlignment(directory)
        table.add(entry: entry, blocks: test.blocks, sentences: test.sentences)
      } catch {
        failures += 1
        table.add(failed: entry, reason: String(describing: error))
      }
    }
    print(table.text)
    if failures > 0 { throw ExitCode.failure }
  }

  private func testAlignment(_ directory: URL) throws -> (blocks: [GoldPair], sentences: [GoldPair])
  {
    guard let testName else { return try alignEntry(directory) }
    let sentenceFile = "\(testName).sentences.align"
    let hasSentences = FileManager.default.fileExists(
      atPath: directory.appendingPathComponent(sentenceFile).path)
    return (
      try CorpusEntry.alignment(directory, "\(testName).align"),
      hasSentences ? try CorpusEntry.alignment(directory, sentenceFile) : []
    )
  }
}
