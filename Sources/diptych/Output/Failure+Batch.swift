import ArgumentParser
import Foundation

extension Failure {
  /// Runs `body`, printing any described error as `diptych: <problem>` and exiting 2.
  static func exitingOnError<T, E: Error & CustomStringConvertible>(_ body: () throws(E) -> T) throws -> T {
    do {
      return try body()
    } catch {
      printError(error.description)
      throw ExitCode(inputErrorStatus)
    }
  }

  /// Prints a line on standard error, as is.
  static func printLine(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }
}
