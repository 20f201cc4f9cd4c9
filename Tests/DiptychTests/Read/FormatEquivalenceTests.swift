import Diptych
import Testing

/// Each format of the seed-structured fixture yields the document its clean text yields: the
/// same blocks, labels, footnote calls and bodies, sentences, and the same alignment.
@Suite struct FormatEquivalenceTests {
  /// What must agree between formats: everything but where in the file a block came from.
  struct BlockShape: Equatable, CustomStringConvertible {
    var kind: BlockKind
    var label: Label?
    var text: String
    var references: [FootnoteReference]
    var footnoteNumber: Int?
    var sentences: [String]
    var parent: Int?
    var level: Int?

    init(_ block: Block) {
      kind = block.kind
      label = block.label
      text = block.text
      references = block.footnoteReferences
      footnoteNumber = block.footnoteNumber
      sentences = block.sentences.map(\.text)
      parent = block.parent
      level = block.level
    }

    var description: String {
      "\(kind) \(label?.text ?? "-") \(text.debugDescription) \(references)"
        + " \(sentences) \(String(describing: parent)) \(String(describing: level))"
    }
  }

  static func shapes(_ file: String) throws -> [BlockShape] {
    try DocumentReader.read(contentsOf: FormatFixtures.path("seed", file)).blocks.map(
      BlockShape.init)
  }

  /// `word.html` and `fnref.html` are `html` with its footnotes in Word's markup and in bare
  /// fn/fnref links (Tools/formats/html_footnote_styles.py).
  @Test(arguments: ["en", "zh"], ["docx", "html", "word.html", "fnref.html"])
  func structuredFormatsReadAsTheCleanText(language: String, format: String) throws {
    let text = try Self.shapes("\(language).txt")
    let other = try Self.shapes("\(language).\(format)")
    #expect(other.count == text.count)
    for (a, b) in zip(text, other) { #expect(a == b) }
  }

  @Test func theCleanTextHasTheSeedStructure() throws {
    let english = try DocumentReader.read(contentsOf: FormatFixtures.path("seed", "en.txt"))
    #expect(
      english.blocks.filter { $0.kind == .heading }.compactMap(\.label?.text) == [
        "I.", "II.", "III.", "IV.",
      ])
    #expect(
      english.blocks.filter { $0.kind == .paragraph }.compactMap(\.label?.value) == Array(1...9))
    #expect(
      english.blocks.filter { $0.kind == .listItem }.compactMap(\.label?.caption) == [
        "Stocktaking", "Norm Mapping", "Designing", "Drafting", "Finalization",
      ])
    #expect(english.footnoteReferences.map(\.reference.number) == [1, 2, 3])
    #expect(english.footnoteBodies.keys.sorted() == [1, 2, 3])
    let chinese = try DocumentReader.read(contentsOf: FormatFixtures.path("seed", "zh.txt"))
    #expect(chinese.blocks.prefix(2).map(\.kind) == [.title, .subtitle])
    #expect(
      chinese.blocks.filter { $0.kind == .listItem }.compactMap(\.label?.text) == [
        "第一年：", "第二年：", "第三年：", "第四年：", "第五年：",
      ])
    #expect(chinese.footnoteReferences.map(\.reference.number) == [1, 2, 3, 4, 5])
  }

  @Test func theFootnoteCallStandsAfterTheSameWordInEveryFormat() throws {
    let docx = try DocumentReader.read(contentsOf: FormatFixtures.path("seed", "en.docx"))
    let block = try #require(docx.blocks.first { $0.label?.value == 1 && $0.kind == .paragraph })
    let call = try #require(block.footnoteReferences.first)
    let before = String(String.UnicodeScalarView(block.text.unicodeScalars.prefix(call.offset)))
    #expect(before.hasSuffix("in 2021."))
    #expect(call.marker == "1")
  }

  @Test(arguments: ["docx", "html", "word.html", "fnref.html"])
  func alignmentIsTheSameAsForTheCleanText(format: String) throws {
    let pipeline = Pipeline()
    func units(_ extension: String) throws -> [[Int]] {
      let pair = try DocumentReader.readPair(
        source: FormatFixtures.path("seed", "en.\(`extension`)"),
        target: FormatFixtures.path("seed", "zh.\(`extension`)"))
      return pipeline.run(pair).alignment.units.map { $0.source + [-1] + $0.target }
    }
    let text = try units("txt")
    #expect(text.count >= 20)
    #expect(try units(format) == text)
  }

  @Test func aDOCXPairGivenChineseFirstIsSwappedAndSaid() throws {
    let pair = try DocumentReader.readPair(
      source: FormatFixtures.path("seed", "zh.docx"), target: FormatFixtures.path("seed", "en.docx")
    )
    #expect(pair.source.language == .english)
    #expect(pair.notes.count == 1)
    #expect(pair.notes.first?.contains("the two were swapped") == true)
  }
}
