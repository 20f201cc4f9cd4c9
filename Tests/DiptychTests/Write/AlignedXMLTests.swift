import Diptych
import DiptychXML
import Foundation
import Testing

@Suite struct AlignedXMLTests {
  static func xml(formFeed: Bool = true) throws -> String {
    try AlignedXMLWriter().write(
      SeedAlignment.make(formFeed: formFeed), findings: SeedAlignment.findings)
  }

  @Test func matchesTheGoldenFile() throws {
    try Golden.assertMatches(try Self.xml(), file: "seed.xml")
  }

  @Test func isValidAgainstTheBundledSchema() throws {
    let validator = try DTDValidator(
      dtd: try BundledSchema.alignment.bytes(), name: BundledSchema.alignment.fileName)
    #expect(try validator.validate(try Self.xml(), sourceName: "seed.xml") == [])
  }

  @Test func roundTripsExactly() throws {
    let content = try AlignedXMLReader().read(try Self.xml(formFeed: false), sourceName: "seed.xml")
    #expect(content.alignment == SeedAlignment.make(formFeed: false))
    #expect(content.findings == SeedAlignment.findings)
  }

  /// A form feed cannot be written in XML 1.0: reading back gives the text without it.
  @Test func forbiddenCharactersAreTheOnlyLoss() throws {
    let content = try AlignedXMLReader().read(try Self.xml(formFeed: true), sourceName: "seed.xml")
    #expect(content.alignment == SeedAlignment.make(formFeed: false))
  }

  @Test func unattachedFindingsAndOddTextSurvive() throws {
    var alignment = SeedAlignment.make(formFeed: false)
    alignment.source.blocks[0].text = "  leading and trailing spaces\ttab\r\nCRLF  "
    alignment.source.blocks[0].label?.caption = ""
    alignment.units[0].confidence = 0.1 + 0.2
    let orphan = Finding(
      code: .termMismatch, severity: .info, unit: "u99", message: "\"COPUOS\" <-> 外空委 & more")
    let findings = SeedAlignment.findings + [orphan]
    let xml = try AlignedXMLWriter().write(alignment, findings: findings)
    let content = try AlignedXMLReader().read(xml, sourceName: "odd.xml")
    #expect(content.alignment == alignment)
    #expect(content.findings == findings)
  }

  @Test func aDifferentSchemaVersionIsRefused() throws {
    let xml = try Self.xml().replacingOccurrences(
      of: "schema-version=\"1\"", with: "schema-version=\"2\"")
    do {
      _ = try AlignedXMLReader().read(xml, sourceName: "future.xml")
      Issue.record("schema version 2 was read")
    } catch {
      #expect(
        error.description.hasPrefix("future.xml: line 3: schema version '2' is not supported"))
    }
  }

  @Test func aReferenceToAMissingBlockIsAnError() throws {
    let xml = try Self.xml().replacingOccurrences(of: "source=\"b4 b5\"", with: "source=\"b4 b55\"")
    #expect(throws: ReadError.self) { try AlignedXMLReader().read(xml, sourceName: "broken.xml") }
  }

  @Test func malformedXMLIsAReadError() {
    #expect(throws: ReadError.self) {
      try AlignedXMLReader().read("<diptych-alignment schema-version=\"1\">", sourceName: "cut.xml")
    }
  }

  /// Every case of every enumeration the file carries is allowed by the DTD, so a new case cannot
  /// produce invalid files unnoticed.
  @Test func schemaEnumeratesEveryModelValue() throws {
    let dtd = String(decoding: try BundledSchema.alignment.bytes(), as: UTF8.self)
    func missing(_ values: [String]) -> [String] {
      values.filter { value in
        !["(", "|"].contains { dtd.contains($0 + value + "|") || dtd.contains($0 + value + ")") }
      }
    }
    #expect(missing(BlockKind.allCases.map(\.rawValue)) == [])
    #expect(missing(LabelStyle.allCases.map(\.rawValue)) == [])
    #expect(missing(RepairKind.allCases.map(\.rawValue)) == [])
    #expect(missing(FurnitureKind.allCases.map(\.rawValue)) == [])
    #expect(missing(FindingCode.allCases.map(\.rawValue)) == [])
    #expect(missing(Severity.allCases.map(\.rawValue)) == [])
    #expect(missing(Language.allCases.map(\.rawValue)) == [])
    #expect(missing(["anchor", "dp"]) == [])
  }
}
