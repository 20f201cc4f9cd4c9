import ArgumentParser

@main
struct DiptychCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diptych",
    abstract: "Align the English and Chinese versions of an official document and report where they diverge.",
    subcommands: [Align.self, Check.self, Report.self, Batch.self, Segment.self]
  )
}
