import ArgumentParser
import Diptych

extension DiptychCommand {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Report where the two versions diverge.",
      discussion:
        "Exit status: 0 when no finding is at or above --fail-on, 1 when one is, 2 for usage or "
        + "input errors."
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var findings: FindingOptions
    @OptionGroup var threshold: FailOnOption

    @Option(help: "Output format: text (path:line: severity: [code] message) or json.")
    var format: CheckFormat = .text

    func run() throws {
      let pair = try input.read(besideReads: LexiconNotice.load)
      LexiconNotice.warnIfMissing()
      let result = try findings.pipeline().run(pair)
      switch format {
      case .text:
        try output.emit(FindingPrinter.text(result))
      case .json:
        let writer = OutputFormat.json.writer(OutputSettings(split: pair.split))
        try output.emit(writer, result.alignment, findings: result.findings)
      }
      try threshold.exitIfFlagged(result.findings)
    }
  }
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
