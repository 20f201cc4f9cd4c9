import Diptych
import Testing

@Suite struct GoldAlignmentTests {
  @Test(arguments: [
    "unpc-synth-numbered/gold.align", "unpc-synth-edits/gold.align",
    "unpc-synth-edits/gold.sentences.align", "unpc-synth-unnumbered-zh/gold.align",
  ])
  func corpusFileRoundTripsByteForByte(_ path: String) throws {
    let parts = path.split(separator: "/").map(String.init)
    let text = try CorpusFiles.text(parts[0], parts[1])
    let pairs = try GoldAlignment.parse(text)
    #expect(!pairs.isEmpty)
    #expect(GoldAlignment.format(pairs) == text)
  }

  @Test func editsEntryHoldsEveryShape() throws {
    let pairs = try GoldAlignment.parse(try CorpusFiles.text("unpc-synth-edits", "gold.align"))
    let shapes = Set(pairs.map { "\($0.source.count):\($0.target.count)" })
    #expect(shapes == ["1:1", "1:0", "2:1", "1:2"])
    #expect(pairs.contains(GoldPair(source: [2], target: [])))
  }

  @Test func toleratesSpacesCostFieldCRLFAndBlankLines() throws {
    let text = "[0]:[0]\r\n  [ 1 ,2 ] : [1]  \n\n[3]:[]:0.25\n[]:[2, 3]:-1e-3\n"
    let pairs = try GoldAlignment.parse(text)
    #expect(
      pairs == [
        GoldPair(source: [0], target: [0]), GoldPair(source: [1, 2], target: [1]),
        GoldPair(source: [3], target: []), GoldPair(source: [], target: [2, 3]),
      ])
    #expect(GoldAlignment.format(pairs) == "[0]:[0]\n[1, 2]:[1]\n[3]:[]\n[]:[2, 3]\n")
  }

  @Test(arguments: [
    ("[0]:[0]\n[1]:[1]\n[2]:[x]\n", 3, "target side"),
    ("[0]:[0]\n\n[1] [1]\n", 3, "one or two"),
    ("0:[0]\n", 1, "source side"),
    ("[0,]:[0]\n", 1, "source side"),
    ("[-1]:[0]\n", 1, "source side"),
    ("[0]:[0]:cheap\n", 1, "third field"),
  ])
  func badLineIsNamed(_ text: String, _ line: Int, _ reason: String) {
    #expect {
      try GoldAlignment.parse(text)
    } throws: { error in
      guard let error = error as? GoldAlignmentError else { return false }
      return error.line == line && error.reason.contains(reason)
        && error.description.hasPrefix("line \(line): ")
    }
  }
}
