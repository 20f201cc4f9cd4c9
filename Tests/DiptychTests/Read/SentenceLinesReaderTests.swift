import Diptych
import Testing

@Suite struct SentenceLinesReaderTests {
  @Test func eachLineIsOneSentenceKeptAsGivenAndBlankLinesOrPMarkersEndParagraphs() {
    let text = """
      Armed groups also occupied a number of other medical facilities.\r
        The demonstration quickly developed into a threatening situation. 
      <p>
      The Security Council has repeatedly emphasized the need.


      Many members no longer go to their offices.
      """
    let document = SentenceLinesReader.document(
      text: text + "\n", language: .english, sourceName: "en.txt")
    #expect(document.blocks.map(\.id) == ["b1", "b2", "b3"])
    #expect(document.blocks.allSatisfy { $0.kind == .paragraph })
    #expect(
      document.blocks[0].sentences.map(\.text) == [
        "Armed groups also occupied a number of other medical facilities.",
        "  The demonstration quickly developed into a threatening situation. ",
      ])
    #expect(document.blocks.map(\.sentences.count) == [2, 1, 1])
    #expect(
      document.blocks.map(\.lines) == [LineRange(1, 2), LineRange(line: 4), LineRange(line: 7)])
    let first = document.blocks[0]
    for sentence in first.sentences {
      let start = first.text.unicodeScalars.index(
        first.text.unicodeScalars.startIndex, offsetBy: sentence.offset)
      #expect(String(first.text.unicodeScalars[start...]).hasPrefix(sentence.text))
    }
  }

  @Test func aTextOfMarkersOnlyHasNoBlocks() {
    #expect(
      SentenceLinesReader.document(text: "<p>\n\n  \n", language: .simplifiedChinese).blocks.isEmpty
    )
  }
}
