import Diptych
import Foundation
import Testing

/// The one list of output formats: each is chosen by its file extension and writes the seed.
@Suite struct OutputFormatTests {
  @Test(arguments: OutputFormat.allCases)
  func eachFormatIsChosenByItsExtensionAndWritesTheSeed(format: OutputFormat) throws {
    #expect(OutputFormat(fileName: "out/A-78-1.\(format.fileExtension)") == format)
    #expect(OutputFormat(fileName: "A-78-1.\(format.fileExtension.uppercased())") == format)
    let result = Pipeline().run(try DocumentReader.readBilingual(Corpus.seed))
    let text = try format.writer().write(result.alignment, findings: result.findings)
    if format == .beads {
      // Beads carry sentence numbers, not text: one line a sentence pair of the alignment.
      let pairs = result.alignment.units.reduce(0) { $0 + $1.sentences.count }
      #expect(text.split(separator: "\n").count == pairs && text.hasPrefix("["))
    } else {
      #expect(text.contains("Legal Subcommittee") && text.contains("空间资源"))
    }
  }

  @Test(arguments: ["out.docx", "out", ".tmx", "archive.tmx.gz"])
  func otherNamesChooseNothing(name: String) {
    #expect(OutputFormat(fileName: name) == nil)
  }

  @Test func theJSONWriterWritesThePipelinesReportWithTheSplit() throws {
    let pair = try DocumentReader.readBilingual(Corpus.seed)
    let result = Pipeline().run(pair)
    let written = try OutputFormat.json.writer(OutputSettings(split: pair.split)).write(
      result.alignment, findings: result.findings)
    #expect(written == (try JSONReport.encode(result.report)))
    #expect(pair.split != nil && written.contains("\"split\""))
  }
}
