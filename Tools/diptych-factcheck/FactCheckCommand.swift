import ArgumentParser

/// Measures fact extraction and matching on a parallel corpus.
@main
struct FactCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diptych-factcheck",
    abstract: "Measure numeric-fact extraction and matching on parallel English/Chinese sentences.",
    subcommands: [
      DevsetCommand.self, DocumentCommand.self, SeedCommand.self, PlantCommand.self,
      ShowCommand.self, SpeedCommand.self,
    ]
  )
}

/// The parallel corpus options shared by the subcommands.
struct CorpusOptions: ParsableArguments {
  @Option(help: "English sentences, one a line.")
  var en: String = "../shared/data/unpc-devset/devset.en"

  @Option(help: "Chinese sentences, one a line (line i translates English line i).")
  var zh: String = "../shared/data/unpc-devset/devset.zh"

  @Option(
    help: ArgumentHelp(
      "A folder of gold sentence beads (NNN.en, NNN.zh, NNN.gold) read instead of --en/--zh: "
        + "each bead with both sides non-empty is one faithful pair."))
  var beads: String?

  @Option(help: "The pairs to use, numbered from 1 ('1-2800', '2801-4000'); all when not given.")
  var pairs: String?

  func load() throws -> ParallelCorpus {
    let corpus: ParallelCorpus
    if let beads {
      let pairs = try GoldBeads.pairs(in: beads)
      corpus = ParallelCorpus(english: pairs.english, chinese: pairs.chinese)
    } else {
      corpus = try ParallelCorpus(englishPath: en, chinesePath: zh)
    }
    guard let pairs else { return corpus }
    let ends = pairs.split(separator: "-").compactMap { Int($0) }
    guard ends.count == 2, ends[0] >= 1, ends[0] <= ends[1], ends[1] <= corpus.english.count else {
      throw ValidationError("--pairs '\(pairs)' is not a range within 1-\(corpus.english.count)")
    }
    return corpus.slice(ends[0]...ends[1])
  }
}
