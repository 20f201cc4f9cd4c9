import ArgumentParser
import Diptych

@main
struct DiptychCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diptych",
    abstract:
      "Align the English and Chinese versions of an official document and report where they "
      + "diverge.",
    version: DiptychVersion.current,
    subcommands: [Align.self, Check.self, Report.self, Batch.self, Segment.self]
  )

  /// Runs the command; every error goes through `Failure`, so usage errors exit 2 as the
  /// commands document (not ArgumentParser's 64) and library errors never exit 1.
  static func main() async {
    var failure: (any Error)? = nil
    do {
      var command = try parseAsRoot()
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      failure = error
    }
    // Output lost to a full disk is an error, above findings; a failure of its own comes first.
    if failure.map(Failure.isOutcome) ?? true, let lost = StandardOutputFlush.failure() {
      Failure.exit(for: lost)
    }
    if let failure { Failure.exit(for: failure) }
  }
}
