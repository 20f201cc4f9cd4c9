import Foundation
import Testing

@testable import Diptych

/// Pairs found in folders by the naming conventions translators use.
@Suite struct BatchDiscoveryTests {
  @Test func eachConventionPairsAndLeftoversAreReported() throws {
    let folder = try BatchFolder()
    defer { folder.remove() }
    try folder.copy("unpc-synth-clean", "en.txt", to: "A-78-1.en.txt")
    try folder.copy("unpc-synth-clean", "zh.txt", to: "A-78-1.zh.txt")
    try folder.copy("unpc-synth-numbered", "en.txt", to: "A-78-2-E.txt")
    try folder.copy("unpc-synth-numbered", "zh.txt", to: "A-78-2-C.txt")
    try folder.copy("unpc-synth-edits", "en.txt", to: "reports_en/annual.txt")
    try folder.copy("unpc-synth-edits", "zh.txt", to: "reports_zh/annual.txt")
    try folder.copy("unpc-synth-unnumbered-zh", "en.txt", to: "en/S-2020-7-E.txt")
    try folder.copy("unpc-synth-unnumbered-zh", "zh.txt", to: "zh/S-2020-7-C.txt")
    try folder.copy("unpc-synth-unnumbered-zh", "en.txt", to: "unpc-synth-unnumbered-zh/en.txt")
    try folder.copy("unpc-synth-unnumbered-zh", "zh.txt", to: "unpc-synth-unnumbered-zh/zh.txt")
    try folder.copy("unpc-synth-clean", "en.txt", to: "orphan.en.txt")
    try folder.copy("unpc-synth-clean", "en.txt", to: "annex-c.txt")  // not a language tag
    try folder.copy("unpc-synth-clean", "en.txt", to: ".draft.zh.txt")
    try folder.write("{}", to: "A-78-3.en.json")

    let found = try BatchDiscovery.discover(in: folder.path)
    #expect(
      found.pairs.map(\.id) == [
        "A-78-1", "A-78-2", "S-2020-7", "reports/annual", "unpc-synth-unnumbered-zh",
      ])
    let english = found.pairs.map { ($0.source as NSString).lastPathComponent }
    let chinese = found.pairs.compactMap { $0.target.map { ($0 as NSString).lastPathComponent } }
    #expect(english == ["A-78-1.en.txt", "A-78-2-E.txt", "S-2020-7-E.txt", "annual.txt", "en.txt"])
    #expect(chinese == ["A-78-1.zh.txt", "A-78-2-C.txt", "S-2020-7-C.txt", "annual.txt", "zh.txt"])
    #expect(found.pairs.allSatisfy { $0.source.hasPrefix(folder.path) })
    #expect(found.unpaired == ["orphan.en.txt: no Chinese counterpart"])
    // Every other file left out is said, with the reason; hidden files are not.
    #expect(found.skipped.count == 2)
    #expect(
      found.skipped.first?.hasPrefix("annex-c.txt: skipped, no language tag in its name or folders")
        == true)
    #expect(found.skipped.last == "1 .json file skipped, not a document format: A-78-3.en.json")
  }

  @Test func twoFilesOfOneLanguageForOneNameAreAmbiguous() {
    let found = BatchDiscovery.pair(["X.en.txt", "X-E.txt", "X.zh.txt"], in: "/d")
    #expect(found.pairs.isEmpty)
    #expect(found.unpaired.count == 3 && found.unpaired.allSatisfy { $0.contains("ambiguous") })
  }

  @Test func theSameNameInTwoFormatsGetsTheExtensionInItsId() {
    let found = BatchDiscovery.pair(["X.en.txt", "X.zh.txt", "X.en.docx", "X.zh.docx"], in: "/d")
    #expect(found.pairs.map(\.id) == ["X.docx", "X.txt"])
  }

  @Test(arguments: [
    ("report.en", "report", false), ("report_ZH", "report", true),
    ("A-78-123-E", "A-78-123", false),
    ("A-78-123-C", "A-78-123", true), ("doc.zh-CN", "doc", true), ("en", "", false),
    ("X_chs", "X", true),
  ])
  func languageTags(name: String, base: String, chinese: Bool) throws {
    let split = try #require(LanguageTag.split(name))
    #expect(split.base == base && split.chinese == chinese)
  }

  @Test(arguments: ["annex-c", "appendix-e", "green", "Chen", "report"])
  func namesWithoutATag(name: String) {
    #expect(LanguageTag.split(name) == nil)
  }

  @Test func aMissingFolderIsAnError() {
    #expect(throws: BatchInputError.self) { try BatchDiscovery.discover(in: "/nonexistent/folder") }
  }
}
