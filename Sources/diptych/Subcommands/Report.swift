import ArgumentParser
import Diptych

extension DiptychCommand {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract:
        "Write the parity report: one self-contained HTML page with both versions side by side "
        + "and every finding in place.",
      discussion: """
        The page needs no network: open it in any browser, archive it, print it. Keys: j/k next \
        and previous finding, f only units with findings.
        Exit status: 0 when no finding is at or above --fail-on, 1 when one is (the report is \
        written either way), 2 for usage or input errors.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var findings: FindingOptions
    @OptionGroup var threshold: FailOnOption

    @Option(help: "The page title (default: from the file names).")
    var title: String?

    func run() throws {
      let pair = try input.read(besideReads: LexiconNotice.load)
      LexiconNotice.warnIfMissing()
      let result = try findings.pipeline().run(pair)
      let writer = OutputFormat.html.writer(OutputSettings(title: title))
      try output.emit(writer, result.alignment, findings: result.findings)
      try threshold.exitIfFlagged(result.findings)
    }
  }
}
