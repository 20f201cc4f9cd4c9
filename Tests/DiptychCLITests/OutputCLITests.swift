import Foundation
import Testing

/// What a newcomer expects of the command line: a version, output formats chosen by the file
/// name, errors that say what and where, findings located in the file they are about.
@Suite struct OutputCLITests {
  static let clean = ["en.txt", "zh.txt"].map { CLICorpus.path("unpc-synth-clean", $0) }

  private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func versionIsPrinted() throws {
    let result = try runDiptych(["--version"])
    #expect(result.status == 0)
    #expect(
      result.out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
  }

  @Test(arguments: [
    ("out.tmx", "<tmx version=\"1.4\">"), ("out.XML", "<diptych-alignment"),
    ("out.tsv", "id\tkind\t"),
    ("out.json", "\"schemaVersion\" : 1"), ("out.html", "<!DOCTYPE html>"),
  ])
  func theOutputFileNameChoosesTheFormat(name: String, marker: String) throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent(name).path
    let result = try runDiptych(["align", CLITests.seed, "-o", output])
    #expect(result.status == 0, "\(result.err)")
    #expect(try String(contentsOfFile: output, encoding: .utf8).contains(marker))
  }

  @Test func anUnknownExtensionIsAUsageError() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("out.docx").path
    let result = try runDiptych(["align", CLITests.seed, "-o", output])
    #expect(result.status == 2)
    #expect(result.err.hasPrefix("Error: '\(output)': no output format has this extension"))
    #expect(!FileManager.default.fileExists(atPath: output))
    // --format decides whatever the name.
    #expect(try runDiptych(["align", CLITests.seed, "-o", output, "--format", "tsv"]).status == 0)
  }

  @Test(arguments: [
    (["--fail-on", "warning"], "--fail-on"),
    (["--format", "xml", "--segtype", "paragraph"], "--segtype applies to tmx and tsv"),
  ])
  func alignOffersNoOptionThatWouldDoNothing(options: [String], named: String) throws {
    let result = try runDiptych(["align", CLITests.seed] + options)
    #expect(result.status == 2)
    #expect(result.err.hasPrefix("Error: ") && result.err.contains(named))
  }

  @Test func aMissingOutputFolderIsNamed() throws {
    let output = "/nonexistent-\(UUID().uuidString)/x.tmx"
    let folder = (output as NSString).deletingLastPathComponent
    for command in ["align", "check", "report"] {
      let result = try runDiptych([command, CLITests.seed, "-o", output])
      #expect(result.status == 2)
      #expect(result.err == "diptych: \(output): no such folder '\(folder)'\n")
    }
  }

  @Test func findingsPointAtTheFileTheyAreAbout() throws {
    let result = try runDiptych(["check"] + Self.clean)
    #expect(result.status == 1)
    // Chinese footnote 1 ("活动1。") is in the Chinese only: the Chinese file and line.
    #expect(
      result.out.contains(
        "\(Self.clean[1]):29: error: [footnote-missing] Chinese footnote 1 has no English "
          + "counterpart"
      ))
    let seed = try runDiptych(["check", CLITests.seed]).out.split(separator: "\n").map(String.init)
    #expect(
      seed.contains(
        "\(CLITests.seed):2: error: [number-mismatch] '2017' appears in the English only"))
    #expect(
      seed.contains(
        "\(CLITests.seed):111: error: [footnote-missing] Chinese footnote 7 has no English "
          + "counterpart"
      ))
    // Both sides matter: the English line, then a note with the Chinese line.
    let numbering = try #require(seed.firstIndex { $0.contains("[footnote-numbering]") })
    #expect(seed[numbering].hasPrefix("\(CLITests.seed):2: warning: "))
    #expect(seed[numbering + 1] == "\(CLITests.seed):97: note: the Chinese side")
  }

  @Test func batchSaysWhatItSkipsAndUsesTheJSONStatusWords() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      atPath: Self.clean[0], toPath: folder.appendingPathComponent("a.en.txt").path)
    try FileManager.default.copyItem(
      atPath: Self.clean[1], toPath: folder.appendingPathComponent("a.zh.txt").path)
    try FileManager.default.copyItem(
      atPath: CLITests.seed, toPath: folder.appendingPathComponent("bilingual.txt").path)
    try Data("notes".utf8).write(to: folder.appendingPathComponent("README.md"))
    let result = try runDiptych(["batch", folder.path])
    #expect(result.status == 1)
    #expect(
      result.err.contains(
        "diptych: warning: bilingual.txt: skipped, no language tag in its name or folders"))
    #expect(
      result.err.contains("diptych: warning: 1 .md file skipped, not a document format: README.md"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    #expect(object["status"] as? String == "flagged")
    let row = try #require(result.err.split(separator: "\n").first { $0.hasPrefix("a ") })
    #expect(row.split(separator: " ")[1] == "flagged")
    #expect(
      result.err.contains("1 pair: 0 ok, 1 flagged (a finding at or above error), 0 failed; "))
  }
}
