import Testing

@testable import Diptych

/// A large alignment's units checked in two halves at once give the serial findings, in order.
@Suite struct CheckUnitHalvesTests {
  /// One finding for every third unit of `range`, naming the unit.
  private static func findings(_ range: Range<Int>) -> [Finding] {
    range.filter { $0 % 3 == 0 }.map {
      Finding(code: .numberMismatch, severity: .error, unit: "u\($0)", message: "unit \($0)")
    }
  }

  @Test(arguments: [0, 7, UnitHalves.minimumUnits - 1, UnitHalves.minimumUnits, 10_001])
  func halvesJoinInUnitOrder(_ count: Int) {
    let joined = UnitHalves.findings(units: count) { Self.findings($0) }
    #expect(joined == Self.findings(0..<count))
  }

  /// The devset's 4,000 paragraphs as one document, paragraph i paired with paragraph i, pass the
  /// threshold: the number check's findings are those of the units checked one after the other.
  @Test func numberCheckOnALargeDocumentIsTheSerialOne() throws {
    func document(_ language: String, _ lines: [String]) -> Document {
      let text = lines.enumerated().map { "\($0 + 1). \($1)" }.joined(separator: "\n\n") + "\n"
      return PlainTextSegmenter(language: language == "en" ? .english : .simplifiedChinese)
        .document(from: SourceLine.lines(of: text), sourceName: "devset.\(language)")
    }
    let source = document("en", try RealText.devset("en"))
    let target = document("zh", try RealText.devset("zh"))
    try #require(source.blocks.count == target.blocks.count)
    let units = source.blocks.indices.map {
      AlignmentUnit(id: "u\($0 + 1)", source: [$0], target: [$0], confidence: 1, method: .anchor)
    }
    #expect(units.count >= UnitHalves.minimumUnits)
    let check = NumberMismatchCheck()
    let halves = check.findings(
      in: CheckContext(alignment: Alignment(source: source, target: target, units: units)))
    let serial = units.flatMap { unit in
      check.findings(
        in: CheckContext(alignment: Alignment(source: source, target: target, units: [unit])))
    }
    #expect(halves == serial)
    #expect(halves.count > 20)
  }
}
