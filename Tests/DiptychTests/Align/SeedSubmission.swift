@testable import Diptych

/// A hand-built model of the bundled submission (corpus/seed-copuos-space-resources/bilingual.txt)
/// as
/// the reader should see it: real text, lines joined, footnote calls taken out of the text.
enum SeedSubmission {
  /// One block as written down here; `footnotes` are (number, offset) pairs.
  struct BlockSpec {
    var kind: BlockKind
    var label: Label?
    var text: String
    var footnotes: [(Int, Int)]
    var lines: (Int, Int)
    var parent: Int?

    init(
      _ kind: BlockKind, label: Label?, _ text: String, footnotes: [(Int, Int)], lines: (Int, Int),
      parent: Int? = nil
    ) {
      self.kind = kind
      self.label = label
      self.text = text
      self.footnotes = footnotes
      self.lines = lines
      self.parent = parent
    }
  }

  static var english: Document { document(.english, englishBlocks) }
  static var chinese: Document { document(.simplifiedChinese, chineseBlocks) }

  static func document(_ language: Language, _ specs: [BlockSpec]) -> Document {
    let blocks = specs.enumerated().map { index, spec in
      Block(
        id: "b\(index + 1)", kind: spec.kind,
        label: spec.label,
        text: spec.text,
        footnoteReferences: spec.footnotes.map {
          FootnoteReference(number: $0.0, offset: $0.1, marker: "\($0.0)")
        },
        sentences: TestSentenceSplitter.sentences(of: spec.text, language: language),
        lines: LineRange(spec.lines.0, spec.lines.1), parent: spec.parent,
        level: spec.kind == .heading ? 1 : nil)
    }
    return Document(language: language, blocks: blocks, sourceName: "000_f934e85aad34f094.txt")
  }

  static let englishBlocks: [BlockSpec] = [
    BlockSpec(
      .heading, label: Label(text: "I.", style: .upperRoman, value: 1),
      "Introduction and Background", footnotes: [], lines: (1, 1)),
    BlockSpec(
      .paragraph, label: Label(text: "1.", style: .arabic, value: 1),
      "The Legal Subcommittee of the Committee of Peaceful Uses of Outer Space (COPUOS), starting "
        + "from its 56th Session, in 2017, considered the agenda item on general exchange of "
        + "views on potential legal models for activities in exploration, exploitation and "
        + "utilization of space resources. In the year of 2020, the COPUOS further agreed to hold "
        + "informal consultations under this item at the 60th session of the Legal Subcommittee, "
        + "in 2021, aiming at a broad and inclusive exchange of views on the future deliberations "
        + "concerning the exploration, exploitation and utilization of space resources, including "
        + "the possible establishment of a w orking group under the relevant agenda item.",
      footnotes: [(1, 434), (2, 678)], lines: (2, 11)),
    BlockSpec(
      .paragraph, label: Label(text: "2.", style: .arabic, value: 2),
      "Since their establishment, the COPUOS and its Legal Subcommittee have played a unique role "
        + "as unique platforms for the global governance of outer space activities and for "
        + "developing international space law. China believes that a comprehensive and in-depth "
        + "discussion, under the auspice of the Legal Subcommittee, concerning the exploration, "
        + "exploitation and utilization of space resources would advance the global space "
        + "governance and help align such space activities with the fundamental principles of "
        + "international space law and promote their long -term sustainability. For that purpose, "
        + "China supports the initiative of establishing a Working Group on this item under the "
        + "Legal Subcommittee, and submits the followin g proposal on its methods of work and "
        + "workplan for consideration.",
      footnotes: [(3, 206)], lines: (12, 22)),
    BlockSpec(
      .heading, label: Label(text: "II.", style: .upperRoman, value: 2), "General Principles",
      footnotes: [], lines: (24, 24)),
    BlockSpec(
      .paragraph, label: Label(text: "3.", style: .arabic, value: 3),
      "The Outer Space Treaty (OST), as the cornerstone of the international legal regime "
        + "governing outer space activities, manifests the fundamental principles of "
        + "international space law, and will continue to provide an indispensable framework for "
        + "the conduct of outer space activities, including those related to space resources. The "
        + "Working Group shall be guided in its work by international law, primarily "
        + "international space law with OST as an example, and make efforts to safeguard its "
        + "central role in the global governance of outer space activities. Any envisaged outcome "
        + "of the Working Group, in whatever form, shall be in line with the fundamental "
        + "principles of international space law.",
      footnotes: [], lines: (25, 34)),
    BlockSpec(
      .paragraph, label: Label(text: "4.", style: .arabic, value: 4),
      "The Working Group shall be open to all member States and permanent observers of the "
        + "Committee, and participation of developing and emerging space -faring countries shall "
        + "be encouraged. The deliberations within the Working Group shall be carried out in a "
        + "comprehensive, thorough and substantive manner, and address from legal, policy and "
        + "governance perspectives, all relevant issues concerning the exploration, exploitation "
        + "and utilization of space resources.",
      footnotes: [], lines: (35, 41)),
    BlockSpec(
      .paragraph, label: Label(text: "5.", style: .arabic, value: 5),
      "To seek efficiency and effectiveness, the Working Group will function under a defined "
        + "mandate, with an agreed timeline, deliverables and a detailed workplan. In accordance "
        + "with the established practices of the Committee, the Working Group once set up, will "
        + "hold meetings for that purpose and make recommendations concerning its terms of "
        + "reference, methods of work and workplan for decision -making by the Legal Subcommittee "
        + "and the Committee.",
      footnotes: [], lines: (42, 48)),
    BlockSpec(
      .heading, label: Label(text: "III.", style: .upperRoman, value: 3), "Working Method",
      footnotes: [], lines: (50, 50)),
    BlockSpec(
      .paragraph, label: Label(text: "6.", style: .arabic, value: 6),
      "The Working Group shall take into consideration submissions on the issue of activities in "
        + "exploration, exploitation and utilization of space resources from member States, "
        + "permanent observers of the Committee, non-governmental organizations, industry and "
        + "private sector entities in accordance with the rules of procedure, methods of work and "
        + "established practices of the Committee.",
      footnotes: [], lines: (51, 56)),
    BlockSpec(
      .paragraph, label: Label(text: "7.", style: .arabic, value: 7),
      "The Working Group and its members may avail themselves of previous work on the issue of "
        + "activities in exploration, exploitation and utilization of space resources, including "
        + "but not limited to study reports, academic researches and papers. However, such "
        + "reference activities should not prejudice the negotiation concerning the formulation "
        + "of new space rules which shall be government-driven and in conformity with the "
        + "fundamental principles of international space law.",
      footnotes: [], lines: (57, 63)),
    BlockSpec(
      .heading, label: Label(text: "IV.", style: .upperRoman, value: 4), "Workplan", footnotes: [],
      lines: (65, 65)),
    BlockSpec(
      .paragraph, label: Label(text: "8.", style: .arabic, value: 8),
      "While drafting the workplan and timeline of the Working Group, the limitations on "
        + "available time and resources during the coronavirus disease (COVID -19) shall be taken "
        + "into consideration by the Subcommittee. As long as equal participation allows, virtual "
        + "and intersessional meetings can also be considered.",
      footnotes: [], lines: (66, 70)),
    BlockSpec(
      .paragraph, label: Label(text: "9.", style: .arabic, value: 9),
      "To rationalize the workload of the Working Group in a phased way, China proposes a "
        + "workplan as follows:",
      footnotes: [], lines: (71, 73)),
    BlockSpec(
      .listItem,
      label: Label(
        text: "2022 (Stocktaking)", style: .calendarYear, value: 2022, caption: "Stocktaking"),
      "Collect information concerning the scientific development, industrial plans, "
        + "policies/regulations and domestic legislation on exploration, exploitation and "
        + "utilization of space resources, and report on their compatibility with the existing "
        + "international rules and principles.",
      footnotes: [], lines: (74, 78), parent: 12),
    BlockSpec(
      .listItem,
      label: Label(
        text: "2023 (Norm Mapping)", style: .calendarYear, value: 2023, caption: "Norm Mapping"),
      "Analyse the applicability of existing international space law, LTS guidelines and other "
        + "international space rules on activities in exploration, exploitation and utilization "
        + "of space resources. Identify the priority topics for which new rules are promising.",
      footnotes: [], lines: (79, 82), parent: 12),
    BlockSpec(
      .listItem,
      label: Label(
        text: "2024 (Designing)", style: .calendarYear, value: 2024, caption: "Designing"),
      "Study the legal framework for the further regulation of space resource activities, and "
        + "design the structure for the final report of the Working Group.",
      footnotes: [], lines: (83, 85), parent: 12),
    BlockSpec(
      .listItem,
      label: Label(text: "2025 (Drafting)", style: .calendarYear, value: 2025, caption: "Drafting"),
      "Draft and review the content of the final report of the Working Group.", footnotes: [],
      lines: (86, 87), parent: 12),
    BlockSpec(
      .listItem,
      label: Label(
        text: "2026 (Finalization)", style: .calendarYear, value: 2026, caption: "Finalization"),
      "Coordinate with the Scientific and Technical Subcommittee on the draft of final report, "
        + "finalize and submit the draft report to the Committee. The Committee shall review the "
        + "draft report and decide on whether the mandate of the Working Group shall be extended.",
      footnotes: [], lines: (88, 92), parent: 12),
  ]

  static let chineseBlocks: [BlockSpec] = [
    BlockSpec(.title, label: nil, "关于成立空间资源活动国际规则工作组的书面建议", footnotes: [], lines: (95, 95)),
    BlockSpec(.subtitle, label: nil, "（中国代表团提交）", footnotes: [], lines: (96, 96)),
    BlockSpec(
      .paragraph, label: nil,
      "联合国外空委法律小组委员会自第 56 届会议开始，就空间资源探索、开发和利用的潜在法律模式交换意见。外空委及其法律小组委员会商定，在 2021 年小组委员会第 "
        + "60 届会议期间就空间资源探索、开发和利用的潜在法律模式举行非正式磋商，就今后有关空间资源探索、开发和利用的审议，包括就视可能在相关议程项目下设立一工作组的问题，本着包容的"
        + "态度广泛交换意见。",
      footnotes: [(4, 115), (5, 174)], lines: (97, 102)),
    BlockSpec(
      .paragraph, label: nil,
      "一直以来，外空委及其法律小组委员会在促进对外层空间活动的全球治理、制定国际空间法等方面提供独特的平台，发挥着独特作用。中方认为法律小组委员会对空间资源探索、开发"
        + "和利用进行深入、全面审议，有助于加强外空活动全球治理，确保空间资源的探索、开发和利用符合国际空间法的基本原则和外层空间活动的长期可持续性。为此中方支持在法律小组委员会相关议"
        + "题下设立工作组，并就工作组的工作方法和工作计划提出如下建议：",
      footnotes: [(6, 58)], lines: (103, 109)),
    BlockSpec(
      .heading, label: Label(text: "一、", style: .chineseNumeral, value: 1), "总体建议", footnotes: [],
      lines: (110, 110)),
    BlockSpec(
      .paragraph, label: nil,
      "《外空条约》体现了国际空间法的基本原则，并将继续为开展包括与空间资源有关的外层空间活动提供不可或缺的框架，是外层空间活动国际法律制度的基石。工作组应在国际法，特"
        + "别是现有国际空间法的指导下开展工作，维护以《外空条约》为代表的国际空间法在外空活动全球治理中的核心作用。工作组的成果应与现有国际空间法的基本原则保持一致。",
      footnotes: [(7, 70)], lines: (111, 116)),
    BlockSpec(
      .paragraph, label: nil,
      "工作组应向所有外空委成员国和永久观察员开放，并应鼓励发展中国家和航天起步国家的积极参与。工作组应对空间资源探索、开发和利用所涉及的法律、政策和治理问题进行全面、实质地审议。",
      footnotes: [], lines: (117, 120)),
    BlockSpec(
      .paragraph, label: nil,
      "着眼于高效开展工作，工作组应有明确的授权、期限、预期成果和工作计划。根据外空委既有实践，工作组成立后，可就此开展磋商并提出建议，由外空委作出决定。", footnotes: [],
      lines: (121, 123)),
    BlockSpec(
      .heading, label: Label(text: "二、", style: .chineseNumeral, value: 2), "工作方法", footnotes: [],
      lines: (124, 124)),
    BlockSpec(
      .paragraph, label: nil, "工作组应根据委员会议事规则、工作方法和委员会既有实践吸收委员会成员国、永久观察员及非政府组织、工业界和私营部门意见。",
      footnotes: [(8, 57)], lines: (125, 127)),
    BlockSpec(
      .paragraph, label: nil,
      "工作组可适当参考该领域已有的研究报告、学术成果及相关文件等辅助材料，但应坚持有关新规则的讨论应由政府主导，并符合现有国际空间法的基本原则。", footnotes: [],
      lines: (128, 130)),
    BlockSpec(
      .heading, label: Label(text: "三、", style: .chineseNumeral, value: 3), "工作计划", footnotes: [],
      lines: (131, 131)),
    BlockSpec(
      .paragraph, label: nil,
      "在确定工作计划和工作组期限时，应考虑疫情影响下外空委法律小组委员会在时间、资源等方面所受的限制，并在确保平等参与的条件下积极考虑通过网络会议和届间会议的形式开展工作。",
      footnotes: [], lines: (132, 134)),
    BlockSpec(
      .paragraph, label: nil, "为使工作组循序渐进开展工作，建议工作组制订五年期工作计划，并确定每年工作重点如下：", footnotes: [],
      lines: (136, 137)),
    BlockSpec(
      .listItem, label: Label(text: "第一年：", style: .relativeYear, value: 1),
      "盘点空间资源探索、开发、利用的技术发展、产业规划、政策监管和国内立法（及其和先行原则或规则的兼容性）。", footnotes: [], lines: (138, 140),
      parent: 13),
    BlockSpec(
      .listItem, label: Label(text: "第二年：", style: .relativeYear, value: 2),
      "分析现有国际法、外空活动长期可持续性准则和其他国际空间规则对空间资源问题的适用性，以及制定新规则的优先领域。", footnotes: [], lines: (141, 143),
      parent: 13),
    BlockSpec(
      .listItem, label: Label(text: "第三年：", style: .relativeYear, value: 3),
      "研究进一步规范空间资源活动的路径（法律模式）及工作组成果文件框架。", footnotes: [], lines: (144, 145), parent: 13),
    BlockSpec(
      .listItem, label: Label(text: "第四年：", style: .relativeYear, value: 4), "起草、审议工作组成果文件。",
      footnotes: [], lines: (146, 146), parent: 13),
    BlockSpec(
      .listItem, label: Label(text: "第五年：", style: .relativeYear, value: 5),
      "就工作组成果文件征询外空委科技小组委员会意见并提交外空委大会。外空委大会审议成果文件，并决定是否延长工作组期限。", footnotes: [], lines: (147, 149),
      parent: 13),
  ]
}
