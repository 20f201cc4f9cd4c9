import Testing

@testable import Diptych

@Suite struct LabelParserTests {
  @Test(arguments: [
    ("1. The Council", "1.", LabelStyle.arabic, 1, "The Council"),
    ("12.", "12.", .arabic, 12, ""),
    ("(a) the first", "(a)", .lowerLetter, 1, "the first"),
    ("(b)", "(b)", .lowerLetter, 2, ""),
    ("(iv) fourth", "(iv)", .lowerRoman, 4, "fourth"),
    ("(12) twelfth", "(12)", .parenthesizedArabic, 12, "twelfth"),
    ("II. General Principles", "II.", .upperRoman, 2, "General Principles"),
    ("IV. Workplan", "IV.", .upperRoman, 4, "Workplan"),
    ("B. Attendance", "B.", .upperLetter, 2, "Attendance"),
    ("a) item", "a)", .lowerLetter, 1, "item"),
    ("一、总体建议", "一、", .chineseNumeral, 1, "总体建议"),
    ("十二、其他事项", "十二、", .chineseNumeral, 12, "其他事项"),
    ("（一）工作方法", "（一）", .parenthesizedChineseNumeral, 1, "工作方法"),
    ("第一条　宗旨", "第一条", .chineseOrdinalSection, 1, "宗旨"),
    ("第十二章 附则", "第十二章", .chineseOrdinalSection, 12, "附则"),
    ("第一年：盘点空间资源", "第一年：", .relativeYear, 1, "盘点空间资源"),
    ("第五年：就工作组成果文件", "第五年：", .relativeYear, 5, "就工作组成果文件"),
    ("2022 (Stocktaking)", "2022 (Stocktaking)", .calendarYear, 2022, ""),
    ("2023 (Norm Mapping)", "2023 (Norm Mapping)", .calendarYear, 2023, ""),
    ("Year 2: review", "Year 2:", .englishRelativeYear, 2, "review"),
  ])
  func parsesLabel(line: String, text: String, style: LabelStyle, value: Int, rest: String) throws {
    let match = try #require(LabelParser.parse(line))
    #expect(match.label.text == text)
    #expect(match.label.style == style)
    #expect(match.label.value == value)
    #expect(match.rest == rest)
  }

  @Test func captionOfAYearItem() {
    #expect(LabelParser.parse("2026 (Finalization)")?.label.caption == "Finalization")
  }

  @Test(arguments: [
    "1.5 million people attended", "2022 年的会议", "2021, the Committee", "I. e. nothing",
    "(see above) text", "第 56 届会议", "第一年的工作", "The Council", "COVID-19 pandemic", "一直以来，外空委",
    "(COPUOS), starting", "2024", "iv", "IIII. not roman",
  ])
  func ordinaryTextIsNoLabel(line: String) {
    #expect(LabelParser.parse(line) == nil)
  }
}

@Suite struct NumeralTests {
  @Test(arguments: [
    ("一", 1), ("十", 10), ("十二", 12), ("二十", 20), ("五十六", 56), ("一百", 100), ("一百零五", 105),
    ("两千", 2000), ("三千五百", 3500), ("一万", 10_000), ("二十五万", 250_000), ("十五亿", 1_500_000_000),
    ("二〇二一", 2021), ("二零二二", 2022), ("壹佰", 100), ("一千零一", 1001),
  ])
  func chineseNumeralValues(text: String, value: Int) {
    #expect(ChineseNumeral.value(of: text) == value)
  }

  @Test func nonNumeralsAreNil() {
    #expect(ChineseNumeral.value(of: "") == nil)
    #expect(ChineseNumeral.value(of: "一直") == nil)
    #expect(ChineseNumeral.value(of: "5") == nil)
  }

  @Test(arguments: [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("xl", 40), ("MMXXI", 2021)])
  func romanValues(text: String, value: Int) {
    #expect(RomanNumeral.value(of: text) == value)
    #expect(RomanNumeral.numeral(for: value) == text.uppercased())
  }

  @Test(arguments: ["IIII", "VX", "IC", "ABC", ""])
  func malformedRomanIsNil(text: String) {
    #expect(RomanNumeral.value(of: text) == nil)
  }
}
