import ArgumentParser
import Diptych
import Foundation

/// Aligns sentence-alignment gold documents (one sentence a line) through the pipeline, as
/// `diptych align EN ZH --input-format lines --format beads` does, and scores them.
struct SentencesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sentences",
    abstract:
      "Align every NNN.en/NNN.zh of a sentence-gold folder and print strict/lax F1, dev and "
      + "held-out apart.",
    discussion: """
      Held out: the last third of the documents; a lone document's last 40% of gold beads (cut at \
      a \
      bead boundary in a temporary folder). Writes NNN.align (beads) to --out and prints the \
      score_beads.py commands that score them the same way.
      """)

  @Argument(
    help: "A folder of NNN.en, NNN.zh and NNN.gold (e.g. ../shared/data/sentence-gold/pol).")
  var directory: String

  @Option(help: "Where to write NNN.align (default: a new temporary folder).")
  var out: String?

  @Option(help: "Which part to align: dev, held-out or all.")
  var part: Part = .all

  @Flag(help: "Also print how the lexicon separates gold 1-1 pairs from their neighbours.")
  var lexiconReport = false

  enum Part: String, ExpressibleByArgument, CaseIterable {
    case dev
    case heldOut = "held-out"
    case all
  }

  func run() throws {
    let output = URL(
      fileURLWithPath: out ?? NSTemporaryDirectory() + "diptych-eval-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let split = try SentenceGoldSplit(directory: URL(fileURLWithPath: directory), scratch: output)
    var parts: [(String, [SentenceGoldSplit.Document])] = []
    if part != .heldOut { parts.append(("dev", split.development)) }
    if part != .dev { parts.append(("held-out", split.heldOut)) }
    print(Self.header)
    for (name, documents) in parts {
      var scored: [(gold: [GoldPair], test: [GoldPair])] = []
      for document in documents {
        let test = try align(document, into: output)
        scored.append((document.gold, test))
        print(Self.row(document.name, .score(gold: document.gold, test: test), gold: document.gold))
      }
      print(Self.row("\(name) (micro)", .score(documents: scored), gold: scored.flatMap(\.gold)))
      if lexiconReport { try print(LexiconSeparation(documents: documents).text) }
      let names = documents.map(\.name)
      let aligned = names.map { output.path + "/" + $0 + ".align" }.joined(separator: " ")
      let golds = names.map { output.path + "/" + $0 + ".gold" }.joined(separator: " ")
      print("  check: python3 ../shared/eval/score_beads.py -t \(aligned) -g \(golds)")
      for document in documents {
        try GoldAlignment.format(document.gold).write(
          to: output.appendingPathComponent("\(document.name).gold"), atomically: true,
          encoding: .utf8)
      }
    }
  }

  /// Aligns one document as the CLI does with `--input-format lines --format beads`.
  private func align(_ document: SentenceGoldSplit.Document, into output: URL) throws -> [GoldPair]
  {
    let pair = try SentenceLinesReader.readPair(
      source: document.english.path, target: document.chinese.path)
    let alignment = Aligner().align(source: pair.source, target: pair.target)
    let beads = try BeadsWriter().write(alignment, findings: [])
    try beads.write(
      to: output.appendingPathComponent("\(document.name).align"), atomically: true, encoding: .utf8
    )
    return try GoldAlignment.parse(beads)
  }

  private static let header =
    "document                 gold beads  strict P  strict R  strict F1  lax F1"

  private static func row(_ name: String, _ score: AlignmentScore, gold: [GoldPair]) -> String {
    func cell(_ value: Double, _ width: Int) -> String {
      let text = String(format: "%.3f", value)
      return String(repeating: " ", count: max(0, width - text.count)) + text
    }
    let padded = name.padding(toLength: 24, withPad: " ", startingAt: 0)
    let count = String(gold.count)
    return padded + String(repeating: " ", count: max(0, 11 - count.count)) + count
      + cell(score.strict.precision, 10) + cell(score.strict.recall, 10) + cell(score.strict.f1, 11)
      + cell(score.lax.f1, 8)
  }
}
