import Foundation
import Testing

/// `diptych check` on HTML whose footnotes are in Word's markup or in bare fn/fnref links reports
/// what it reports on the same pair as clean text.
@Suite struct HTMLFootnoteCLITests {
  /// The findings of `check` as JSON, without where they are: lines differ between formats.
  static func findings(_ english: String, _ chinese: String) throws -> [String] {
    let result = try runDiptych([
      "check", FormatCLITests.fixture(english), FormatCLITests.fixture(chinese), "--format", "json",
    ])
    #expect(result.status == 1 && result.err.isEmpty)
    let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
    let findings = try #require(object?["findings"] as? [[String: Any]])
    return findings.map { finding in
      ["code", "severity", "unit", "message", "side", "facts"].map { "\(finding[$0] ?? "-")" }
        .joined(separator: " | ")
    }
  }

  @Test(arguments: ["word.html", "fnref.html"])
  func checkReportsTheCleanTextsFootnoteFindings(format: String) throws {
    let text = try Self.findings("en.txt", "zh.txt")
    #expect(text.filter { $0.hasPrefix("footnote-missing") }.count == 4)
    #expect(try Self.findings("en.\(format)", "zh.\(format)") == text)
  }
}
