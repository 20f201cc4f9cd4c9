import Testing

@testable import Diptych

/// `number-mismatch` on numbers that speeches write in set phrases and pronouns (issue 13):
/// 二者 ("both"), 四五岁 ("four or five"), 双重 ("two sources"), "1.3-billion-plus" (13亿多),
/// "the Two Centenary Goals" (两个一百年), and numerals in idioms that state no amount. Sentences
/// from official translations of political speeches: the faithful pair gives no finding, a
/// changed number an error on the side changed.
@Suite struct NumberMismatchSetPhraseTests {
  static let examples: [FactExample] = [
    // 三者 is "all three", a count like any other.
    .init(
      "All three serve the great cause of building Chinese socialism", "三者统一于中国特色社会主义伟大实践",
      "All four serve the great cause of building Chinese socialism", "五者统一于中国特色社会主义伟大实践"),
    // 二者 is 两者, "both": elidable, but a count against another number.
    .init(
      "Both are organically united", "二者是有机统一的", "All three are organically united",
      "五者是有机统一的"),
    // Neighbouring numerals are "four or five".
    .init(
      "I learned to swim at the age of four or five", "游泳我四五岁就学会了",
      "I learned to swim at the age of six or seven", "游泳我七八岁就学会了"),
    // 双重 is "double", "dual", "from two sources".
    .init(
      "we are challenged by pressure from two sources", "我国面临对外维护国家主权、对内维护社会稳定的双重压力",
      "we are challenged by pressure from three sources", "我国面临对外维护国家主权、对内维护社会稳定的三重压力"),
    // A scale word joined by hyphens.
    .init(
      "the 56 ethnic groups of China's 1.3-billion-plus people", "我国56个民族、13亿多人",
      "the 56 ethnic groups of China's 1.4-billion-plus people", "我国56个民族、14亿多人"),
    // An anniversary counts its years.
    .init(
      "it issued a call for achieving the Two Centenary Goals", "发出了向实现“两个一百年”奋斗目标进军的时代号召",
      "it issued a call for achieving the Two Bicentenary Goals", "发出了向实现“两个二百年”奋斗目标进军的时代号召"),
    // A numeral in a phrase whose English glosses count stays a count: 三中全会 is the "Third
    // Plenary Session".
    .init(
      "the Third Plenary Session of the 18th CPC Central Committee", "党的十八届三中全会",
      "the Fourth Plenary Session of the 18th CPC Central Committee", "党的十八届五中全会"),
    // A spelled amount longer than any headword is looked up in none (it once crashed there).
    .init(
      "the total was 12,345", "总数为一万二千三百四十五", "the total was 12,346", "总数为一万二千三百四十六"),
    // A numeral changed in a set phrase leaves the phrase: 四平五稳 is no headword.
    .init(
      "nor is it possible to do it in a rock-steady manner", "不可能都是四平八稳",
      "nor is it possible to do it in a rock-steady manner for five", "不可能都是四平五稳"),
  ]

  /// Numerals in set phrases the English renders without a number.
  static let setPhrases: [(english: String, chinese: String)] = [
    (
      "nor is it possible to do it in a rock-steady or risk-free manner",
      "不可能都是四平八稳、没有任何风险"
    ),
    (
      "There is no such thing in the world as a development model that can be applied universally",
      "世界上没有放之四海而皆准的具体发展模式"
    ),
    (
      "You should keep the perseverance and diligence in reading of Confucius",
      "以韦编三绝的毅力"
    ),
    (
      "It does not mean that the market can replace the government's functions, nor vice versa",
      "不能把二者割裂开来、对立起来"
    ),
  ]

  @Test(arguments: examples)
  func faithfulTranslationHasNoFinding(_ example: FactExample) {
    example.expectFaithfulHasNoFinding()
  }

  @Test(arguments: examples)
  func changedEnglishIsReported(_ example: FactExample) {
    example.expectChangeReported(in: "English")
  }

  @Test(arguments: examples)
  func changedChineseIsReported(_ example: FactExample) {
    example.expectChangeReported(in: "Chinese")
  }

  @Test(arguments: setPhrases.map { FactExample($0.english, $0.chinese, "", "") })
  func setPhraseStatesNoNumber(_ example: FactExample) {
    example.expectFaithfulHasNoFinding()
  }
}
