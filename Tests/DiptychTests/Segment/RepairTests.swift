import Testing

@testable import Diptych

@Suite struct RepairTests {
  private let repairer = WordRepairer(lines: [
    "the working group and the following proposal on a unique platform", "long-term sustainability",
  ])

  @Test(arguments: [
    ("a w orking group", "a working group"),
    ("submits the followin g proposal", "submits the following proposal"),
    ("their long -term sustainability", "their long-term sustainability"),
    ("the (COVID -19) pandemic", "the (COVID-19) pandemic"),
    ("for decision -making by", "for decision-making by"),
  ])
  func joinsWhatExtractionSplit(damaged: String, repaired: String) {
    #expect(repairer.repair(damaged, line: 1).text == repaired)
  }

  @Test(arguments: [
    "a unique platform", "on a unique role", "item a of the list", "pages 1 - 3", "the plan s",
  ])
  func leavesRealWordsAlone(text: String) {
    let result = repairer.repair(text, line: 1)
    if text == "the plan s" {
      #expect(result.text == "the plans")  // a stray letter joins its word
    } else {
      #expect(result.text == text)
      #expect(result.repairs.isEmpty)
    }
  }

  @Test func recordsEachRepair() {
    let result = repairer.repair("a w orking and long -term plan", line: 7)
    #expect(result.repairs.map(\.kind) == [.splitWord, .spaceBeforeHyphen])
    #expect(result.repairs.allSatisfy { $0.line == 7 })
  }

  @Test func characterDamage() {
    let (text, repairs) = CharacterRepairer.repair(
      SourceLine(number: 3, text: "  the \u{FB01}rst con\u{00AD}trol\u{000C} text"))
    #expect(text == "the first control text")
    #expect(Set(repairs.map(\.kind)) == [.leadingSpace, .ligature, .softHyphen, .controlCharacter])
  }

  @Test func hyphenatedLineBreakJoinsKnownWords() {
    let document = PlainTextSegmenter(language: .english).document(
      from: SourceLine.lines(
        of: "1. The govern-\nment and the government met with non-\ngovernmental groups."))
    #expect(
      document.blocks[0].text
        == "The government and the government met with non-governmental groups.")
    #expect(document.repairs.contains { $0.kind == .lineBreakHyphen })
  }

  @Test(arguments: [
    ("__________________", FurnitureKind.footnoteRule),
    ("A/AC.105/C.2/2021/CRP.12", .runningHeader),
    ("V.21-01234", .runningHeader), ("A/AC.105/C.2/2021/CRP.12 3", .runningHeader),
    ("- 3 -", .pageNumber),
    ("第 3 页", .pageNumber),
  ])
  func pageFurniture(line: String, kind: FurnitureKind) {
    #expect(PageFurniture.kind(of: line, repeated: false) == kind)
  }

  @Test(arguments: ["The Committee met.", "一、总体建议", "(COPUOS)", "2022 (Stocktaking)"])
  func textIsNotFurniture(line: String) {
    #expect(PageFurniture.kind(of: line, repeated: false) == nil)
  }
}
