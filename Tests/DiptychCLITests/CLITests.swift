import Foundation
import Testing

/// Runs the built `diptych` binary as a user would: stdout, stderr and exit status.
@Suite struct CLITests {
  static let root = CLICorpus.root
  static let seed = CLICorpus.seed

  /// The binary beside the test bundle.
  static var binary: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("diptych")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return root.appendingPathComponent(".build/debug/diptych")
  }

  @Test func checkReportsTheSeedDivergencesAndExitsOne() throws {
    let result = try runDiptych(["check", Self.seed])
    #expect(result.status == 1)
    #expect(
      result.out.contains(
        "bilingual.txt:2: error: [number-mismatch] '2017' appears in the English only"))
    #expect(
      result.out.contains(
        "[footnote-numbering] English footnotes 1–3 are numbered 4–6 in the Chinese"))
    #expect(result.out.contains("20 units (17 matched, 1 source only, 2 target only, 0 merged)"))
  }

  @Test func failOnIgnoreAndExitZero() throws {
    let result = try runDiptych([
      "check", Self.seed, "--ignore", "number-mismatch", "--ignore", "footnote-missing", "--ignore",
      "unit-missing",
    ])
    #expect(result.status == 0)
    #expect(!result.out.contains("number-mismatch"))
  }

  @Test func alignWritesJSONWithEveryUnit() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-cli-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: output) }
    let result = try runDiptych(["align", Self.seed, "-o", output.path])
    #expect(result.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == 1)
    #expect((object?["units"] as? [Any])?.count == 20)
  }

  @Test func alignWritesValidTMXByExtension() throws {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-cli-\(UUID().uuidString).tmx")
    defer { try? FileManager.default.removeItem(at: output) }
    #expect(try runDiptych(["align", Self.seed, "-o", output.path]).status == 0)
    let tmx = try String(contentsOf: output, encoding: .utf8)
    #expect(
      tmx.contains("<tmx version=\"1.4\">") && tmx.contains("srclang=\"en\"")
        && tmx.contains("xml:lang=\"zh-CN\""))
  }

  @Test(arguments: [
    (
      ["check", "/nonexistent/en.txt", "/nonexistent/zh.txt"],
      "/nonexistent/en.txt: cannot read the file: no such file"
    ),
    (["segment", "/"], "/: cannot read the file: it is a directory"),
  ])
  func badInputIsOneLineAndExitTwo(arguments: [String], message: String) throws {
    let result = try runDiptych(arguments)
    #expect(result.status == 2)
    #expect(result.err == "diptych: \(message)\n")
  }

  @Test func segmentWritesBothVersionsEnglishFirstAndTheTreeAgrees() throws {
    let json = try runDiptych(["segment", Self.seed, "--format", "json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == 1)
    let documents = try #require(object?["documents"] as? [[String: Any]])
    #expect(documents.map { $0["language"] as? String } == ["en", "zh-Hans"])
    let counts = documents.map { ($0["blocks"] as? [Any])?.count ?? 0 }
    let tree = try runDiptych(["segment", Self.seed])
    #expect(tree.status == 0)
    #expect(
      tree.out.split(separator: "\n").filter { $0.hasSuffix(" blocks") }
        == counts.map { "\($0) blocks"[...] })
    // One version asked for: the whole file read as that language.
    let english = try runDiptych(["segment", Self.seed, "--language", "en", "--format", "json"])
    let only = try JSONSerialization.jsonObject(with: Data(english.out.utf8)) as? [String: Any]
    #expect((only?["documents"] as? [Any])?.count == 1)
  }

  @Test func aFileThatCannotBeReadLeavesNoOutput() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("image.txt")
    try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(to: file)
    for format in ["json", "tree"] {
      let result = try runDiptych(["segment", file.path, "--format", format])
      #expect(result.status == 2)
      #expect(result.out.isEmpty)
      #expect(result.err == "diptych: \(file.path): binary file (a PNG image), not plain text\n")
    }
  }

  @Test func bothVersionsInOneLanguageIsSaid() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let a = directory.appendingPathComponent("a.txt")
    let b = directory.appendingPathComponent("b.txt")
    try "1. The Committee met.\n".write(to: a, atomically: true, encoding: .utf8)
    try "1. The Council met.\n".write(to: b, atomically: true, encoding: .utf8)
    let result = try runDiptych(["check", a.path, b.path])
    #expect(result.status == 2)
    #expect(result.err.contains("both versions are in English"))
  }
}

@Suite struct CLIUsageTests {
  @Test(arguments: [
    ["check", "--fail-on", "bogus", "x.txt"], ["bogus"],
    ["check", "--ignore", "no-such-code", "x.txt"],
  ])
  func usageErrorsExitTwo(arguments: [String]) throws {
    let process = Process()
    process.executableURL = CLITests.binary
    process.arguments = arguments
    let err = Pipe()
    process.standardError = err
    process.standardOutput = Pipe()
    try process.run()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(message.hasPrefix("Error: "))
  }
}
