import DiptychXML
import Testing

@Suite struct DTDValidatorTests {
  private let validator: DTDValidator

  init() throws {
    validator = try DTDValidator(dtd: try Fixtures.bytes("tmx14.dtd"), name: "tmx14.dtd")
  }

  @Test(arguments: Fixtures.names(extension: ".tmx"))
  func sharedSamplesAreValid(_ name: String) throws {
    #expect(try validator.validate(try Fixtures.bytes(name), sourceName: name) == [])
  }

  /// Broken in ways the DTD describes: each is reported, with the line of the offending element.
  @Test(arguments: [
    ("bad/bad_namespace.tmx", "xmlns", 3),
    ("bad/bad_nolang.tmx", "xml:lang", 15),
    // An element's line is where its start tag ends: this header tag spans lines 4-6.
    ("bad/bad_segtype.tmx", "segtype", 6),
    ("bad/bad_xmlspace_on_seg.tmx", "attribute space of element seg", 14),
    ("bad/bad_twoseg.tmx", "got (seg seg)", 26),
  ])
  func dtdInvalidSamplesAreReported(_ name: String, mentioning word: String, line: Int) throws {
    let diagnostics = try validator.validate(try Fixtures.bytes(name), sourceName: name)
    #expect(!diagnostics.isEmpty)
    #expect(diagnostics.contains { $0.message.contains(word) && $0.line == line }, "\(diagnostics)")
  }

  /// Not well-formed (a form feed; `&nbsp;` with no DTD to declare it): parsing already fails.
  @Test(arguments: ["bad/bad_ctrlchar.tmx", "bad/bad_entity.tmx"])
  func malformedSamplesThrow(_ name: String) {
    #expect(throws: XMLParseError.self) {
      try validator.validate(try Fixtures.bytes(name), sourceName: name)
    }
  }

  /// Broken only by rules a DTD cannot state (dates, srclang, bpt/ept pairing): DTD-valid.
  @Test(arguments: [
    "bad/bad_date_format.tmx", "bad/bad_srclang_mismatch.tmx", "bad/bad_bpt_ept_unpaired.tmx",
  ])
  func semanticOnlyBreakageIsBeyondTheDTD(_ name: String) throws {
    #expect(try validator.validate(try Fixtures.bytes(name), sourceName: name) == [])
  }

  @Test func everyBadSampleIsCovered() {
    #expect(Fixtures.names(in: "bad", extension: ".tmx").count == 10)
  }

  @Test func malformedDTDIsRejected() {
    #expect(throws: XMLParseError.self) {
      try DTDValidator(dtd: "<!ELEMENT a (b", name: "broken.dtd")
    }
  }

  @Test func validationIgnoresTheDocumentsOwnDoctype() throws {
    let own = try DTDValidator(dtd: "<!ELEMENT r (#PCDATA)>", name: "r.dtd")
    let document = #"<!DOCTYPE r [<!ELEMENT r (x)>]><r>text</r>"#
    #expect(try own.validate(document, sourceName: "r.xml") == [])
    let diagnostics = try own.validate("<r><x/></r>", sourceName: "r.xml")
    #expect(
      diagnostics.map(\.message) == [
        "Element r was declared #PCDATA but contains non text nodes",
        "No declaration for element x",
      ])
  }
}
