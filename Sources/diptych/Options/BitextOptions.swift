import ArgumentParser
import Diptych

/// The bitext format and its settings.
struct BitextOptions: ParsableArguments {
  @Option(help: "Output format: json, tmx, xml, tsv or beads (default: from the -o file's extension, else json).")
  var format: BitextFormat?

  @Option(help: "TMX segmentation: sentence (default) or paragraph units.")
  var segtype: Segmentation = .sentence

  @Option(help: "BCP 47 tag of the source language in TMX.")
  var sourceLanguage: String = "en"

  @Option(help: "BCP 47 tag of the target language in TMX.")
  var targetLanguage: String = "zh-CN"

  func render(_ result: PipelineResult, defaultFormat: BitextFormat) throws -> String {
    let segmentation: BitextSegmentation = segtype == .paragraph ? .paragraph : .sentence
    do {
      switch format ?? defaultFormat {
      case .json:
        return try JSONReport.encode(result.report)
      case .tmx:
        let options = TMXWriter.Options(
          sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, segmentation: segmentation,
          toolVersion: DiptychVersion.current)
        return try TMXWriter(options: options).write(result.alignment, findings: result.findings)
      case .xml:
        return try AlignedXMLWriter().write(result.alignment, findings: result.findings)
      case .tsv:
        return try TSVWriter(segmentation: segmentation).write(result.alignment, findings: result.findings)
      case .beads:
        return try BeadsWriter().write(result.alignment, findings: result.findings)
      }
    } catch let error as WriteError {
      Failure.printError(error.description)
      throw ExitCode(Failure.inputErrorStatus)
    }
  }
}

enum BitextFormat: String, ExpressibleByArgument, CaseIterable {
  case json, tmx, xml, tsv, beads

  static func forPath(_ path: String) -> BitextFormat {
    let lower = path.lowercased()
    return allCases.first { lower.hasSuffix(".\($0.rawValue)") } ?? .json
  }
}

enum Segmentation: String, ExpressibleByArgument, CaseIterable {
  case sentence, paragraph
}
