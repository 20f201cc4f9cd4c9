import ArgumentParser
import Diptych

/// Where to write the result.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  /// Writes `text` to the output file or standard output.
  func emit(_ text: String) throws {
    guard let output else {
      print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
      return
    }
    try AtomicFile.write(text.hasSuffix("\n") ? text : text + "\n", to: output)
  }

  /// Writes what `writer` makes of the alignment to the output file or standard output, piece
  /// by piece (a long document's output is never whole in memory), ending it with a line feed.
  func emit(_ writer: any AlignmentWriter, _ alignment: Alignment, findings: [Finding]) throws {
    guard let output else {
      var standardOutput = StandardOutputStream()
      try writer.write(alignment, findings: findings, to: &standardOutput)
      if !standardOutput.ending.endsWithLineFeed { standardOutput.write("\n") }
      return
    }
    try AtomicFile.write(to: output) { (file) throws(WriteError) in
      try writer.write(alignment, findings: findings, to: &file)
      if !file.endsWithLineFeed { file.write("\n") }
    }
  }
}

/// The bitext format and its settings.
struct FormatOptions: ParsableArguments {
  @Option(
    help: "Output format: \(OutputFormat.names) (default: from the -o file's extension, else json)."
  )
  var format: OutputFormat?

  @Option(help: "TMX and TSV segmentation: sentence (default) or paragraph units.")
  var segtype: BitextSegmentation?

  @Option(help: "BCP 47 tag of the source language in TMX and HTML.")
  var sourceLanguage: String = "en"

  @Option(help: "BCP 47 tag of the target language in TMX and HTML.")
  var targetLanguage: String = "zh-CN"

  /// The format asked for: `--format`, else the output file's extension, else JSON.
  func format(writingTo output: String?) throws -> OutputFormat {
    if let format { return format }
    guard let output, output.split(separator: "/").last?.dropFirst().contains(".") == true else {
      return .json
    }
    guard let format = OutputFormat(fileName: output) else {
      throw ValidationError(
        "'\(output)': no output format has this extension; use --format (\(OutputFormat.names)) "
          + "or a file name ending in one of them")
    }
    return format
  }

  /// Fails when an option is given that the chosen format does not use.
  func validate(writingTo output: String?) throws {
    let format = try format(writingTo: output)
    if segtype != nil && ![.tmx, .tsv].contains(format) {
      throw ValidationError("--segtype applies to tmx and tsv output, not \(format.rawValue)")
    }
  }

  /// The writers' settings for a pair.
  func settings(for pair: DocumentPair) -> OutputSettings {
    OutputSettings(
      segmentation: segtype ?? .sentence, sourceLanguage: sourceLanguage,
      targetLanguage: targetLanguage,
      split: pair.split)
  }
}
