import Diptych
import Foundation
import Testing

/// The DocC catalog's worked examples, one per stage, run on the corpus with a plain
/// `import Diptych`: if the public surface changes, the examples fail to compile here first.
@Suite struct CatalogExampleTests {
  private let english = Corpus.path("unpc-synth-edits", "en.txt")
  private let chinese = Corpus.path("unpc-synth-edits", "zh.txt")

  @Test func overview() throws {
    let pair = try DocumentReader.readPair(source: english, target: chinese)
    let result = Pipeline().run(pair)
    let errors = result.findings.filter { $0.severity == .error }
    #expect(errors.contains { $0.code == .unitMissing })
    let tmx = try OutputFormat.tmx.writer().write(result.alignment, findings: result.findings)
    #expect(tmx.contains("<tmx version=\"1.4\">"))
  }

  @Test func readAndSegment() throws {
    let document = try DocumentReader.read(contentsOf: chinese)
    #expect(document.blocks.contains { $0.kind == .heading && $0.label != nil })
  }

  @Test func align() throws {
    let pair = try DocumentReader.readPair(source: english, target: chinese)
    let alignment = Aligner().align(source: pair.source, target: pair.target)
    let onlyEnglish = alignment.units.filter { $0.target.isEmpty }
    #expect(!onlyEnglish.isEmpty)
    #expect(!alignment.text(of: onlyEnglish[0], side: .source).isEmpty)
  }

  @Test func check() throws {
    let pair = try DocumentReader.readPair(source: english, target: chinese)
    let alignment = Aligner().align(source: pair.source, target: pair.target)
    let glossary = try Glossary.read(contentsOf: Corpus.path("glossary", "space-law.tbx"))
    let checker = Checker(options: .init(ignored: [.lengthRatio], glossary: glossary))
    let findings = checker.findings(for: alignment)
    #expect(findings.contains { $0.severity >= .warning })
    #expect(!findings.contains { $0.code == .lengthRatio })
  }

  @Test func write() throws {
    let pair = try DocumentReader.readPair(source: english, target: chinese)
    let result = Pipeline().run(pair)
    let format = OutputFormat(fileName: "out.tmx") ?? .json
    let text = try format.writer(OutputSettings(segmentation: .sentence)).write(
      result.alignment, findings: result.findings)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "catalog-\(UUID()).tmx"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    try AtomicFile.write(text, to: path)
    #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<?xml"))
  }

  @Test func batch() async throws {
    let pairs = [BatchPair(id: "edits", source: english, target: chinese)]
    var statuses: [String] = []
    await BatchRunner(jobs: 2).run(pairs) { result in
      statuses.append("\(result.id) \(result.status)")
    }
    #expect(statuses == ["edits flagged"])
  }
}
