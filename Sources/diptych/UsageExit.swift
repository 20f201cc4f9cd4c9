import ArgumentParser
import Foundation

extension DiptychCommand {
  /// Runs the command, with usage errors exiting 2 as documented (ArgumentParser's own is 64),
  /// so that pipelines can tell "the documents diverge" (1) from "the call was wrong" (2).
  static func runWithDocumentedStatus() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(Failure.inputErrorStatus)
      }
      exit(withError: error)
    }
  }
}
