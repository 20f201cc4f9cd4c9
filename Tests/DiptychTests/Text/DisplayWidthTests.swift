import Diptych
import Testing

@Suite struct DisplayWidthTests {
  @Test func everySeedLineTakesOneColumnPerASCIICharacterAndTwoPerChineseOne() throws {
    let lines = try RealText.seed().split(separator: "\n")
    #expect(lines.count > 100)
    for line in lines {
      // The seed's non-ASCII characters are all Han or CJK punctuation (、。《》（），：).
      let expected = line.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 1 : 2) }
      #expect(DisplayWidth.columns(of: line) == expected, "\(line)")
    }
  }

  @Test func mixedSeedLines() {
    #expect(DisplayWidth.columns(of: "联合国外空委法律小组委员会自第 56 届会议开始，就空间资源") == 2 * 26 + 4)
    #expect(DisplayWidth.columns(of: "（中国代表团提交）") == 18)
    #expect(DisplayWidth.columns(of: "2022 (Stocktaking)") == 18)
    #expect(DisplayWidth.columns(of: "（及其和先行原则或规则的兼容性）"[...]) == 32)
  }

  @Test(
    arguments: [
      ("。，、：；！？（）《》", 22), ("２０２１", 8), ("￥１００", 8), ("한국어", 6), ("カタカナ", 8), ("ｶﾀｶﾅ", 4),
      ("\u{3000}", 2), ("𠀀", 2), ("\u{1F600}", 2),
      ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", 2),
      ("\u{2764}\u{FE0F}", 2), ("\u{1F1E8}\u{1F1F3}", 2), ("e\u{301}", 1), ("\u{301}", 0),
      ("a\u{200B}b", 2),
      ("\t\n\r\n", 0), ("\u{7F}", 0), ("Ke\u{301}vin", 5), ("\u{1100}\u{1161}\u{11A8}", 2), ("", 0),
    ] as [(String, Int)])
  func widthsByUnicodeClass(text: String, columns: Int) {
    #expect(DisplayWidth.columns(of: text) == columns)
  }

  @Test func ambiguousPunctuationIsWideOnlyNextToWideCharacters() {
    #expect(DisplayWidth.columns(of: "他说：“我们同意。”") == 20)
    #expect(DisplayWidth.columns(of: "苹果……") == 8)
    #expect(
      DisplayWidth.columns(of: "He said \u{201C}yes\u{201D} \u{2026} and left\u{2014}quickly.")
        == 33)
    #expect(DisplayWidth.columns(of: "他读了“Why”一书") == 6 + 2 + 3 + 2 + 4)
  }
}

@Suite struct WidthFoldingTests {
  @Test func fullWidthASCIIFoldsToASCII() {
    #expect(WidthFolding.folded("２０２１") == "2021")
    #expect(WidthFolding.folded("第（１）段：ＡＢＣ，ｘｙｚ！～") == "第(1)段:ABC,xyz!~")
    #expect(WidthFolding.folded("二〇二一年\u{3000}12月") == "二〇二一年 12月")
  }

  @Test func otherCharactersAreLeftAlone() {
    let untouched = "。、《》“”￥ｶ 2021 Caf\u{E9}"
    #expect(WidthFolding.folded(untouched) == untouched)
  }

  @Test func foldingKeepsScalarOffsets() throws {
    let chinese = try RealText.seedHalves().chinese + "２０２１年（ｂ）\u{3000}"
    let folded = WidthFolding.folded(chinese)
    #expect(folded.unicodeScalars.count == chinese.unicodeScalars.count)
    #expect(folded.hasSuffix("2021年(b) "))
    // Every full-width form in U+FF01–U+FF5E has an ASCII twin.
    for value in UInt32(0xFF01)...0xFF5E {
      let scalar = try #require(Unicode.Scalar(value))
      #expect(
        WidthFolding.folded(String(scalar)) == String(Character(Unicode.Scalar(value - 0xFEE0)!)))
    }
  }
}
