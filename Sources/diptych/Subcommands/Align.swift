import ArgumentParser
import Diptych

extension DiptychCommand {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align the two versions and write the bitext: JSON, TMX 1.4b, aligned XML or TSV.")

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var checks: CheckOptions
    @OptionGroup var bitext: BitextOptions

    func run() throws {
      let pair = try input.read()
      let result = Pipeline(checker: Checker(options: try checks.checkerOptions())).run(pair)
      try output.emit(try bitext.render(result, defaultFormat: output.output.map(BitextFormat.forPath) ?? .json))
    }
  }
}
