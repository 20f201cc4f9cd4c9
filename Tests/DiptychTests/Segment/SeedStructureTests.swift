import Testing

@testable import Diptych

/// The structure a reader sees in the bundled submission, as issue 2 states it.
@Suite struct SeedStructureTests {
  let pair: DocumentPair

  init() throws {
    pair = try DocumentReader.readBilingual(Corpus.seed)
  }

  private func blocks(_ document: Document, _ kind: BlockKind) -> [Block] {
    document.blocks.filter { $0.kind == kind }
  }

  @Test func splitsAtTheRuleAndOrdersEnglishFirst() {
    #expect(pair.source.language == .english)
    #expect(pair.target.language == .simplifiedChinese)
    #expect(pair.split?.method == .rule)
    #expect(pair.split?.firstEndLine == 92)
    #expect(pair.split?.secondStartLine == 95)
  }

  @Test func englishHeadingsAreOneToFour() {
    let headings = blocks(pair.source, .heading)
    #expect(headings.map { $0.label?.text } == ["I.", "II.", "III.", "IV."])
    #expect(headings.map { $0.label?.value } == [1, 2, 3, 4])
    #expect(
      headings.map(\.text) == [
        "Introduction and Background", "General Principles", "Working Method", "Workplan",
      ])
  }

  @Test func englishParagraphsAreOneToNine() {
    let paragraphs = blocks(pair.source, .paragraph)
    #expect(paragraphs.map { $0.label?.value } == Array(1...9).map { Optional($0) })
    #expect(paragraphs[0].text.hasPrefix("The Legal Subcommittee of the Committee"))
    #expect(paragraphs[8].text.hasSuffix("proposes a workplan as follows:"))
  }

  @Test func workplanYearsAreListItemsOfParagraphNine() throws {
    let items = blocks(pair.source, .listItem)
    #expect(items.map { $0.label?.value } == [2022, 2023, 2024, 2025, 2026])
    #expect(
      items.map { $0.label?.caption } == [
        "Stocktaking", "Norm Mapping", "Designing", "Drafting", "Finalization",
      ])
    let paragraphNine = try #require(
      pair.source.blocks.firstIndex { $0.label?.value == 9 && $0.kind == .paragraph })
    #expect(items.allSatisfy { $0.parent == paragraphNine })
    #expect(items[0].text.hasPrefix("Collect information concerning"))
  }

  @Test func englishFootnoteCallsAreOneTwoThreeAndNoRealNumbers() {
    let paragraphs = blocks(pair.source, .paragraph)
    #expect(paragraphs[0].footnoteReferences.map(\.number) == [1, 2])
    #expect(paragraphs[1].footnoteReferences.map(\.number) == [3])
    #expect(pair.source.footnoteReferences.map(\.reference.number) == [1, 2, 3])
    // 56th, 2017, 60th, 2021 and COVID-19 stay in the text.
    for kept in [
      "56th Session, in 2017,", "60th session of the Legal Subcommittee, in 2021, aiming",
    ] {
      #expect(paragraphs[0].text.contains(kept))
    }
    #expect(paragraphs[7].text.contains("(COVID-19)"))
  }

  @Test func footnoteCallsPointAtWhereTheyStood() {
    let paragraph = blocks(pair.source, .paragraph)[0]
    let scalars = Array(paragraph.text.unicodeScalars)
    let first = paragraph.footnoteReferences[0]
    #expect(
      String(String.UnicodeScalarView(scalars[(first.offset - 8)..<first.offset])) == "in 2021,")
    #expect(
      String(String.UnicodeScalarView(scalars[first.offset..<(first.offset + 7)])) == " aiming")
    #expect(paragraph.footnoteReferences[1].offset == scalars.count)
  }

  @Test func englishExtractionDamageIsRepaired() {
    let repairs = Set(
      pair.source.repairs.map { "\($0.kind.rawValue):\($0.original)->\($0.replacement)" })
    for expected in [
      "split-word:w orking->working", "split-word:followin g->following",
      "space-before-hyphen:long -term->long-term", "space-before-hyphen:(COVID -19)->(COVID-19)",
      "space-before-hyphen:decision -making->decision-making",
    ] {
      #expect(repairs.contains(expected), "missing repair \(expected)")
    }
    let text = pair.source.blocks.map(\.text).joined(separator: "\n")
    #expect(text.contains("a working group") && text.contains("the following proposal"))
    #expect(!text.contains("w orking") && !text.contains(" -"))
    #expect(pair.source.repairs.contains { $0.kind == .leadingSpace && $0.line == 21 })
  }

  @Test func chineseTitleSubtitleAndHeadings() {
    let target = pair.target
    #expect(target.blocks[0].kind == .title)
    #expect(target.blocks[0].text == "关于成立空间资源活动国际规则工作组的书面建议")
    #expect(target.blocks[1].kind == .subtitle)
    #expect(target.blocks[1].text == "（中国代表团提交）")
    let headings = blocks(target, .heading)
    #expect(headings.map { $0.label?.text } == ["一、", "二、", "三、"])
    #expect(headings.map { $0.label?.value } == [1, 2, 3])
    #expect(headings.map(\.text) == ["总体建议", "工作方法", "工作计划"])
  }

  @Test func chineseHasNineUnnumberedParagraphsJoinedAcrossLines() {
    let paragraphs = blocks(pair.target, .paragraph)
    #expect(paragraphs.count == 9)
    #expect(paragraphs.allSatisfy { $0.label == nil })
    #expect(paragraphs[0].text.hasPrefix("联合国外空委法律小组委员会自第 56 届会议开始"))
    #expect(paragraphs[0].text.hasSuffix("本着包容的态度广泛交换意见。"))
    #expect(paragraphs[3].text.hasSuffix("开发和利用所涉及的法律、政策和治理问题进行全面、实质地审议。"))
    #expect(paragraphs[8].text.hasPrefix("为使工作组循序渐进开展工作"))
    #expect(!paragraphs.contains { $0.text.contains("\n") })
  }

  @Test func chineseRelativeYearsAreListItems() {
    let items = blocks(pair.target, .listItem)
    #expect(items.map { $0.label?.text } == ["第一年：", "第二年：", "第三年：", "第四年：", "第五年："])
    #expect(items.map { $0.label?.value } == [1, 2, 3, 4, 5])
    #expect(items.map { $0.label?.style } == Array(repeating: .relativeYear, count: 5))
  }

  @Test func chineseFootnoteCallsAreFourToEight() {
    let paragraphs = blocks(pair.target, .paragraph)
    #expect(paragraphs[0].footnoteReferences.map(\.number) == [4, 5])
    #expect(paragraphs[1].footnoteReferences.map(\.number) == [6])
    #expect(paragraphs[2].footnoteReferences.map(\.number) == [7])
    #expect(paragraphs[5].footnoteReferences.map(\.number) == [8])
    #expect(pair.target.footnoteReferences.map(\.reference.number) == [4, 5, 6, 7, 8])
    #expect(
      paragraphs[0].text.contains("第 56 届") && paragraphs[0].text.contains("2021 年小组委员会第 60 届"))
  }

  @Test func chineseRuleIsFurnitureAndLoneStopIsJoined() {
    #expect(pair.target.furniture.map(\.kind) == [.footnoteRule])
    #expect(pair.target.furniture.first?.line == 135)
    #expect(!pair.target.blocks.contains { $0.text.contains("____") })
    let first = blocks(pair.target, .listItem)[0]
    #expect(first.text.hasSuffix("兼容性）。"))
    #expect(first.lines == LineRange(138, 140))
    #expect(pair.target.repairs.contains { $0.kind == .orphanPunctuation && $0.line == 140 })
  }

  @Test func everyNonBlankLineIsInABlockOrFurniture() throws {
    let lines = SourceLine.lines(of: try InputLoader.readText(Corpus.seed))
    for document in [pair.source, pair.target] {
      for line in lines where !line.text.trimmingWhitespace().isEmpty {
        let inside =
          document.blocks.contains { $0.lines.first <= line.number && line.number <= $0.lines.last }
          || document.furniture.contains { $0.line == line.number }
        let belongsHere = document.language == .english ? line.number <= 92 : line.number >= 95
        if belongsHere { #expect(inside, "line \(line.number) '\(line.text)' is in no block") }
      }
    }
  }
}
