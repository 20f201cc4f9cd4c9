import Foundation
import Testing

@testable import Diptych

/// `term-mismatch` with the bundled space-law glossary (CSV and TBX), the glossary readers,
/// and suppressions and `--ignore` at the checker level.
@Suite struct TermAndSuppressionTests {
  static let glossaryFolder = Corpus.directory.appendingPathComponent("glossary")

  static func glossary(_ name: String) throws -> Glossary {
    try Glossary.read(contentsOf: glossaryFolder.appendingPathComponent(name).path)
  }

  @Test func bundledCSVAndTBXHoldTheSameEntries() throws {
    let csv = try Self.glossary("space-law.csv")
    let tbx = try Self.glossary("space-law.tbx")
    #expect(csv.entries.count >= 30)
    #expect(csv == tbx)
    #expect(
      csv.entries.contains {
        $0.english.contains("Committee on the Peaceful Uses of Outer Space")
          && $0.chinese == ["和平利用外层空间委员会", "外空委"]
      })
  }

  @Test func sampleGlossariesReadInEveryFormat() throws {
    let samples = FormatFixtures.path("glossary", "en-zh.glossary")
    for format in ["csv", "tsv", "tbx"] {
      let glossary = try Glossary.read(contentsOf: "\(samples).\(format)")
      #expect(
        glossary.entries.contains {
          $0.english == ["Human Rights Council"] && $0.chinese == ["人权理事会"]
        }, "\(format)")
    }
  }

  @Test func tbxVersion3IsRead() throws {
    let text = """
      <?xml version="1.0" encoding="UTF-8"?>
      <tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
        <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
        <text><body>
          <conceptEntry id="c1">
            <langSec xml:lang="en"><termSec><term>Legal Subcommittee</term></termSec></langSec>
            <langSec xml:lang="zh-CN"><termSec><term>法律小组委员会</term></termSec></langSec>
          </conceptEntry>
          <conceptEntry id="c2">
            <langSec xml:lang="fr"><termSec><term>Sous-Comité juridique</term></termSec></langSec>
          </conceptEntry>
        </body></text>
      </tbx>
      """
    let glossary = try Glossary.parse(text, path: "v3.tbx")
    #expect(
      glossary.entries == [Glossary.Entry(english: ["Legal Subcommittee"], chinese: ["法律小组委员会"])])
  }

  @Test func brokenTBXIsAnErrorNamingTheFile() {
    #expect(throws: ReadError.self) {
      try Glossary.parse("<martif><text><body><termEntry>", path: "broken.tbx")
    }
    do {
      _ = try Glossary.parse("<martif><text><body><termEntry>", path: "broken.tbx")
    } catch {
      #expect("\(error)".contains("broken.tbx"))
    }
  }

  @Test func termRenderedOtherwiseIsReportedBothWays() throws {
    let options = Checker.Options(glossary: try Self.glossary("space-law.csv"))
    let english = "The Legal Subcommittee considered the item on space resources."
    let faithful = CheckFixture.framed(english, "法律小组委员会审议了空间资源议题。", options: options)
    #expect(faithful.findings.isEmpty, "\(faithful.findings.map(\.message))")

    let changed = CheckFixture.framed(english, "法律委员会审议了空间资源议题。", options: options)
    let finding = try #require(changed.findings.first { $0.code == .termMismatch })
    #expect(changed.findings.count == 1)
    #expect(finding.message == "'Legal Subcommittee' is not rendered as '法律小组委员会' in the Chinese")
    #expect(finding.severity == .warning)

    let added = CheckFixture.framed(
      "The Subcommittee considered the item on minerals.", "小组委员会审议了空间资源议题。", options: options)
    #expect(
      added.findings.map(\.message) == [
        "'空间资源' in the Chinese has no 'space resource' in the English"
      ])
  }

  @Test func shortEnglishReferenceAndPluralsAreNotMismatches() throws {
    let options = Checker.Options(glossary: try Self.glossary("space-law.tbx"))
    let result = CheckFixture.framed(
      "The Working Group shall be open to permanent observers of the Committee.",
      "工作组应向外空委永久观察员开放。", options: options)
    #expect(result.findings.isEmpty, "\(result.findings.map(\.message))")
  }

  @Test func seedWithTheGlossaryWarnsOnlyWhereTheVersionsDiffer() throws {
    let pair = try DocumentReader.readBilingual(Corpus.seed)
    let result = Pipeline(
      checker: Checker(options: Checker.Options(glossary: try Self.glossary("space-law.csv")))
    ).run(pair)
    let terms = result.findings.filter { $0.code == .termMismatch }.map(\.facts.first)
    // Each read and judged in Documentation/Checks.md: omissions and paraphrases in the Chinese,
    // and "Committee of Peaceful Uses", a typo for "on", which leaves "outer space" unmatched.
    #expect(
      terms.sorted { ($0 ?? "") < ($1 ?? "") } == [
        "Legal Subcommittee", "methods of work", "outer space", "space law", "space resource",
        "space resource",
        "terms of reference", "外空委",
      ])
  }

  // MARK: Suppressions and --ignore

  static let english =
    "1. The Subcommittee considered the agenda item in 2017.\n\n2. The Working Group reiterated "
    + "the importance of cooperation.\n"
  static let chinese = "1. 小组委员会审议了该议程项目。\n\n2. 工作组重申了合作的重要性。\n"

  @Test func suppressionKeySurvivesAParagraphInsertedBefore() throws {
    let first = CheckFixture.run(Self.english, Self.chinese)
    let finding = try #require(first.findings.first { $0.code == .numberMismatch })
    #expect(finding.message == "'2017' appears in the English only")
    let suppressions = Suppressions(
      parsing: "# accepted\n\(finding.key)  # 2017 stated in the English only\n")

    let inserted =
      "1. The Committee adopted its agenda for the session.\n\n"
      + Self.english.replacingOccurrences(of: "1. ", with: "2. ").replacingOccurrences(
        of: "\n2. The Working", with: "\n3. The Working")
    let insertedChinese =
      "1. 委员会通过了本届会议议程。\n\n"
      + Self.chinese.replacingOccurrences(of: "1. ", with: "2. ").replacingOccurrences(
        of: "\n2. 工作组", with: "\n3. 工作组")
    let edited = CheckFixture.run(inserted, insertedChinese)
    let moved = try #require(edited.findings.first { $0.code == .numberMismatch })
    #expect(moved.key == finding.key)
    #expect(moved.sourceLines != finding.sourceLines)
    let suppressed = CheckFixture.run(
      inserted, insertedChinese, options: Checker.Options(suppressions: suppressions))
    #expect(suppressed.findings.filter { $0.code == .numberMismatch }.isEmpty)

    // A different fact in the same paragraph is a new finding, not covered by the key.
    let other = CheckFixture.run(
      inserted.replacingOccurrences(of: "2017", with: "2018"), insertedChinese,
      options: Checker.Options(suppressions: suppressions))
    #expect(other.findings.contains { $0.message == "'2018' appears in the English only" })
  }

  @Test func ignoredCodesAreNotReported() {
    #expect(
      CheckFixture.run(Self.english, Self.chinese).findings.contains { $0.code == .numberMismatch })
    let ignored = CheckFixture.run(
      Self.english, Self.chinese, options: Checker.Options(ignored: [.numberMismatch]))
    #expect(ignored.findings.isEmpty)
  }
}
