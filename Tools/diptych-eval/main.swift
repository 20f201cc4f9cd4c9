import ArgumentParser

/// `diptych-eval [corpus] …` scores the corpus entries (the default); `diptych-eval sentences DIR`
/// the sentence aligner on sentence-gold folders.
struct DiptychEval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diptych-eval",
    abstract: "Score Diptych's alignments against gold.",
    subcommands: [EvaluateCommand.self, SentencesCommand.self],
    defaultSubcommand: EvaluateCommand.self)
}

DiptychEval.main()
