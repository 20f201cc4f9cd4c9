import Foundation
import Testing

@testable import Diptych

/// Writers stream their output into a file piece by piece; what arrives must be what
/// `write(_:findings:)` returns, byte for byte.
@Suite struct StreamedOutputTests {
  /// A stream that keeps the pieces it is given.
  struct Pieces: TextOutputStream {
    var pieces: [String] = []
    mutating func write(_ string: String) { pieces.append(string) }
    var text: String { pieces.joined() }
  }

  /// `count` 1:1 units of the seed's first paragraph and its Chinese: megabytes of report.
  static func long(_ count: Int) -> Alignment {
    func document(_ language: Language, _ text: String) -> Document {
      Document(
        language: language,
        blocks: (0..<count).map { index in
          Block(
            id: "b\(index + 1)", kind: .paragraph,
            label: Label(text: "\(index + 1).", style: .arabic, value: index + 1), text: text,
            sentences: [Sentence(text: text, offset: 0)], lines: LineRange(line: 2 * index + 1))
        })
    }
    return Alignment(
      source: document(.english, SeedAlignment.paragraph1),
      target: document(.simplifiedChinese, SeedAlignment.zhParagraph1),
      units: (0..<count).map { index in
        AlignmentUnit(
          id: "u\(index + 1)", source: [index], target: [index], confidence: 0.8765,
          method: .dynamicProgramme,
          sentences: [SentencePair(source: [0], target: [0], confidence: 0.5)])
      })
  }

  @Test(arguments: [false, true])
  func theStreamedSeedReportIsTheWrittenOne(formFeed: Bool) throws {
    let alignment = SeedAlignment.make(formFeed: formFeed)
    let writer = JSONReportWriter()
    var stream = Pieces()
    try writer.write(alignment, findings: SeedAlignment.findings, to: &stream)
    #expect(stream.text == (try writer.write(alignment, findings: SeedAlignment.findings)))
  }

  @Test func aLongReportArrivesInPiecesAndWhole() throws {
    let alignment = Self.long(3_000)
    let writer = JSONReportWriter()
    var stream = Pieces()
    try writer.write(alignment, findings: SeedAlignment.findings, to: &stream)
    let whole = try writer.write(alignment, findings: SeedAlignment.findings)
    #expect(whole.utf8.count > 2 << 20)
    // The units are passed on a megabyte or so at a time, never as one string.
    #expect(stream.pieces.count > 6)
    #expect(stream.pieces.allSatisfy { $0.utf8.count < 2 << 20 })
    #expect(stream.text == whole)
  }

  /// A large report's units are written on several threads, in pieces passed on in order: the
  /// bytes are the serial writer's whatever the threads, each unit and pair with its own
  /// confidence (the numbers are asked of the encoder once, before the pieces).
  @Test(arguments: [1, 2, 4])
  func aLargeReportWrittenOnThreadsIsTheSerialOne(threads: Int) throws {
    var alignment = Self.long(2_500)
    for index in alignment.units.indices {
      alignment.units[index].confidence = Double(index % 997) / 997
      alignment.units[index].sentences[0].confidence = Double(index % 89) / 89
    }
    let writer = JSONReportWriter(threads: threads)
    var stream = Pieces()
    try writer.write(alignment, findings: SeedAlignment.findings, to: &stream)
    #expect(stream.pieces.allSatisfy { $0.utf8.count < 2 << 20 })
    #expect(stream.text == (try writer.write(alignment, findings: SeedAlignment.findings)))
  }

  @Test func everyFormatStreamsWhatItWrites() throws {
    let alignment = Self.long(3)
    for format in OutputFormat.allCases where format != .tmx {  // TMX carries the time
      let writer = format.writer()
      var stream = Pieces()
      try writer.write(alignment, findings: SeedAlignment.findings, to: &stream)
      #expect(stream.text == (try writer.write(alignment, findings: SeedAlignment.findings)))
    }
  }
}

/// `AtomicFile.write(to:_:)`: the streamed file appears whole or not at all.
@Suite struct AtomicFileStreamTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  func leftovers() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test func aLongStreamedReportIsTheFile() throws {
    let path = folder.appendingPathComponent("out.json").path
    let alignment = StreamedOutputTests.long(3_000)
    var endsWithLineFeed = true
    try AtomicFile.write(to: path) { (file) throws(WriteError) in
      try JSONReportWriter().write(alignment, findings: [], to: &file)
      endsWithLineFeed = file.endsWithLineFeed
    }
    let written = try String(contentsOfFile: path, encoding: .utf8)
    #expect(written == (try JSONReportWriter().write(alignment, findings: [])))
    #expect(!endsWithLineFeed)
    #expect(try leftovers() == ["out.json"])
    try FileManager.default.removeItem(at: folder)
  }

  @Test func aFailedBodyLeavesTheOldFile() throws {
    struct Stop: Error {}
    let path = folder.appendingPathComponent("out.tsv").path
    try AtomicFile.write("old\n", to: path)
    #expect(throws: Stop.self) {
      try AtomicFile.write(to: path) { (file) throws(Stop) in
        file.write("new")
        throw Stop()
      }
    }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
    #expect(try leftovers() == ["out.tsv"])
    try FileManager.default.removeItem(at: folder)
  }

  @Test(arguments: [("a\n", true), ("a\r\n", false), ("", false), ("a", false), ("\n", true)])
  func aLineFeedEndsTheTextAsACharacter(text: String, ends: Bool) throws {
    let path = folder.appendingPathComponent("out.txt").path
    try AtomicFile.write(to: path) { file in
      // Written a byte at a time too, as a writer may end with a one-byte piece.
      for scalar in text.unicodeScalars { file.write(String(scalar)) }
      #expect(file.endsWithLineFeed == ends)
    }
    try FileManager.default.removeItem(at: folder)
  }
}
