import Foundation
import Testing

@testable import Diptych

/// The JSON report writes its units directly: it must be what `JSONEncoder` writes, byte for byte.
@Suite struct AlignmentReportJSONTests {
  @Test(arguments: [false, true])
  func theSeedReportIsTheEncodersReport(formFeed: Bool) throws {
    // With the form feed, a control character sends the units back to the encoder.
    let report = AlignmentReport(
      alignment: SeedAlignment.make(formFeed: formFeed), findings: SeedAlignment.findings)
    #expect(try JSONReport.encode(report) == (try JSONReport.encodeValue(report)))
  }

  @Test func aCorpusReportIsTheEncodersReport() throws {
    let pair = try DocumentReader.readBilingual(Corpus.seed)
    let report = Pipeline().run(pair).report
    #expect(!report.units.isEmpty)
    #expect(try JSONReport.encode(report) == (try JSONReport.encodeValue(report)))
  }

  @Test func aReportWithoutUnitsIsTheEncodersReport() throws {
    let empty = Document(language: .english, blocks: [])
    let report = AlignmentReport(
      alignment: Alignment(
        source: empty, target: Document(language: .simplifiedChinese, blocks: []), units: []),
      findings: [])
    #expect(try JSONReport.encode(report) == (try JSONReport.encodeValue(report)))
  }
}
