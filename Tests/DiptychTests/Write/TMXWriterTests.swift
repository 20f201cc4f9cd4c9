import Diptych
import DiptychXML
import Foundation
import Testing

@Suite struct TMXWriterTests {
  /// 2025-01-01 12:00:00 UTC.
  static let date = Date(timeIntervalSince1970: 1_735_732_800)

  static func tmx(
    _ segmentation: BitextSegmentation, source: String? = nil, target: String? = nil
  ) throws -> String {
    let writer = TMXWriter(
      options: TMXWriter.Options(
        sourceLanguage: source, targetLanguage: target, segmentation: segmentation,
        creationDate: date, toolVersion: "0.1.0"))
    return try writer.write(SeedAlignment.make(), findings: SeedAlignment.findings)
  }

  static func parsed(_ tmx: String) throws -> XMLTree.Element {
    try XMLTree.Element.parse(tmx, sourceName: "seed.tmx")
  }

  static func tus(_ root: XMLTree.Element) -> [XMLTree.Element] {
    root.firstElement(named: "body")?.elements(named: "tu") ?? []
  }

  static func prop(_ type: String, of element: XMLTree.Element) -> String? {
    element.elements(named: "prop").first { $0.attribute("type") == type }?.text
  }

  @Test(arguments: BitextSegmentation.allCases)
  func matchesTheGoldenFile(_ segmentation: BitextSegmentation) throws {
    try Golden.assertMatches(try Self.tmx(segmentation), file: "seed.\(segmentation.rawValue).tmx")
  }

  @Test(arguments: BitextSegmentation.allCases)
  func isValidAgainstTheBundledTMXDTD(_ segmentation: BitextSegmentation) throws {
    let validator = try DTDValidator(dtd: try BundledSchema.tmx14.bytes(), name: "tmx14.dtd")
    #expect(try validator.validate(try Self.tmx(segmentation), sourceName: "seed.tmx") == [])
  }

  @Test func headerHasAllRequiredAttributes() throws {
    let header = try #require(
      try Self.parsed(try Self.tmx(.sentence)).firstElement(named: "header"))
    #expect(
      header.attributes.map(\.name) == [
        "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang",
        "datatype",
        "creationdate",
      ])
    #expect(header.attribute("creationtool") == "Diptych")
    #expect(header.attribute("segtype") == "sentence")
    #expect(header.attribute("creationdate") == "20250101T120000Z")
    #expect(header.attribute("datatype") == "plaintext")
  }

  @Test(
    arguments: [(nil, nil, "en", "zh-CN"), ("en-GB", "zh-Hans", "en-GB", "zh-Hans")]
      as [(String?, String?, String, String)])
  func srclangIsExactlyTheSourceTuvLanguage(
    source: String?, target: String?, expectedSource: String, expectedTarget: String
  ) throws {
    let root = try Self.parsed(try Self.tmx(.sentence, source: source, target: target))
    #expect(root.firstElement(named: "header")?.attribute("srclang") == expectedSource)
    for tu in Self.tus(root) {
      let languages = tu.elements(named: "tuv").map { $0.attribute("xml:lang") }
      #expect(
        languages == [expectedSource, expectedTarget],
        "source tuv first in \(tu.attribute("tuid") ?? "")")
    }
  }

  @Test func sentenceModeKeepsDocumentOrderInTuidAndXOrder() throws {
    let root = try Self.parsed(try Self.tmx(.sentence))
    let tus = Self.tus(root)
    #expect(
      tus.compactMap { $0.attribute("tuid") } == [
        "u3.s1", "u3.s2", "u4.s1", "u5.s1", "u5.s2", "u5.s3", "u5.s4", "u6", "u7.s1", "u8.s1",
      ])
    #expect(
      tus.compactMap { Self.prop("x-order", of: $0) } == (1...10).map { String(format: "%04d", $0) }
    )
    // One-sided: the title (u1), the English-only heading (u2), the Chinese-only sentence (u5.s5).
    #expect(
      Self.prop("x-one-sided-units", of: try #require(root.firstElement(named: "header"))) == "3")
  }

  @Test func paragraphModeWritesOneTuPerTwoSidedUnit() throws {
    let root = try Self.parsed(try Self.tmx(.paragraph))
    let tus = Self.tus(root)
    #expect(tus.compactMap { $0.attribute("tuid") } == ["u3", "u4", "u5", "u6", "u7", "u8"])
    #expect(
      Self.prop("x-one-sided-units", of: try #require(root.firstElement(named: "header"))) == "2")
    let merged = tus[2]
    #expect(Self.prop("x-align-shape", of: merged) == "2:1")
    #expect(Self.prop("x-source-label", of: merged) == "3. 4.")
    #expect(Self.prop("x-target-label", of: merged) == nil)
    let segs = merged.elements(named: "tuv").compactMap { $0.firstElement(named: "seg")?.text }
    #expect(
      segs == [
        "3. " + SeedAlignment.paragraph3 + "\n4. " + SeedAlignment.paragraph4,
        SeedAlignment.zhMerged.joined(),
      ])
  }

  @Test func propsAndNotesComeBeforeTheTuvs() throws {
    for segmentation in BitextSegmentation.allCases {
      for tu in Self.tus(try Self.parsed(try Self.tmx(segmentation))) {
        let names = tu.elements.map(\.name)
        let firstTuv = try #require(names.firstIndex(of: "tuv"))
        #expect(names[firstTuv...].allSatisfy { $0 == "tuv" })
        #expect(names.filter { $0 == "tuv" }.count == 2)
      }
    }
  }

  @Test func findingsAreNotesOnTheFirstTuOfTheirUnit() throws {
    let tus = Self.tus(try Self.parsed(try Self.tmx(.sentence)))
    let notes = Dictionary(
      uniqueKeysWithValues: tus.map {
        ($0.attribute("tuid") ?? "", $0.elements(named: "note").map(\.text))
      })
    #expect(
      notes["u3.s1"] == [
        "info: [footnote-numbering] footnotes '1', '2' in the English are numbered '4', '5' in "
          + "the Chinese",
        "error: [number-mismatch] '2017' appears in the English only",
      ])
    #expect(notes["u3.s2"] == [])
    #expect(
      notes["u7.s1"] == [
        "warning: [year-convention] '2022' in the English is '第一年' (year one) in the Chinese"
      ])
  }

  @Test func segsHoldExactlyTheTextWithoutForbiddenCharacters() throws {
    let tmx = try Self.tmx(.sentence)
    #expect(!tmx.unicodeScalars.contains("\u{000C}"))
    let footnote = try #require(
      Self.tus(try Self.parsed(tmx)).first { $0.attribute("tuid") == "u8.s1" })
    let segs = footnote.elements(named: "tuv").compactMap { $0.firstElement(named: "seg")?.text }
    #expect(segs == [SeedAlignment.footnote1(formFeed: false), SeedAlignment.zhFootnote])
    #expect(tmx.contains("para. 245 &amp; &quot;Annex&quot; &lt;draft&gt;. 🛰️</seg>"))
  }

  @Test func damagedAlignmentThrowsInsteadOfCrashing() {
    var alignment = SeedAlignment.make()
    alignment.units[2].target = [42]
    #expect(throws: WriteError.self) { try TMXWriter().write(alignment, findings: []) }
    alignment = SeedAlignment.make()
    alignment.units[2].sentences[0].source = [7]
    #expect(throws: WriteError.self) { try TMXWriter().write(alignment, findings: []) }
  }
}
