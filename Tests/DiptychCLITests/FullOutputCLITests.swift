import Foundation
import Testing

/// Output that cannot be written (a full disk: /dev/full) fails the command with the input
/// error status and a message, in every subcommand that writes to standard output; it never
/// passes for a success, nor for findings.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
struct FullOutputCLITests {
  /// Runs the binary with standard output on /dev/full: its exit status and standard error.
  private func runIntoFullDisk(_ arguments: [String]) throws -> (status: Int32, err: String) {
    let process = Process()
    process.executableURL = CLITests.binary
    process.arguments = arguments
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let err = Pipe()
    process.standardError = err
    try process.run()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
  }

  @Test(arguments: [
    ["segment", CLITests.seed, "--format", "json"], ["segment", CLITests.seed],
    ["align", CLITests.seed], ["check", CLITests.seed, "--fail-on", "info"],
  ])
  func aFullDiskIsAnError(arguments: [String]) throws {
    let result = try runIntoFullDisk(arguments)
    #expect(result.status == 2)
    #expect(result.err.contains("diptych: standard output: cannot write: no space left on device"))
  }

  @Test func aBatchOntoAFullDiskFailsWithoutACrash() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-full-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for language in ["en", "zh"] {
      try FileManager.default.copyItem(
        atPath: CLICorpus.path("unpc-synth-clean", "\(language).txt"),
        toPath: folder.appendingPathComponent("X.\(language).txt").path)
    }
    let result = try runIntoFullDisk(["batch", folder.path])
    #expect(result.status == 2)
    #expect(result.err.contains("diptych: standard output: cannot write: no space left on device"))
  }

  @Test func anErrorMessageOntoAFullDiskStillExitsWithTheErrorStatus() throws {
    let process = Process()
    process.executableURL = CLITests.binary
    process.arguments = ["segment", "no-such-file.txt"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle(forWritingAtPath: "/dev/full")
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 2)
  }
}
