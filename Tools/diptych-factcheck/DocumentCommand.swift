import ArgumentParser
import Diptych
import Foundation

/// Runs the real pipeline on the parallel corpus read as one document of numbered paragraphs
/// ("i. " + sentence in both languages) and counts the pairs a user would see flagged.
struct DocumentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "document",
    abstract: "Segment, align and check the corpus as one document of numbered paragraphs; count pairs with a finding.")

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "The finding code counted per pair.", transform: { text in
    guard let code = FindingCode(rawValue: text) else { throw ValidationError("'\(text)' is not a finding code") }
    return code
  })
  var code: FindingCode = .numberMismatch

  @Flag(help: "Print every flagged pair with its findings.")
  var show = false

  @Flag(help: "With --show, print the blocks of each flagged unit as the reader segmented them.")
  var verbose = false

  func run() throws {
    let corpus = try corpus.load()
    let document = NumberedDocument(english: corpus.english, chinese: corpus.chinese)
    let clock = ContinuousClock()
    var result: PipelineResult?
    let elapsed = clock.measure { result = document.run() }
    guard let result else { return }
    let alignment = result.alignment

    // Paragraph i sits on line 2i - 1 of both versions (paragraphs are separated by blank
    // lines), so a finding's line ranges name its pairs; paragraph numbers above 999 are not
    // read as labels (they look like years), lines always are.
    func pairs(of finding: Finding) -> Set<Int> {
      var numbers: Set<Int> = []
      for range in [finding.sourceLines, finding.targetLines].compactMap({ $0 }) {
        for line in range.first...range.last where line % 2 == 1 { numbers.insert((line + 1) / 2) }
      }
      return numbers
    }

    let units = Dictionary(uniqueKeysWithValues: alignment.units.map { ($0.id, $0) })
    var byCode: [FindingCode: Int] = [:]
    var flagged: [Int: [Finding]] = [:]
    for finding in result.findings {
      byCode[finding.code, default: 0] += 1
      guard finding.code == code else { continue }
      for pair in pairs(of: finding) { flagged[pair, default: []].append(finding) }
    }
    let faithful = alignment.units.filter { unit in
      unit.source.count == 1 && unit.target.count == 1
        && alignment.source.blocks[unit.source[0]].lines == alignment.target.blocks[unit.target[0]].lines
    }.count

    if show {
      for (pair, findings) in flagged.sorted(by: { $0.key < $1.key }) {
        let index = pair - 1
        guard corpus.english.indices.contains(index) else { continue }
        print("#\(pair)")
        print("  EN: \(corpus.english[index])")
        print("  ZH: \(corpus.chinese[index])")
        for finding in findings { print("  \(finding.severity.rawValue): [\(finding.code.rawValue)] \(finding.message)") }
        if verbose, let unit = findings.first.flatMap({ units[$0.unit] }) {
          for index in unit.source { print("  EN block: \(alignment.source.blocks[index].label?.text ?? "") \(alignment.source.blocks[index].text)") }
          for index in unit.target { print("  ZH block: \(alignment.target.blocks[index].label?.text ?? "") \(alignment.target.blocks[index].text)") }
        }
      }
    }
    let percent = Double(flagged.count) * 100 / Double(max(corpus.english.count, 1))
    print("pairs: \(corpus.english.count); blocks: \(alignment.source.blocks.count) EN, \(alignment.target.blocks.count) ZH")
    print("units: \(alignment.units.count), of which 1:1 between the same paragraphs: \(faithful)")
    print("findings by code: " + byCode.sorted { $0.value > $1.value }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
    print("pairs with a \(code.rawValue) finding: \(flagged.count) (\(String(format: "%.2f", percent))%)")
    print("pipeline time: \(elapsed)")
  }
}

/// The corpus as the two versions of one document: paragraph i is "i. " and sentence i.
struct NumberedDocument {
  var english: [String]
  var chinese: [String]

  /// The text of one version: numbered paragraphs separated by blank lines.
  static func text(_ sentences: [String]) -> String {
    sentences.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n\n") + "\n"
  }

  /// The document pair as the reader would segment it.
  var pair: DocumentPair {
    let source = PlainTextSegmenter(language: .english)
      .document(from: SourceLine.lines(of: Self.text(english)), sourceName: "devset.en")
    let target = PlainTextSegmenter(language: .simplifiedChinese)
      .document(from: SourceLine.lines(of: Self.text(chinese)), sourceName: "devset.zh")
    return DocumentPair(source: source, target: target)
  }

  /// Aligns and checks the pair, as `diptych check` does.
  func run(options: Checker.Options = Checker.Options()) -> PipelineResult {
    Pipeline(checker: Checker(options: options)).run(pair)
  }
}
