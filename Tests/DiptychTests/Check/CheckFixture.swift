@testable import Diptych

/// Small English/Chinese documents read, aligned and checked as `diptych check` does.
enum CheckFixture {
  /// Two paragraphs of real UN text with no numbers, framing the paragraph under test.
  static let before = (
    english:
      "The Working Group reiterated the importance of cooperation and coordination in the group "
      + "context.",
    chinese: "工作组重申了集团情形中合作与协调的重要性。"
  )
  static let after = (
    english:
      "A view was expressed that the contractual nature of the settlement agreement should be "
      + "preserved.",
    chinese: "会上表达的一种看法是，应当维持和解协议的合约性质。"
  )

  /// The findings of the pipeline on an English and a Chinese text.
  static func run(
    _ english: String, _ chinese: String, options: Checker.Options = Checker.Options()
  ) -> PipelineResult {
    let source = PlainTextSegmenter(language: .english).document(
      from: SourceLine.lines(of: english), sourceName: "en.txt")
    let target = PlainTextSegmenter(language: .simplifiedChinese).document(
      from: SourceLine.lines(of: chinese), sourceName: "zh.txt")
    return Pipeline(checker: Checker(options: options)).run(
      DocumentPair(source: source, target: target))
  }

  /// Three numbered paragraphs; the second holds `english` / `chinese`.
  static func framed(
    _ english: String, _ chinese: String, options: Checker.Options = Checker.Options()
  ) -> PipelineResult {
    run(
      "1. \(before.english)\n\n2. \(english)\n\n3. \(after.english)\n",
      "1. \(before.chinese)\n\n2. \(chinese)\n\n3. \(after.chinese)\n", options: options)
  }

  /// The findings at warning or error.
  static func serious(_ result: PipelineResult) -> [Finding] {
    result.findings.filter { $0.severity >= .warning }
  }

  /// The id of the unit holding the source block that starts on `line`.
  static func unit(atSourceLine line: Int, in result: PipelineResult) -> String? {
    result.alignment.units.first { unit in
      unit.source.contains { result.alignment.source.blocks[$0].lines.first == line }
    }?.id
  }
}
