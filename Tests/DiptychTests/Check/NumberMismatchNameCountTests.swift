import Testing

@testable import Diptych

/// `number-mismatch` on counts one version states inside a name or a list and the other does not
/// (issue 13): a chemical's counts in its systematic name against a code, formula or trivial name,
/// and members listed each with "one" against the count of the list. Real UN sentences: the
/// faithful pair gives no finding; a count the other side states too, once changed, an error.
@Suite struct NumberMismatchNameCountTests {
  /// Systematic names against names that carry no count: nothing to compare.
  static let chemicalNamesFaithful: [(english: String, chinese: String)] = [
    ("Includes provisions to limit HFC-23 byproduct emissions.", "纳入限制三氟甲烷副产品排放量的规定。"),
    (
      "the production and use of DDT as a closedsystem site-limited intermediate in the production "
        + "of dicofol has been extended until 15 May 2024",
      "将生产和使用滴滴涕作为生产三氯杀螨醇的有限场地封闭系统内的中间体的届满日延长至2024年5月15日"
    ),
    ("the phase-out of CFC-11 in the foam sector", "泡沫塑料行业三氯一氟甲烷的淘汰"),
    ("the use of dichlorodiphenyltrichloroethane for disease vector control", "为病媒控制使用滴滴涕"),
  ]

  /// Systematic names against counts or formulas: a changed count is reported on the side changed.
  static let chemicalNames: [FactExample] = [
    .init(
      "the consumption of carbon tetrachloride as a process agent", "四氯化碳作为加工剂的消费量",
      "the consumption of carbon trichloride as a process agent", "三氯化碳作为加工剂的消费量"),
    .init(
      "listing pentachlorophenol and its salts and esters in Annex A", "将五氯苯酚及其盐类和酯类列入附件A",
      "listing hexachlorophenol and its salts and esters in Annex A", "将四氯苯酚及其盐类和酯类列入附件A"),
    .init(
      "the production of CCl4 for feedstock uses", "用作原料的四氯化碳的生产",
      "the production of CCl3 for feedstock uses", "用作原料的五氯化碳的生产"),
  ]

  @Test(arguments: chemicalNamesFaithful.map { FactExample($0.english, $0.chinese, "", "") })
  func systematicNameAgainstATrivialNameOrCodeHasNoFinding(_ example: FactExample) {
    let result = CheckFixture.framed(example.english, example.chinese)
    #expect(CheckFixture.serious(result).isEmpty, "\(CheckFixture.serious(result).map(\.message))")
  }

  @Test(arguments: chemicalNames)
  func systematicNameAgainstACountOrFormula(_ example: FactExample) {
    Self.expectChangesReported(example)
  }

  /// Other numbers of a paragraph with a systematic name are still compared.
  @Test func dateBesideASystematicNameIsStillCompared() {
    let result = CheckFixture.framed(
      Self.chemicalNamesFaithful[1].english,
      "将生产和使用滴滴涕作为生产三氯杀螨醇的有限场地封闭系统内的中间体的届满日延长至2025年5月15日")
    #expect(Self.isReported(result), "\(result.findings.map(\.message))")
  }

  /// Members listed each with "one", against the count of the list.
  static let enumerations: [FactExample] = [
    // Devset #2909: the four studies, then the four sources (这四个) they are on.
    .init(
      "The project was launched with the commissioning of four studies on existing and potential "
        + "sources of climate financing for sustainable forest management, one at the global level, "
        + "one in the subregion of the Economic Cooperation Organization, one in the subregion of "
        + "SADC and one in the subregion of the Secretariat of the Pacific Community.",
      "该项目是就能促进可持续森林管理的现有和潜在的气候变化筹资来源开展的四项研究而启动的，这四个来源分别是在全球一级、在经济合作组织次区域、"
        + "在南共体次区域和太平洋共同体秘书处次区域。",
      "The project was launched with the commissioning of four studies on existing and potential "
        + "sources of climate financing for sustainable forest management, one at the global level, "
        + "one in the subregion of the Economic Cooperation Organization and one in the subregion "
        + "of SADC.",
      "该项目是就能促进可持续森林管理的现有和潜在的气候变化筹资来源开展的四项研究而启动的，这五个来源分别是在全球一级、在经济合作组织次区域、"
        + "在南共体次区域和太平洋共同体秘书处次区域。"),
    // Devset #876: two cofacilitators, one from each group.
    .init(
      "through the appointment, by the end of September 2014, of two cofacilitators, one from a "
        + "developing country and one from a developed country",
      "为此在2014年9月底前任命了两名共同召集人，一名从发展中国家选出，一名从发达国家选出",
      "through the appointment, by the end of September 2014, of three cofacilitators, one from a "
        + "developing country and one from a developed country",
      "为此在2014年9月底前任命了两名共同召集人，一名从发展中国家选出，三名从发达国家选出"),
    // Devset #2178 and #2180 in one paragraph: a list of "one"s beside another 一 (一届常会) that
    // the English leaves implicit; the list's count must not disagree with that 一.
    .init(
      "It consists of the Secretary of the Committee (P-5), one Economic Affairs Officer (P-3) "
        + "and one General Service staff member. The General Assembly shall appoint the members at "
        + "the regular session immediately preceding the expiration of their term of office",
      "该秘书处由委员会秘书(P-5)、一名经济事务干事(P-3)和一名一般事务人员组成。大会应在成员任期即将届满前的一届常会上任命新的成员",
      "It consists of the Secretary of the Committee (P-5), one Economic Affairs Officer (P-3) "
        + "and two General Service staff members. The General Assembly shall appoint the members "
        + "at the regular session immediately preceding the expiration of their term of office",
      "该秘书处由委员会秘书(P-5)、一名经济事务干事(P-3)和三名一般事务人员组成。大会应在成员任期即将届满前的一届常会上任命新的成员"),
  ]

  @Test(arguments: enumerations)
  func membersListedWithOneAgainstTheirCount(_ example: FactExample) {
    Self.expectChangesReported(example)
  }

  @Test func aListOfOnesCountsItsMembers() {
    let facts = FactExtractor.facts(
      in: "four studies, one at the global level, one in Asia, one in Africa and one in Europe",
      language: .english)
    #expect(facts.contains { $0.value == "4" && $0.onlyAnswers && $0.text == "one … one" })
    let apart = FactExtractor.facts(
      in: "one State has acceded. The other one has not.", language: .english)
    #expect(!apart.contains { $0.value == "2" })
  }

  /// A count equal to the number of a code both versions write: the code does not explain it.
  static let countsBesideCodes: [FactExample] = [
    // Devset #2178.
    .init(
      "It consists of the Secretary of the Committee (P-5), one Economic Affairs Officer (P-3) "
        + "and one General Service staff member, who provides secretarial and administrative "
        + "services.",
      "该秘书处由委员会秘书(P-5)、一名经济事务干事(P-3)和一名提供文秘和行政服务的一般事务人员组成。", "",
      "该秘书处由委员会秘书(P-5)、一名经济事务干事(P-3)和五名提供文秘和行政服务的一般事务人员组成。"),
    // Devset #2641.
    .init(
      "One NF-5 Turkish military aircraft infringed international air traffic regulations.",
      "一架土耳其NF-5军用飞机违反了国际空中交通管制条例。", "", "五架土耳其NF-5军用飞机违反了国际空中交通管制条例。"),
  ]

  @Test(arguments: countsBesideCodes)
  func countEqualToACodeOfBothSides(_ example: FactExample) {
    Self.expectChangesReported(example)
  }

  /// A number the other version writes inside a name more often is still that name ("U 235" =
  /// 铀-235), also where both versions write the name elsewhere (devset #3721, shortened).
  @Test(arguments: [
    ("uranium enriched in U 235", "铀-235浓缩铀"),
    (
      "it ceased production of UF6 enriched up to 20% U-235, had fed UF6 enriched up to 5% U-235 "
        + "and had produced a total of 201.9 kg of UF6 enriched up to 20% U 235",
      "停止生产铀-235丰度达到20%的六氟化铀，已将铀-235丰度达到5%的六氟化铀装入，并已生产出总计201.9千克铀-235丰度达到20%的六氟化铀"
    ),
  ])
  func numberInsideANameOfTheOtherSide(_ english: String, _ chinese: String) {
    let result = CheckFixture.framed(english, chinese)
    #expect(CheckFixture.serious(result).isEmpty, "\(CheckFixture.serious(result).map(\.message))")
  }

  /// The faithful pair gives no finding; each change given (an empty one is none) an error.
  private static func expectChangesReported(_ example: FactExample) {
    let faithful = CheckFixture.framed(example.english, example.chinese)
    #expect(
      CheckFixture.serious(faithful).isEmpty, "\(CheckFixture.serious(faithful).map(\.message))")
    if !example.changedEnglish.isEmpty {
      let english = CheckFixture.framed(example.changedEnglish, example.chinese)
      #expect(Self.isReported(english), "\(english.findings.map(\.message))")
    }
    if !example.changedChinese.isEmpty {
      let chinese = CheckFixture.framed(example.english, example.changedChinese)
      #expect(Self.isReported(chinese), "\(chinese.findings.map(\.message))")
    }
  }

  private static func isReported(_ result: PipelineResult) -> Bool {
    result.findings.contains { $0.code == .numberMismatch && $0.severity == .error }
  }
}
