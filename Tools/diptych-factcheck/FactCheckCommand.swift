import ArgumentParser

/// Measures fact extraction and matching on a parallel corpus.
@main
struct FactCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diptych-factcheck",
    abstract: "Measure numeric-fact extraction and matching on parallel English/Chinese sentences.",
    subcommands: [DevsetCommand.self, DocumentCommand.self, PlantCommand.self, ShowCommand.self]
  )
}

/// The parallel corpus options shared by the subcommands.
struct CorpusOptions: ParsableArguments {
  @Option(help: "English sentences, one a line.")
  var en: String = "../shared/data/unpc-devset/devset.en"

  @Option(help: "Chinese sentences, one a line (line i translates English line i).")
  var zh: String = "../shared/data/unpc-devset/devset.zh"

  func load() throws -> ParallelCorpus {
    try ParallelCorpus(englishPath: en, chinesePath: zh)
  }
}
