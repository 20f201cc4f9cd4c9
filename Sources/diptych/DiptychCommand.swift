import ArgumentParser
import Foundation

@main
struct DiptychCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diptych",
    abstract: "Align the English and Chinese versions of an official document and report where they diverge.",
    subcommands: [Align.self, Check.self, Report.self, Batch.self, Segment.self]
  )

  /// Runs the command; usage errors exit 2, as the commands document, not ArgumentParser's 64.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
      exit(withError: ExitCode(Failure.inputErrorStatus))
    }
  }
}
