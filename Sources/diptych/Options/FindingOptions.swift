import ArgumentParser
import Diptych

/// Which findings to report.
struct FindingOptions: ParsableArguments {
  @Option(
    name: .customLong("ignore"),
    help: "A finding code not to report (repeatable), e.g. --ignore length-ratio.",
    transform: parseCode)
  var ignored: [FindingCode] = []

  @Option(
    help: "A file of accepted findings, one key per line (the 'key' field of the JSON output).")
  var suppressions: String?

  @Option(help: "A glossary (CSV or TSV with columns en,zh, or TBX) for the term-mismatch check.")
  var glossary: String?

  /// The pipeline that reports these findings.
  func pipeline() throws -> Pipeline {
    var options = Checker.Options(ignored: Set(ignored))
    if let suppressions {
      options.suppressions = Suppressions(parsing: try TextFile.read(suppressions))
    }
    if let glossary {
      options.glossary = try Glossary.read(contentsOf: glossary)
    }
    return Pipeline(checker: Checker(options: options))
  }
}

/// Which findings make the run fail (exit 1).
struct FailOnOption: ParsableArguments {
  @Option(
    help: "Exit 1 when a finding is at or above this severity: \(severityNames).",
    transform: parseSeverity)
  var failOn: Severity = .error

  /// Exits 1 when a finding is at or above the threshold.
  func exitIfFlagged(_ findings: [Finding]) throws {
    if findings.contains(severityAtLeast: failOn) { throw ExitCode(Failure.findingsStatus) }
  }
}

/// "error, warning or info".
private let severityNames: String = {
  let names = Severity.mostSevereFirst.map(\.rawValue)
  return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
}()

private func parseSeverity(_ text: String) throws -> Severity {
  guard let severity = Severity(rawValue: text) else {
    throw ValidationError("'\(text)' is not a severity; use \(severityNames)")
  }
  return severity
}

private func parseCode(_ text: String) throws -> FindingCode {
  guard let code = FindingCode(rawValue: text) else {
    let codes = FindingCode.allCases.map(\.rawValue).joined(separator: ", ")
    throw ValidationError("'\(text)' is not a finding code; codes: \(codes)")
  }
  return code
}
