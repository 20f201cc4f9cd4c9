import Foundation
import Testing

/// `diptych segment` reads its plainest arguments without ArgumentParser (PlainSegmentArguments):
/// every spelling must mean what ArgumentParser makes of it, and what it does not take must
/// still reach ArgumentParser.
@Suite struct SegmentArgumentsCLITests {
  @Test func everySpellingOfTheSameOptionsWritesTheSameOutput() throws {
    let seed = CLITests.seed
    let expected = try runDiptych(["segment", seed, "--format", "json"])
    #expect(expected.status == 0)
    #expect(expected.out.hasPrefix("{\n  \"documents\" : [\n"))
    for arguments in [
      ["segment", "--format", "json", seed], ["segment", seed, "--format=json"],
      ["segment", seed, "--language", "auto", "--format", "json"],
      ["segment", "--language=auto", seed, "--format=json"],
      // Given twice, the last value counts, as ArgumentParser has it.
      ["segment", seed, "--format", "tree", "--format", "json"],
    ] {
      let result = try runDiptych(arguments)
      #expect(result.status == 0, "\(arguments)")
      #expect(result.out == expected.out, "\(arguments)")
    }
    let english = try runDiptych(["segment", seed, "--language=en", "--format=json"])
    let object = try JSONSerialization.jsonObject(with: Data(english.out.utf8)) as? [String: Any]
    #expect((object?["documents"] as? [Any])?.count == 1)
  }

  @Test(arguments: [
    ["segment", CLITests.seed, "--format", "xml"], ["segment", CLITests.seed, "--format"],
    ["segment", CLITests.seed, "--colour", "red"], ["segment", CLITests.seed, CLITests.seed],
    ["segment"],
  ])
  func whatItDoesNotTakeIsAUsageErrorFromArgumentParser(arguments: [String]) throws {
    let result = try runDiptych(arguments)
    #expect(result.status == 2)
    #expect(result.out.isEmpty)
    #expect(result.err.contains("Usage: diptych segment <file>"))
  }

  @Test func helpIsArgumentParsers() throws {
    let result = try runDiptych(["segment", CLITests.seed, "--help"])
    #expect(result.status == 0)
    #expect(result.out.contains("USAGE: diptych segment <file>"))
  }
}
