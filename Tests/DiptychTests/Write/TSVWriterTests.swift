import Diptych
import Testing

@Suite struct TSVWriterTests {
  @Test(arguments: BitextSegmentation.allCases)
  func matchesTheGoldenFile(_ segmentation: BitextSegmentation) throws {
    let tsv = try TSVWriter(segmentation: segmentation).write(SeedAlignment.make(), findings: [])
    try Golden.assertMatches(tsv, file: "seed.\(segmentation.rawValue).tsv")
  }

  @Test func everyLineHasSevenFieldsAndOneSidedUnitsAreKept() throws {
    let tsv = try TSVWriter(segmentation: .paragraph).write(SeedAlignment.make(), findings: [])
    #expect(tsv.hasSuffix("\n"))
    let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1 + SeedAlignment.units.count)
    #expect(
      lines.first == "id\tkind\tsource_label\tsource_text\ttarget_label\ttarget_text\tconfidence")
    for line in lines {
      #expect(line.split(separator: "\t", omittingEmptySubsequences: false).count == 7)
    }
    #expect(lines[1] == "u1\ttitle\t\t\t\t\(SeedAlignment.zhTitle)\t0.5")
    let merged = lines[5].split(separator: "\t", omittingEmptySubsequences: false)
    // The two English paragraphs' line break became a space; labels are in their own column.
    #expect(merged[2] == "3. 4.")
    #expect(merged[3] == SeedAlignment.paragraph3 + " " + SeedAlignment.paragraph4)
    #expect(merged[6] == "0.713")
  }

  @Test func fieldsLoseTabsLineBreaksAndControls() {
    #expect(TSVWriter.field("a\tb\r\nc\u{000C}d\u{2028}e") == "a b  c d e")
    #expect(TSVWriter.field("第一年：盘点") == "第一年：盘点")
  }
}
