import ArgumentParser
import Diptych
import Foundation

/// Turns library errors into one-line messages and exit codes: the one place that does.
enum Failure {
  /// Exit status for usage and input errors (findings at or above the threshold exit 1).
  static let inputErrorStatus: Int32 = 2

  /// Runs `body`, printing a library error as `diptych: <file>: <problem>` and exiting 2.
  static func guarding<T>(_ body: () throws(ReadError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      printError(error.description)
      throw ExitCode(inputErrorStatus)
    }
  }

  /// Prints `diptych: warning: <message>`: something the user should know, not a failure.
  static func printWarning(_ message: String) {
    printError("warning: \(message)")
  }

  static func printError(_ message: String) {
    var standardError = StandardError()
    print("diptych: \(message)", to: &standardError)
  }
}

struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}
