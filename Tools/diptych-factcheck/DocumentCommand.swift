import ArgumentParser
import Diptych
import Foundation

/// Runs the real pipeline on the parallel corpus read as one document of numbered paragraphs
/// ("i. " + sentence in both languages) and counts the pairs a user would see flagged.
struct DocumentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "document",
    abstract:
      "Segment, align and check the corpus as one document of numbered paragraphs; count pairs "
      + "with a finding."
  )

  @OptionGroup var corpus: CorpusOptions

  @Option(
    help: "The finding code counted per pair.",
    transform: { text in
      guard let code = FindingCode(rawValue: text) else {
        throw ValidationError("'\(text)' is not a finding code")
      }
      return code
    })
  var code: FindingCode = .numberMismatch

  @Option(
    help: "The severity counted (error, warning, info).",
    transform: { text in
      guard let severity = Severity(rawValue: text) else {
        throw ValidationError("'\(text)' is not a severity")
      }
      return severity
    })
  var severity: Severity = .error

  @Flag(help: "Pair paragraphs by their numbers instead of aligning them (the checks alone).")
  var pairedByNumbers = false

  @Flag(help: "Print every flagged pair with its findings.")
  var show = false

  @Flag(help: "With --show, print the blocks of each flagged unit as the reader segmented them.")
  var verbose = false

  func run() throws {
    let corpus = try corpus.load()
    let document = NumberedDocument(
      english: corpus.english, chinese: corpus.chinese, firstNumber: corpus.firstNumber)
    let clock = ContinuousClock()
    var result: PipelineResult?
    let elapsed = clock.measure { result = document.run(pairedByNumbers: pairedByNumbers) }
    guard let result else { return }
    let alignment = result.alignment

    let units = Dictionary(uniqueKeysWithValues: alignment.units.map { ($0.id, $0) })
    var byCode: [FindingCode: Int] = [:]
    for finding in result.findings { byCode[finding.code, default: 0] += 1 }
    let flagged = document.flagged(result, code: code, severity: severity)
    let faithful = alignment.units.filter { unit in
      unit.source.count == 1 && unit.target.count == 1
        && alignment.source.blocks[unit.source[0]].lines
          == alignment.target.blocks[unit.target[0]].lines
    }.count

    if show {
      for (pair, findings) in flagged.sorted(by: { $0.key < $1.key }) {
        let index = pair - corpus.firstNumber
        guard corpus.english.indices.contains(index) else { continue }
        print("#\(pair)")
        print("  EN: \(corpus.english[index])")
        print("  ZH: \(corpus.chinese[index])")
        for finding in findings {
          print("  \(finding.severity.rawValue): [\(finding.code.rawValue)] \(finding.message)")
        }
        if verbose, let unit = findings.first.flatMap({ units[$0.unit] }) {
          for index in unit.source {
            print(
              "  EN block: \(alignment.source.blocks[index].label?.text ?? "")"
                + " \(alignment.source.blocks[index].text)"
            )
          }
          for index in unit.target {
            print(
              "  ZH block: \(alignment.target.blocks[index].label?.text ?? "")"
                + " \(alignment.target.blocks[index].text)"
            )
          }
        }
      }
    }
    let percent = Double(flagged.count) * 100 / Double(max(corpus.english.count, 1))
    print(
      "pairs: \(corpus.english.count); blocks: \(alignment.source.blocks.count) EN, "
        + "\(alignment.target.blocks.count) ZH"
    )
    let withNumbers = zip(corpus.english, corpus.chinese).filter { english, chinese in
      !FactExtractor.facts(in: english, language: .english).isEmpty
        || !FactExtractor.facts(in: chinese, language: .simplifiedChinese).isEmpty
        || !ChineseNumberSeeder.numbers(in: chinese).isEmpty
    }.count
    let withDigits = zip(corpus.english, corpus.chinese).filter { english, chinese in
      (english + chinese).unicodeScalars.contains { $0.properties.numericType == .decimal }
    }.count
    print(
      "pairs with a number on either side (a fact read, or a number the seeder changes): "
        + "\(withNumbers), with a digit: \(withDigits)")
    print("units: \(alignment.units.count), of which 1:1 between the same paragraphs: \(faithful)")
    print(
      "findings by code: "
        + byCode.sorted { $0.value > $1.value }.map { "\($0.key.rawValue) \($0.value)" }.joined(
          separator: ", "))
    print(
      "pairs with a \(code.rawValue) \(severity.rawValue): \(flagged.count)"
        + " (\(String(format: "%.2f", percent))%)"
    )
    print("pipeline time: \(elapsed)")
  }
}
