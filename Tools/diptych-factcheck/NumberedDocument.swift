import Diptych

/// The corpus as the two versions of one document: paragraph i is "i. " and sentence i.
struct NumberedDocument {
  var english: [String]
  var chinese: [String]
  /// The number of the first paragraph.
  var firstNumber = 1

  /// The text of one version: numbered paragraphs separated by blank lines.
  func text(_ sentences: [String]) -> String {
    sentences.enumerated().map { "\($0 + firstNumber). \($1)" }.joined(separator: "\n\n") + "\n"
  }

  /// The document pair as the reader would segment it.
  var pair: DocumentPair {
    let source = PlainTextSegmenter(language: .english)
      .document(from: SourceLine.lines(of: text(english)), sourceName: "devset.en")
    let target = PlainTextSegmenter(language: .simplifiedChinese)
      .document(from: SourceLine.lines(of: text(chinese)), sourceName: "devset.zh")
    return DocumentPair(source: source, target: target)
  }

  /// Aligns and checks the pair, as `diptych check` does; with `pairedByNumbers`, pairs each
  /// paragraph with the paragraph of the same number instead of aligning, so the checks are
  /// measured apart from the aligner's mistakes.
  func run(options: Checker.Options = Checker.Options(), pairedByNumbers: Bool = false)
    -> PipelineResult
  {
    guard pairedByNumbers else { return Pipeline(checker: Checker(options: options)).run(pair) }
    let pair = self.pair
    let alignment = Self.pairedByNumbers(pair)
    return PipelineResult(
      pair: pair, alignment: alignment, findings: Checker(options: options).findings(for: alignment)
    )
  }

  /// Units pairing paragraph i with paragraph i: by position when the reader found one block a
  /// paragraph on both sides (it may not read "2801." as a label in a document starting there),
  /// else by equal label numbers; a block without a counterpart is a unit of its own.
  static func pairedByNumbers(_ pair: DocumentPair) -> Alignment {
    if pair.source.blocks.count == pair.target.blocks.count {
      let units = pair.source.blocks.indices.map {
        AlignmentUnit(id: "u\($0 + 1)", source: [$0], target: [$0], confidence: 1, method: .anchor)
      }
      return Alignment(source: pair.source, target: pair.target, units: units)
    }
    let targets = Dictionary(
      pair.target.blocks.indices.compactMap { index in
        pair.target.blocks[index].label.map { ($0.value, index) }
      }, uniquingKeysWith: { first, _ in first })
    var units: [AlignmentUnit] = []
    var paired: Set<Int> = []
    for (index, block) in pair.source.blocks.enumerated() {
      let target = block.label.flatMap { targets[$0.value] }.map { [$0] } ?? []
      paired.formUnion(target)
      units.append(
        AlignmentUnit(
          id: "u\(units.count + 1)", source: [index], target: target, confidence: 1,
          method: .anchor))
    }
    for index in pair.target.blocks.indices where !paired.contains(index) {
      units.append(
        AlignmentUnit(
          id: "u\(units.count + 1)", source: [], target: [index], confidence: 1, method: .anchor))
    }
    return Alignment(source: pair.source, target: pair.target, units: units)
  }

  /// The numbers of the paragraphs a finding covers: paragraph k of the document sits on line
  /// 2k - 1 of both versions (paragraphs are separated by blank lines).
  func paragraphs(of finding: Finding) -> Set<Int> {
    var numbers: Set<Int> = []
    for range in [finding.sourceLines, finding.targetLines].compactMap({ $0 }) {
      for line in range.first...range.last where line % 2 == 1 {
        numbers.insert((line + 1) / 2 + firstNumber - 1)
      }
    }
    return numbers
  }

  /// The paragraphs with an error of `code`, each with its findings of that code.
  func flagged(_ result: PipelineResult, code: FindingCode, severity: Severity = .error) -> [Int:
    [Finding]]
  {
    var flagged: [Int: [Finding]] = [:]
    for finding in result.findings where finding.code == code && finding.severity == severity {
      for number in paragraphs(of: finding) { flagged[number, default: []].append(finding) }
    }
    return flagged
  }
}
