import Foundation
import Testing

/// A run without its lexicon says so on standard error and still completes.
@Suite struct LexiconNoticeCLITests {
  /// Runs the built binary with `DIPTYCH_LEXICON` set to `lexicon`.
  private func run(_ arguments: [String], lexicon: String) throws -> CLIResult {
    try runDiptych(arguments, environment: ["DIPTYCH_LEXICON": lexicon, "PATH": "/usr/bin:/bin"])
  }

  @Test func aMissingLexiconIsAWarningNamingThePath() throws {
    let missing = "/nonexistent/diptych-lexicon.txt"
    let result = try run(["check", CLICorpus.seed, "--format", "json"], lexicon: missing)
    let warnings = result.err.split(separator: "\n").filter { $0.hasPrefix("diptych: warning:") }
    #expect(warnings.count == 1)
    #expect(warnings.first?.contains(missing) == true)
    #expect(warnings.first?.contains("aligning by length, numbers and labels only") == true)
    // The run still aligns and checks the pair.
    #expect(result.status == 1)
    #expect(result.out.contains("\"units\""))
  }

  @Test func theBundledLexiconGivesNoWarning() throws {
    let bundled = CLICorpus.root.appendingPathComponent(
      "Sources/Diptych/Align/Lexicon/Resources/lexicon.txt"
    ).path
    let result = try run(["check", CLICorpus.seed, "--format", "json"], lexicon: bundled)
    #expect(!result.err.contains("lexicon"))
    #expect(result.status == 1)
  }
}
