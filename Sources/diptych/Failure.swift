import ArgumentParser
import Foundation

/// Turns what a command throws into a message and an exit status: the one place that does.
///
/// Exit status 0: no finding at or above `--fail-on`; 1: one is (subcommands throw
/// `ExitCode(Failure.findingsStatus)`); 2: anything that stopped the work: usage errors, and
/// every library error (reading, writing, encoding, a batch's input), printed as one line
/// `diptych: <file>: <problem>`. An error never exits 1, which would read as "findings".
enum Failure {
  /// Exit status when a finding is at or above the threshold.
  static let findingsStatus: Int32 = 1
  /// Exit status for usage and input errors.
  static let inputErrorStatus: Int32 = 2

  /// Whether `error` is how a command ended, not a failure: findings, --help, --version.
  static func isOutcome(_ error: any Error) -> Bool {
    error is ExitCode || DiptychCommand.exitCode(for: error) == .success
  }

  /// Prints `error` as it should be read and exits with its status.
  static func exit(for error: any Error) -> Never {
    let code = DiptychCommand.exitCode(for: error)
    if isOutcome(error) { DiptychCommand.exit(withError: error) }
    if code == .validationFailure {  // ArgumentParser: a bad option or argument, with the usage
      StandardError.print(DiptychCommand.fullMessage(for: error))
    } else {  // a library error: each describes itself in one line naming the file
      StandardError.print("diptych: \(String(describing: error))")
    }
    DiptychCommand.exit(withError: ExitCode(inputErrorStatus))
  }
}

/// Standard error, where diagnostics and warnings go.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    // Where standard error cannot be written (a full disk, closed) a message is lost, but the
    // exit status still tells; `FileHandle.write(_:)` would stop the program on the error.
    try? FileHandle.standardError.write(contentsOf: Data(string.utf8))
  }

  /// Prints a line as is.
  static func print(_ line: String) {
    var stream = StandardError()
    Swift.print(line, to: &stream)
  }

  /// Prints `diptych: warning: <message>`: something the user should know, not a failure.
  static func warning(_ message: String) {
    print("diptych: warning: \(message)")
  }
}
