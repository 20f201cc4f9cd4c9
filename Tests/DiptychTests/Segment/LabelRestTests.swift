import Testing

@testable import Diptych

/// A labelled raw block carries its first line's text after the label, as the builder's parse
/// found it: it must be what parsing that line again gives, which joining did before.
@Suite struct LabelRestTests {
  @Test(arguments: [Language.english, .simplifiedChinese])
  func theRestCarriedIsTheRestOfTheFirstLineParsedAgain(language: Language) {
    var checked = 0
    for numbered in [true, false] {
      var builder = BlockBuilder(language: language, numbered: numbered, fullWidth: 80)
      var blocks: [RawBlock] = []
      for (index, text) in FastPathEquivalenceTests.allLines.enumerated() {
        if text.isEmpty {
          builder.blank()
        } else {
          builder.add(
            SourceLine(number: index + 1, text: text),
            loneNumber: text.allSatisfy(\.isASCIIDigit) && text.count <= 3)
        }
        blocks += builder.take()
      }
      blocks += builder.finish()
      for block in blocks where block.label != nil {
        guard let rest = block.labelRest, let first = block.lines.first else { continue }
        #expect(rest == LabelParser.parse(first.text)?.rest, "\(first.text.debugDescription)")
        checked += 1
      }
    }
    #expect(checked > 20)
  }
}
