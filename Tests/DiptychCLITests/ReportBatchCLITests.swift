import Foundation
import Testing

/// `diptych report` and `diptych batch` run as a user or a pipeline would.
@Suite struct ReportBatchCLITests {
  static func corpus(_ entry: String, _ file: String) -> String {
    CLICorpus.path(entry, file)
  }

  private func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A folder with the clean and numbered synthetic pairs under two naming conventions.
  private func pairFolder() throws -> URL {
    let folder = try temporaryFolder()
    for (entry, english, chinese) in [
      ("unpc-synth-clean", "A-78-1-E.txt", "A-78-1-C.txt"),
      ("unpc-synth-numbered", "b.en.txt", "b.zh.txt"),
    ] {
      try FileManager.default.copyItem(
        atPath: Self.corpus(entry, "en.txt"), toPath: folder.appendingPathComponent(english).path)
      try FileManager.default.copyItem(
        atPath: Self.corpus(entry, "zh.txt"), toPath: folder.appendingPathComponent(chinese).path)
    }
    return folder
  }

  @Test func reportWritesOnePageWithTheFindingsAndExitsLikeCheck() throws {
    let folder = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let result = try runDiptych(["report", CLITests.seed, "-o", output.path])
    #expect(result.status == 1)
    let html = try String(contentsOf: output, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("&#39;2017&#39; appears in the English only"))
    #expect(html.contains("<mark class=\"fact sev-error\" data-findings=\"f4\">2017</mark>"))
  }

  @Test func batchWritesOneJSONLinePerPairInOrderAndATable() throws {
    let folder = try pairFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try runDiptych(["batch", folder.path, "--jobs", "2"])
    #expect(result.status == 1)
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == 2)
    let objects = try lines.map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["id"] as? String } == ["A-78-1", "b"])
    #expect(
      objects.allSatisfy {
        $0["schemaVersion"] as? Int == 1 && $0["status"] as? String == "flagged"
      })
    #expect(result.err.contains("2 pairs: 0 ok, 2 flagged (a finding at or above error), 0 failed"))
    #expect(!result.err.contains("\u{1B}["))  // no progress bar when not on a terminal
  }

  @Test func batchIsCleanWhenNothingReachesFailOn() throws {
    let folder = try pairFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("results.jsonl")
    // The synthetic pair carries a devset line with a stray Chinese footnote call ("活动1。").
    let result = try runDiptych([
      "batch", folder.path, "--fail-on", "error", "--ignore", "number-mismatch", "--ignore",
      "unit-missing",
      "--ignore", "footnote-missing", "-o", output.path,
    ])
    #expect(result.status == 0, "\(result.out)")
    #expect(try String(contentsOf: output, encoding: .utf8).split(separator: "\n").count == 2)
    #expect(result.out.contains("2 pairs: 2 ok, 0 flagged (a finding at or above error), 0 failed"))
  }

  @Test func aBadPairInAManifestIsReportedAndTheRestGoOn() throws {
    let folder = try pairFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let manifest = folder.appendingPathComponent("pairs.csv")
    try Data("source,target,id\nmissing.en.txt,missing.zh.txt,gone\nb.en.txt,b.zh.txt,bee\n".utf8)
      .write(to: manifest)
    let outputs = folder.appendingPathComponent("out")
    let result = try runDiptych([
      "batch", manifest.path, "--output-dir", outputs.path, "--emit", "html", "--emit", "tmx",
    ])
    #expect(result.status == 2)
    #expect(
      result.err.contains(
        "diptych: \(folder.path)/missing.en.txt: cannot read the file: no such file"))
    let ids = result.out.split(separator: "\n").compactMap { line in
      (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
    }
    #expect(ids == ["gone", "bee"])
    #expect(FileManager.default.fileExists(atPath: outputs.appendingPathComponent("bee.html").path))
    #expect(FileManager.default.fileExists(atPath: outputs.appendingPathComponent("bee.tmx").path))
  }

  @Test func shardsTogetherCoverTheBatchOnce() throws {
    let folder = try pairFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let ids = try (0..<3).flatMap { index in
      try runDiptych(["batch", folder.path, "--shard", "\(index)/3"]).out.split(separator: "\n")
        .compactMap { line in
          (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"]
            as? String
        }
    }
    #expect(ids.sorted() == ["A-78-1", "b"])
  }

  @Test(arguments: [
    ["batch", ".", "--shard", "3/3"], ["batch", ".", "--jobs", "0"],
    ["batch", ".", "--emit", "html"],
  ])
  func usageErrorsExitTwo(arguments: [String]) throws {
    let result = try runDiptych(arguments)
    #expect(result.status == 2)
    #expect(result.err.hasPrefix("Error: "))
  }
}
