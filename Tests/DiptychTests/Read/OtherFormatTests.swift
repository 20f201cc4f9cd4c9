import Foundation
import Testing

@testable import Diptych

/// HTML, UN Parallel Corpus XML, aligned XML and PDF, and recognising formats by content.
@Suite struct OtherFormatTests {
  @Test func htmlListsStartWhereTheySayAndSkipScriptsAndNavigation() throws {
    let html = """
      <!DOCTYPE html><html><head><title>x</title><style>p { color: red }</style></head><body>
      <nav><ul><li>Home</li><li>Documents</li></ul></nav>
      <script>document.write("1. Injected paragraph.")</script>
      <h2>II. General Principles</h2>
      <ol start="3"><li>The Treaty is the cornerstone.<a href="#fn1" \
      class="footnote-ref"><sup>1</sup></a></li>
      <li>The Group is open to all.<sup>2</sup></li></ol>
      <ol type="a"><li>member States;</li><li>observers.</li></ol>
      <p>Line one<br>2022 (Stocktaking)</p>
      <section class="footnotes"><hr><ol><li id="fn1"><p>The Outer Space Treaty.<a href="#fnref1" \
      class="footnote-back">↩</a></p></li>
      <li id="fn2"><p>Rules of procedure.</p></li></ol></section>
      </body></html>
      """
    let scratch = try ScratchDirectory()
    let document = try DocumentReader.read(contentsOf: try scratch.write(html, to: "page.txt"))
    #expect(
      document.blocks.map { $0.label?.text ?? "-" } == [
        "II.", "3.", "4.", "a.", "b.", "-", "-", "-",
      ])
    #expect(document.blocks[0].kind == .heading && document.blocks[0].text == "General Principles")
    #expect(document.blocks[1].footnoteReferences.map(\.number) == [1])
    #expect(document.blocks[2].footnoteReferences.map(\.number) == [2])
    #expect(
      document.blocks.filter { $0.kind == .listItem }.map(\.text) == [
        "member States;", "observers.",
      ])
    #expect(!document.blocks.contains { $0.text.contains("Injected") || $0.text.contains("Home") })
    #expect(document.footnoteBodies[1]?.text == "The Outer Space Treaty.")
    #expect(document.footnoteBodies[2]?.text == "Rules of procedure.")
  }

  @Test func unParallelCorpusXMLGivesOneBlockPerParagraph() throws {
    let xml = """
      <?xml version="1.0" encoding="utf-8"?>
      <!DOCTYPE TEI.2 SYSTEM "tei_lite.dtd">
      <TEI.2><teiHeader><fileDesc><titleStmt><title>A/RES/70/1</title></titleStmt>\
      </fileDesc></teiHeader>
      <text><body>
      <p id="1"><s id="1:1" lang="en">I. Introduction</s></p>
      <p id="2"><s id="2:1" lang="en">1. The General Assembly met.</s><s id="2:2" lang="en">It \
      adopted the agenda.</s></p>
      <p id="3"><s id="3:1" lang="en">2. It closed the session.</s></p>
      </body></text></TEI.2>
      """
    let scratch = try ScratchDirectory()
    let document = try DocumentReader.read(contentsOf: try scratch.write(xml, to: "unpc.xml"))
    #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .paragraph])
    #expect(document.blocks[1].text == "The General Assembly met. It adopted the agenda.")
    #expect(document.blocks[1].sentences.count == 2)
    #expect(document.blocks.map(\.lines.first) == [1, 2, 3])
  }

  @Test func alignedXMLIsReadBackAsThePair() throws {
    let pair = try DocumentReader.readPair(
      source: FormatFixtures.path("seed", "en.docx"), target: FormatFixtures.path("seed", "zh.docx")
    )
    let result = Pipeline().run(pair)
    let xml = try AlignedXMLWriter().write(result.alignment, findings: result.findings)
    let scratch = try ScratchDirectory()
    let path = try scratch.write(xml, to: "aligned.xml")
    let back = try DocumentReader.readPair(source: path, target: nil)
    #expect(back.source.blocks == pair.source.blocks)
    #expect(back.target.blocks == pair.target.blocks)
    #expect(
      try DocumentReader.read(contentsOf: path, language: .simplifiedChinese).blocks
        == pair.target.blocks)
  }

  @Test(arguments: [
    ("en.docx", InputFormat.docx), ("en.html", .html), ("en.pdf", .pdf), ("en.txt", .text),
    ("zh.txt", .text),
  ])
  func formatsAreRecognisedByContent(file: String, format: InputFormat) throws {
    let bytes = try Data(contentsOf: URL(fileURLWithPath: FormatFixtures.path("seed", file)))
    #expect(InputFormat.detect([UInt8](bytes)) == format)
  }

  @Test func markupInUTF16AndWithABOMIsRecognised() {
    let utf16 =
      [UInt8]([0xFF, 0xFE]) + Array("<html><body><p>x</p></body></html>".utf8).flatMap { [$0, 0] }
    #expect(InputFormat.detect(utf16) == .html)
    #expect(
      InputFormat.detect([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\"?><TEI.2/>".utf8))
        == .unpcXML)
    #expect(InputFormat.detect(Array("<Draft> 1. The Council met.".utf8)) == .text)
    #expect(
      InputFormat.detect(Array("<?xml version=\"1.0\"?><tmx version=\"1.4\"/>".utf8)) == .otherXML)
  }

  @Test func aPDFWithoutPdftotextSaysWhichPackageToInstall() throws {
    let options = ReadOptions(pdf: PDFTextExtractor(executable: "/nonexistent/pdftotext"))
    #expect {
      try DocumentReader.read(contentsOf: FormatFixtures.path("seed", "en.pdf"), options: options)
    } throws: { error in
      let message = "\(error)"
      return message.hasSuffix(
        "en.pdf: cannot read the file: reading a PDF needs pdftotext, which is not installed: "
          + "install the Debian package poppler-utils (apt-get install poppler-utils)"
      )
    }
  }

  @Test(
    .enabled(
      if: PDFTextExtractor().resolvedExecutable() != nil,
      "pdftotext (poppler-utils) is not installed"))
  func aPDFIsReadThroughPdftotext() throws {
    let document = try DocumentReader.read(contentsOf: FormatFixtures.path("seed", "en.pdf"))
    #expect(
      document.blocks.filter { $0.kind == .heading }.compactMap(\.label?.text) == [
        "I.", "II.", "III.", "IV.",
      ])
  }

  /// The committed `pdftotext -layout` output, rearranged as PDF input is (footnote zones moved
  /// to the end, pages joined), gives the clean text's blocks, labels and footnotes, and the same
  /// alignment, whether or not poppler is installed here.
  @Test(arguments: ["en", "zh"])
  func theExtractedPDFTextGivesTheCleanTextsStructure(language: String) throws {
    let clean = try DocumentReader.read(contentsOf: FormatFixtures.path("seed", "\(language).txt"))
    let pdf = try Self.pdfDocument(language)
    func structure(_ document: Document) -> [String] {
      document.blocks.map { block in
        "\(block.kind.rawValue) \(block.label?.text ?? "-")"
          + " \(block.footnoteNumber.map(String.init) ?? "-") "
          + block.footnoteReferences.map { String($0.number) }.joined(separator: ",")
      }
    }
    #expect(structure(pdf) == structure(clean))
    #expect(pdf.footnoteBodies.count == (language == "en" ? 3 : 5))
  }

  @Test func thePDFPairAlignsLikeTheCleanPair() throws {
    let clean = try DocumentReader.readPair(
      source: FormatFixtures.path("seed", "en.txt"), target: FormatFixtures.path("seed", "zh.txt"))
    let aligner = Aligner()
    let fromText = aligner.align(source: clean.source, target: clean.target)
    let fromPDF = aligner.align(
      source: try Self.pdfDocument("en"), target: try Self.pdfDocument("zh"))
    #expect(fromPDF.units.map(\.shape) == fromText.units.map(\.shape))
    #expect(fromPDF.blockPairs == fromText.blockPairs)
  }

  @Test func pageFootnotesAreFoundOnlyAtThePageFoot() {
    let page = [
      "    4.   The Working Group shall be open to all.", "", "1", " See Official Records.", "2",
      " The item.",
    ]
    #expect(PDFPageLayout.footnoteZone(page) == 2)
    // Numbers that do not count up from the zone's first are body text, not footnotes.
    #expect(PDFPageLayout.footnoteZone(["Text.", "", "3", " A note.", "7", " Another."]) == nil)
    #expect(PDFPageLayout.footnoteZone(["Text.", "", "2022", " (Stocktaking)"]) == nil)
  }

  private static func pdfDocument(_ language: String) throws -> Document {
    let text = try String(
      contentsOfFile: FormatFixtures.path("seed", "\(language).pdf.txt"), encoding: .utf8)
    return PlainTextSegmenter(language: language == "en" ? .english : .simplifiedChinese)
      .document(
        from: SourceLine.lines(of: PDFPageLayout.rearranged(text)), sourceName: "\(language).pdf")
  }
}

/// Progress is reported from 0 to 1, never backwards, across both files of a pair.
@Suite struct ReadProgressTests {
  final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []
    func record(_ value: Double) { lock.withLock { values.append(value) } }
    var recorded: [Double] { lock.withLock { values } }
  }

  @Test func progressRisesToOneOverAPair() throws {
    let recorder = Recorder()
    let options = ReadOptions(progress: { recorder.record($0) })
    _ = try DocumentReader.readPair(
      source: FormatFixtures.path("seed", "en.docx"), target: FormatFixtures.path("seed", "zh.txt"),
      options: options)
    let values = recorder.recorded
    #expect(values.count >= 4)
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(values.last == 1)
    #expect(values.contains { $0 > 0 && $0 <= 0.5 })
  }
}
