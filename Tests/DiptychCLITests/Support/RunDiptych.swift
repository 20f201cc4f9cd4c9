import Foundation

/// What a run of the built `diptych` binary printed and how it exited.
struct CLIResult {
  var status: Int32
  var out: String
  var err: String
}

/// Runs the built `diptych` binary with `arguments`, as a user would from a shell; with
/// `environment`, in that environment only instead of the test's.
func runDiptych(_ arguments: [String], environment: [String: String]? = nil) throws -> CLIResult {
  let process = Process()
  process.executableURL = CLITests.binary
  process.arguments = arguments
  if let environment { process.environment = environment }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return CLIResult(
    status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
    err: String(decoding: errData, as: UTF8.self))
}
