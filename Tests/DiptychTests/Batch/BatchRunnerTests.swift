import Diptych
import Foundation
import Testing

/// The batch runner on corpus pairs: order, failures, outputs and result lines.
@Suite struct BatchRunnerTests {
  static let entries = [
    "unpc-synth-clean", "unpc-synth-edits", "unpc-synth-numbered", "unpc-synth-unnumbered-zh",
  ]

  static var pairs: [BatchPair] {
    var pairs = entries.map {
      BatchPair(id: $0, source: Corpus.path($0, "en.txt"), target: Corpus.path($0, "zh.txt"))
    }
    pairs.insert(
      BatchPair(id: "missing", source: "/nonexistent/en.txt", target: "/nonexistent/zh.txt"), at: 2)
    pairs.append(BatchPair(id: "seed", source: Corpus.seed, target: nil))
    return pairs
  }

  @Test func resultsComeInInputOrderAndABadPairDoesNotStopTheRest() async throws {
    var results: [BatchResult] = []
    await BatchRunner(jobs: 3).run(Self.pairs) { results.append($0) }
    #expect(results.map(\.id) == Self.pairs.map(\.id))
    let failed = try #require(results.first { $0.id == "missing" })
    #expect(failed.status == .failed && failed.summary == nil)
    #expect(failed.error == "/nonexistent/en.txt: cannot read the file: no such file")
    for result in results where result.id != "missing" {
      let pair = try #require(Self.pairs.first { $0.id == result.id })
      let direct = Pipeline().run(
        try DocumentReader.readPair(source: pair.source, target: pair.target))
      #expect(result.status == (direct.hasFindings(atLeast: .error) ? .flagged : .ok))
      #expect(result.summary?.units == direct.alignment.units.count)
      #expect(result.findings == direct.findings)
    }
    let seed = try #require(results.last)
    #expect(seed.summary?.units == 20 && seed.count(.error) == 6)
  }

  @Test func eachPairsDocumentsAreWrittenUnderItsId() async throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    let outputs = BatchOutputs(directory: folder.path, formats: [.html, .tmx])
    let pairs = [
      BatchPair(
        id: "reports/clean", source: Corpus.path("unpc-synth-clean", "en.txt"),
        target: Corpus.path("unpc-synth-clean", "zh.txt"))
    ]
    var results: [BatchResult] = []
    await BatchRunner(jobs: 2, outputs: outputs).run(pairs) { results.append($0) }
    let expected = ["reports/clean.html", "reports/clean.tmx"].map {
      folder.url.appendingPathComponent($0).path
    }
    #expect(results.first?.outputs == expected)
    let html = try String(contentsOfFile: expected[0], encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("lang=\"zh-CN\""))
  }

  @Test func outputPathsStayInsideTheFolder() {
    let outputs = BatchOutputs(directory: "/out", formats: [])
    #expect(
      outputs.path(for: "../../etc/passwd", extension: "html") == "/out/_./_./etc/passwd.html")
    #expect(outputs.path(for: "/abs/.hidden", extension: "tmx") == "/out/abs/_hidden.tmx")
    #expect(outputs.path(for: "A-78-1", extension: "xml") == "/out/A-78-1.xml")
  }

  @Test func aResultIsOneJSONLineWithTheSchemaVersion() throws {
    let finding = Finding(
      code: .numberMismatch, severity: .error, unit: "u3",
      message: "'2017' appears in the English only", facts: ["2017"])
    let report = Pipeline().run(try DocumentReader.readBilingual(Corpus.seed)).report
    let result = BatchResult(
      pair: BatchPair(id: "A/1", source: "a.txt", target: "b.txt"), summary: report.summary,
      findings: [finding])
    let line = try result.jsonLine()
    #expect(!line.contains("\n"))
    #expect(line.hasPrefix("{\"findings\":[{\"code\":\"number-mismatch\""))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(
      object["schemaVersion"] as? Int == 1 && object["id"] as? String == "A/1"
        && object["status"] as? String == "flagged")
    let decoded = try BatchResult(jsonLine: line)
    #expect(decoded.findings == [finding] && decoded.summary?.units == 20)
  }
}
