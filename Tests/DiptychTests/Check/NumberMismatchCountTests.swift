import Testing

@testable import Diptych

/// `number-mismatch` on counts and named numbers the two versions write differently (issue 13):
/// group names, codes named in Chinese words, inserted paragraphs ("8 ter"), counts of listed
/// names, measure words, vague amounts, countries counted against "a State", chemical names and
/// relative years. Faithful pairs give no finding; a change is reported on the side changed.
@Suite struct NumberMismatchCountTests {
  static let examples: [FactExample] = [
    .init("the Vienna Group of 10", "维也纳十国集团", "the Vienna Group of 11", "维也纳八国集团"),
    .init("the Group of Seven", "七国集团", "the Group of Eight", "六国集团"),
    .init("the GEO-5 process", "全球环境展望-5进程", "the GEO-6 process", "全球环境展望-8进程"),
    .init(
      "after paragraph 8 ter of article 5", "第5条第8款之三后", "after paragraph 8 quater of article 5",
      "第5条第8款之九后"),
    .init(
      "the Trilateral Contact Group", "三方联络组", "the Quadripartite Contact Group", "四方联络组"),
    // Counts inside chemical names.
    .init("uranium hexafluoride", "六氟化铀", "uranium pentafluoride", "五氟化铀"),
    .init(
      "lysergic acid diethylamide (LSD)", "麦角酰二乙胺（迷幻剂）", "lysergic acid triethylamide (LSD)",
      "麦角酰三乙胺（迷幻剂）"),
    .init(
      "Decabromodiphenyl ether (c-decaBDE)", "十溴二苯醚（商用十溴二苯醚）",
      "Octabromodiphenyl ether (c-decaBDE)", "十溴二苯醚（商用十溴八苯醚）"),
    // A body named by its number, which the English may call "the Committee".
    .init(
      "the Bureau of the Fourth Committee", "第四委员会主席团", "the Bureau of the Fifth Committee",
      "第三委员会主席团"),
    // Relative years counted on both sides.
    .init("an assessment (Year 1)", "评估（第一年）", "an assessment (Year 2)", "评估（第四年）"),
  ]

  /// Changes no English number shows, which the English still contradicts: a singular noun, a
  /// list of names, a vague amount.
  static let chineseChanges: [(english: String, chinese: String, changed: String)] = [
    ("installed a radome on a pole", "在一根杆上装设天线屏蔽器", "在四根杆上装设天线屏蔽器"),
    ("there was a spate of new allegations", "发生了一波新的指称", "发生了六波新的指称"),
    (
      "the alliances forged by the Houthis, tribes and former President Saleh",
      "胡希运动、有关部落和前总统萨利赫三方联盟", "胡希运动、有关部落和前总统萨利赫九方联盟"
    ),
    (
      "the needs of children in both development and humanitarian contexts", "儿童发展和人道主义两方面的需求",
      "儿童发展和人道主义八方面的需求"
    ),
    ("Hundreds of thousands of civilians have been forced to flee", "数十万民众已被迫逃离", "数八万民众已被迫逃离"),
    ("the status of women has improved in recent decades", "近几十年来妇女地位得到提高", "近几七年来妇女地位得到提高"),
    ("If a Government is interested in acting", "如果一国政府有意采取行动", "如果四国政府有意采取行动"),
    ("hundreds of thousands of households", "数以十万计的家庭", "数以六万计的家庭"),
    ("This year marks the seventieth anniversary", "2015年是成立70周年", "4015年是成立70周年"),
  ]

  /// Counts and names that agree though only one side writes a number.
  static let faithfulOnly: [(english: String, chinese: String)] = [
    ("at the regional and national levels", "在区域一级和国家一级"),
    ("a bilateral agreement was signed", "签署了一项双边协定"),
    ("the Group of 77 and China", "77国集团和中国"),
    ("5 kg of uranium in UF6", "5千克铀-235"),
    ("a Member State may request it", "一个会员国可以提出请求"),
    ("a State may refuse", "一国可以拒绝"),
    ("the leaders of the countries met", "四国领导人举行了会晤"),
    ("dozens of meetings", "数十次会议"),
    ("the Houthis, tribes and former President Saleh", "胡希运动、有关部落和前总统萨利赫三方"),
    ("the production of UF6 enriched up to 5% U-235", "铀-235丰度达到5%的六氟化铀生产"),
    ("carbon monoxide and carbon dioxide", "一氧化碳和二氧化碳"),
    ("the Bureau of the Committee for the session", "第四委员会主席团"),
    ("the tribute paid to the distribution of aid", "对援助分配工作表示的敬意"),
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

  @Test(
    arguments: (chineseChanges + bareCountChanges).map {
      FactExample($0.english, $0.chinese, "", $0.changed)
    })
  func chineseCountAgainstTheEnglishWords(_ example: FactExample) {
    example.expectFaithfulHasNoFinding()
    example.expectChangeReported(in: "Chinese")
  }

  @Test(
    arguments: (faithfulOnly + bareCountFaithful).map {
      FactExample($0.english, $0.chinese, "", "")
    })
  func sameCountInOtherWordsHasNoFinding(_ example: FactExample) {
    example.expectFaithfulHasNoFinding()
  }
}
