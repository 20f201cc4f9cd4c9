import ArgumentParser
import Diptych

/// The two versions to work on: two files, or one file holding both.
struct InputOptions: ParsableArguments {
  @Argument(help: "The English version, or one file holding both versions (English, a ***** rule, then Chinese).")
  var source: String

  @Argument(help: "The Chinese version. Omit it when the first file holds both.")
  var target: String?

  @Option(help: "lines: one sentence a line, kept as given; an empty line or <p> ends a paragraph (two files).")
  var inputFormat: LinesInputFormat?

  /// Reads the pair, or prints the problem and exits 2; what the reader noticed (versions given
  /// the wrong way round) is said on standard error.
  func read() throws -> DocumentPair {
    let options = ReadOptions(progress: ProgressLine.forInputs([source] + (target.map { [$0] } ?? [])))
    let pair = try Failure.guarding { () throws(ReadError) -> DocumentPair in
      if inputFormat == .lines {
        guard let target else { throw ReadError(path: source, reason: .content("--input-format lines takes two files")) }
        return try SentenceLinesReader.readPair(source: source, target: target)
      }
      return try DocumentReader.readPair(source: source, target: target, options: options)
    }
    for note in pair.notes { Failure.printWarning(note) }
    return pair
  }
}

/// An input format chosen by the user instead of recognised by content.
enum LinesInputFormat: String, ExpressibleByArgument, CaseIterable {
  case lines
}

/// Where and how to write the result.
struct OutputOptions: ParsableArguments {
  @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
  var output: String?

  /// Writes `text` to the output file or standard output.
  func emit(_ text: String) throws {
    guard let output else {
      print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
      return
    }
    do {
      try AtomicFile.write(text.hasSuffix("\n") ? text : text + "\n", to: output)
    } catch {
      Failure.printError(error.description)
      throw ExitCode(Failure.inputErrorStatus)
    }
  }
}

/// Which findings to report and which make the run fail.
struct CheckOptions: ParsableArguments {
  @Option(help: "Exit 1 when a finding is at or above this severity: error, warning or info.", transform: parseSeverity)
  var failOn: Severity = .error

  @Option(
    name: .customLong("ignore"),
    help: "A finding code not to report (repeatable), e.g. --ignore length-ratio.", transform: parseCode)
  var ignored: [FindingCode] = []

  @Option(help: "A file of accepted findings, one key per line (the 'key' field of the JSON output).")
  var suppressions: String?

  @Option(help: "A glossary (CSV or TSV with columns en,zh, or TBX) for the term-mismatch check.")
  var glossary: String?

  /// The checker options, or a one-line error and exit 2.
  func checkerOptions() throws -> Checker.Options {
    var options = Checker.Options(ignored: Set(ignored))
    if let suppressions {
      let text = try Failure.guarding { () throws(ReadError) -> String in try TextFile.read(suppressions) }
      options.suppressions = Suppressions(parsing: text)
    }
    if let glossary {
      options.glossary = try Failure.guarding { () throws(ReadError) -> Glossary in
        try Glossary.read(contentsOf: glossary)
      }
    }
    return options
  }
}

private func parseSeverity(_ text: String) throws -> Severity {
  guard let severity = Severity(rawValue: text) else {
    throw ValidationError("'\(text)' is not a severity; use error, warning or info")
  }
  return severity
}

private func parseCode(_ text: String) throws -> FindingCode {
  guard let code = FindingCode(rawValue: text) else {
    throw ValidationError(
      "'\(text)' is not a finding code; codes: \(FindingCode.allCases.map(\.rawValue).joined(separator: ", "))")
  }
  return code
}
