import Foundation
import Testing

@testable import Diptych

/// Plain text is streamed from disk in chunks and read three times: what comes out must be what
/// the same text gives when it is held in memory, whatever the chunk size.
@Suite struct StreamingReadTests {
  /// Every plain-text input of the corpus and the format fixtures.
  static let textInputs: [String] =
    Corpus.entries.flatMap { entry in
      ["bilingual.txt", "en.txt", "zh.txt"].map { Corpus.path(entry, $0) }.filter {
        FileManager.default.fileExists(atPath: $0)
      }
    } + [FormatFixtures.path("seed", "en.txt"), FormatFixtures.path("seed", "zh.txt")]

  /// The lines of `path` the way the in-memory reader makes them.
  private func linesInMemory(_ path: String) throws -> [SourceLine] {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    return SourceLine.lines(of: try TextDecoder.decode(bytes, path: path).text)
  }

  private func streamedLines(_ path: String, chunkSize: Int) throws -> [SourceLine] {
    let size = try #require(try FileBytes.regularFileSize(path, limit: .max))
    return try PlainTextFile.lines(path, size: size, chunkSize: chunkSize).lines()
  }

  @Test(arguments: [7, 64, 4096])
  func fileLinesAreTheDecodedTextsLines(chunkSize: Int) throws {
    for path in Self.textInputs {
      #expect(try streamedLines(path, chunkSize: chunkSize) == linesInMemory(path), "\(path)")
    }
  }

  @Test(arguments: [
    "CRLF\r\nline two\r\n\r\nlast", "lone CR\rline two\r\rlast\r", "BOM\n\u{FEFF}",
    "no break at the end",
    "mixed\r\n\rend\n\n", "\u{FEFF}starts with a BOM\r\nand 中文 across the cut\r\n",
  ])
  func lineBreaksAgreeAcrossChunkBoundaries(text: String) throws {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(text, to: "a.txt")
    for chunkSize in [1, 2, 3, 5, 8, 1 << 20] {
      #expect(
        try streamedLines(path, chunkSize: chunkSize) == linesInMemory(path),
        "chunk \(chunkSize): \(text.debugDescription)")
    }
  }

  @Test func streamedDocumentIsTheInMemoryDocument() throws {
    for path in Self.textInputs where !path.hasSuffix("bilingual.txt") {
      let inMemory = try linesInMemory(path)
      let language = try #require(
        LanguageDetector.detect(inMemory.map(\.text).joined(separator: "\n")))
      let expected = PlainTextSegmenter(language: language).document(
        from: inMemory, sourceName: path)
      let size = try #require(try FileBytes.regularFileSize(path, limit: .max))
      let streamed = try PlainTextSegmenter(language: language).document(
        from: PlainTextFile.lines(path, size: size, chunkSize: 100), sourceName: path)
      #expect(streamed == expected, "\(path)")
      // As a large input is read: the third pass reads the blocks the second set aside in a
      // file, or (where no file can be written) reads the input again.
      var threePasses = PlainTextSegmenter(language: language)
      threePasses.keptBlocksLimit = 0
      #expect(
        try threePasses.document(
          from: PlainTextFile.lines(path, size: size, chunkSize: 100), sourceName: path)
          == expected, "\(path)")
      threePasses.spillsBlocks = false
      #expect(
        try threePasses.document(
          from: PlainTextFile.lines(path, size: size, chunkSize: 100), sourceName: path)
          == expected, "\(path)")
      #expect(try DocumentReader.read(contentsOf: path) == expected, "\(path)")
    }
  }

  @Test func blocksSetAsideAreReadBackAsTheyWere() throws {
    let spill = try #require(BlockSpill())
    var written: [(RawBlock.Summary, BlockAssembler.Joined)] = []
    // Past the writer's megabyte, so that reading refills its buffer mid-record.
    let long = String(repeating: "委员会举行了会议。 The Committee met. ", count: 20_000)
    for index in 0..<300 {
      let raw = RawBlock.Summary(
        kind: BlockKind.allCases[index % BlockKind.allCases.count],
        label: index % 3 == 0
          ? nil
          : Label(
            text: "(\(index))", style: LabelStyle.allCases[index % LabelStyle.allCases.count],
            value: index, caption: index % 3 == 1 ? "Stocktaking “\(index)”" : nil),
        footnoteNumber: index % 4 == 0 ? index : nil, level: index % 5 == 0 ? 2 : nil,
        range: LineRange(index * 10, index * 10 + index % 7),
        firstLoneNumberLine: index % 6 == 0 ? index * 10 + 1 : nil)
      var joined = BlockAssembler.Joined(
        text: index % 50 == 0 ? long : "Text \(index) 第\(index)段。", lone: [], repairs: [])
      joined.standalone = index % 2 == 0
      if index % 4 == 1 {
        joined.lone = [0..<2, 5..<(5 + index)]
        joined.repairs = [
          Repair(
            kind: .lineBreakHyphen, line: index, original: "co-\noperation",
            replacement: "cooperation")
        ]
      }
      spill.add(raw, joined)
      written.append((raw, joined))
    }
    #expect(spill.finishWriting())
    for (raw, joined) in written {
      let read = try #require(spill.next())
      #expect(read.raw == raw)
      #expect(
        read.joined.text == joined.text && read.joined.lone == joined.lone
          && read.joined.repairs == joined.repairs && read.joined.standalone == joined.standalone)
    }
    #expect(spill.next() == nil)
  }

  @Test func aBilingualFileSplitsWhereItsLinesSplit() throws {
    let lines = try linesInMemory(Corpus.seed)
    let expected = try #require(BilingualSplit.split(lines))
    let size = try #require(try FileBytes.regularFileSize(Corpus.seed, limit: .max))
    let source = try PlainTextFile.lines(Corpus.seed, size: size, chunkSize: 256)
    let streamed = try #require(try BilingualSplit.split(source))
    #expect(streamed.split == expected.split)
    #expect(try streamed.first.lines() == expected.first)
    #expect(try streamed.second.lines() == expected.second)
  }

  @Test func withoutARuleTheScriptSplitsTheFileToo() throws {
    let scratch = try ScratchDirectory()
    let text =
      "1. The Committee met.\n2. It adopted its report.\n\n3. The session closed.\n1. "
      + "委员会举行了会议。\n2. 通过了报告。\n3. 会议闭幕。\n"
    let path = try scratch.write(text, to: "both.txt")
    let expected = try #require(BilingualSplit.split(SourceLine.lines(of: text)))
    let streamed = try #require(
      try BilingualSplit.split(PlainTextFile.lines(path, size: text.utf8.count, chunkSize: 16)))
    #expect(streamed.split == expected.split && streamed.split.method == .script)
    #expect(try streamed.first.lines() == expected.first)
    #expect(try streamed.second.lines() == expected.second)
  }

  /// A sink that keeps what it is given, to compare with the documents read whole.
  private struct Collector: DocumentSink {
    var documents: [Document] = []
    mutating func begin(language: Language, sourceName: String) {
      documents.append(Document(language: language, blocks: [], sourceName: sourceName))
    }
    mutating func add(_ block: Block) { documents[documents.count - 1].blocks.append(block) }
    mutating func end(language: Language, sourceName: String, notes: SegmentationNotes) {
      documents[documents.count - 1].repairs = notes.repairs
      documents[documents.count - 1].furniture = notes.furniture
    }
  }

  @Test func streamingABilingualFileGivesTheVersionsEnglishFirst() throws {
    let pair = try DocumentReader.readBilingual(Corpus.seed)
    var collector = Collector()
    try DocumentReader.stream(contentsOf: Corpus.seed, into: &collector)
    #expect(collector.documents == [pair.source, pair.target])

    var english = Collector()
    try DocumentReader.stream(contentsOf: Corpus.seed, language: .english, into: &english)
    #expect(
      english.documents == [try DocumentReader.read(contentsOf: Corpus.seed, language: .english)])
  }

  @Test func theJSONWriterWritesWhatTheEncoderWrites() throws {
    let pair = try DocumentReader.readBilingual(Corpus.seed)
    let empty = Document(
      language: .english, blocks: [],
      furniture: [FurnitureLine(kind: .pageNumber, line: 1, text: "- 1 -")], sourceName: "empty.txt"
    )
    for documents in [[pair.source], [pair.source, pair.target], [empty], [empty, pair.target]] {
      var output = ""
      var writer = DocumentJSONWriter { output += $0 }
      for document in documents { writer.add(document) }
      writer.finish()
      #expect(output == (try JSONReport.encode(documents)) + "\n")
    }
  }

  /// The notes after the blocks are written directly, not through `JSONEncoder`: strings that
  /// need escapes, text past ASCII, a control character (left to the encoder) and empty notes
  /// come out as the encoder writes them.
  @Test func theJSONWriterWritesNotesAsTheEncoderDoes() throws {
    let pair = try DocumentReader.readBilingual(Corpus.seed)
    let block = try #require(pair.source.blocks.first)
    let texts = [
      "- 1 -", "A/RES/62/217 \"quoted\" \\ back/slash", "第 3 页", "tab\there", "bell\u{07}",
    ]
    for text in texts {
      let notes = SegmentationNotes(
        repairs: [
          Repair(kind: .splitWord, line: 3, original: "w " + text, replacement: "w" + text),
          Repair(kind: .orphanPunctuation, line: 9, original: "。", replacement: text + "。"),
        ],
        furniture: [
          FurnitureLine(kind: .runningHeader, line: 2, text: text),
          FurnitureLine(kind: .pageNumber, line: 40, text: "2"),
        ])
      for (repairs, furniture) in [
        (notes.repairs, notes.furniture), ([], notes.furniture), (notes.repairs, []), ([], []),
      ] {
        let document = Document(
          language: .traditionalChinese, blocks: [block], repairs: repairs, furniture: furniture,
          sourceName: "dir/" + text)
        var output = ""
        var writer = DocumentJSONWriter { output += $0 }
        writer.add(document)
        writer.finish()
        #expect(output == (try JSONReport.encode([document])) + "\n")
      }
    }
  }

  @Test func theTreeWriterWritesTheDump() throws {
    let pair = try DocumentReader.readBilingual(Corpus.seed)
    var output = ""
    var writer = DocumentTreeWriter { output += $0 }
    writer.add(pair.source)
    writer.add(pair.target)
    #expect(
      output == DocumentTreeDump.dump(pair.source) + "\n" + DocumentTreeDump.dump(pair.target))
    #expect(output.contains("\n\(pair.source.blocks.count) blocks\n"))
  }

  @Test func aFileThatIsNotUTF8IsDecodedWhole() throws {
    let scratch = try ScratchDirectory()
    // "委员会举行了会议。" in GB18030.
    let gb: [UInt8] = [
      0xCE, 0xAF, 0xD4, 0xB1, 0xBB, 0xE1, 0xBE, 0xD9, 0xD0, 0xD0, 0xC1, 0xCB, 0xBB, 0xE1, 0xD2,
      0xE9, 0xA1, 0xA3, 0x0A,
    ]
    let path = try scratch.write(gb, to: "gb.txt")
    let document = try DocumentReader.read(contentsOf: path)
    #expect(document.language == .simplifiedChinese)
    #expect(document.blocks.map(\.text) == ["委员会举行了会议。"])
  }
}
