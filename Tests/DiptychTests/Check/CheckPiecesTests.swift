import Testing

@testable import Diptych

/// A large alignment's checks run in pieces at once give the serial findings, in order.
@Suite struct CheckPiecesTests {
  /// The devset's 4,000 paragraphs as one document, paragraph i paired with paragraph i: enough
  /// units for the checks to run in pieces.
  private static func devsetAlignment() throws -> Alignment {
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
    try #require(units.count >= Checker.minimumParallelUnits)
    return Alignment(source: source, target: target, units: units)
  }

  @Test(arguments: [0, 1, 7, 100, 10_001])
  func unitRangesCoverEveryUnitOnceInOrder(_ count: Int) {
    let document = Document(
      language: .english,
      blocks: [Block(id: "p1", kind: .paragraph, text: "Text.", lines: LineRange(line: 1))])
    let units = (0..<count).map {
      AlignmentUnit(
        id: "u\($0)", source: [0], target: $0 % 2 == 0 ? [0] : [], confidence: 1, method: .anchor)
    }
    let alignment = Alignment(source: document, target: document, units: units)
    let ranges = UnitRanges.ranges(of: alignment, threads: 2)
    #expect(ranges.flatMap { Array($0) } == Array(0..<count))
    #expect(ranges.count <= min(count, 2 * UnitRanges.piecesPerThread))
  }

  /// The number check's pieces, joined, are its findings on the units one after the other.
  @Test func numberCheckPiecesJoinAsTheSerialOne() throws {
    let alignment = try Self.devsetAlignment()
    let check = NumberMismatchCheck()
    let pieces = check.pieces(in: CheckContext(alignment: alignment))
    #expect(pieces.count == 2 * UnitRanges.piecesPerThread)
    let joined = pieces.flatMap { $0.findings() }
    let serial = alignment.units.flatMap { unit in
      check.findings(
        in: CheckContext(
          alignment: Alignment(source: alignment.source, target: alignment.target, units: [unit])))
    }
    #expect(joined == serial)
    #expect(joined.count > 20)
  }

  /// Every check at once on two threads finds what one thread finds, in the same order.
  @Test func checkerOnTwoThreadsIsTheSerialOne() throws {
    let alignment = try Self.devsetAlignment()
    let parallel = Checker(threads: 2).findings(for: alignment)
    #expect(parallel == Checker(threads: 1).findings(for: alignment))
    #expect(Set(parallel.map(\.code)).count >= 2)
  }
}
