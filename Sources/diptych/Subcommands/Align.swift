import ArgumentParser
import Diptych

extension DiptychCommand {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "align",
      abstract:
        "Align the two versions and write the bitext: JSON, TMX 1.4b, aligned XML, TSV or the "
        + "HTML report.",
      discussion:
        "Findings are written into the output (JSON, TMX notes, XML, HTML); exit status 0 unless "
        + "the input or output fails (2). To fail on findings, use check or report.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var findings: FindingOptions
    @OptionGroup var bitext: FormatOptions

    func validate() throws {
      try bitext.validate(writingTo: output.output)
    }

    func run() throws {
      let pair = try input.read(besideReads: LexiconNotice.load)
      LexiconNotice.warnIfMissing()
      let result = try findings.pipeline().run(pair)
      let writer = try bitext.format(writingTo: output.output).writer(bitext.settings(for: pair))
      try output.emit(writer, result.alignment, findings: result.findings)
    }
  }
}
