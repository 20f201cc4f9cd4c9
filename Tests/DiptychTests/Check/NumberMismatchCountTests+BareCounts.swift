import Testing

@testable import Diptych

/// `number-mismatch` on numbers written without a measure word or inside references (issue 13):
/// a numeral 二–九 right before the word it counts, 每一 ("each"), items numbered in brackets
/// against letters, Latin multiples in a list, and figures that are no footnote call. Sentences
/// from UN text: the faithful pair gives no finding, a changed number an error (run by
/// ``NumberMismatchCountTests`` with its own changes).
extension NumberMismatchCountTests {
  static let bareCountChanges: [(english: String, chinese: String, changed: String)] = [
    // A numeral 二–九 before a word: the count of what the word names.
    (
      "a settlement based on a bicommunal, bizonal federation with political equality",
      "在建立政治地位平等的两族、两区联邦制基础上实现解决", "在建立政治地位平等的两族、九区联邦制基础上实现解决"
    ),
    (
      "both the Commission on Narcotic Drugs and the Commission on Crime Prevention and Criminal "
        + "Justice decided to include the statement in the report on their reconvened session",
      "按照两委员会各自的扩大主席团提出的建议，麻醉药品委员会和预防犯罪和刑事司法委员会均决定将该份说明纳入其届会续会的报告",
      "按照四委员会各自的扩大主席团提出的建议，麻醉药品委员会和预防犯罪和刑事司法委员会均决定将该份说明纳入其届会续会的报告"
    ),
    (
      "thereby putting the perpetrators and the victims of Nazism on an equal footing",
      "把纳粹主义的执行者和受害者混为一谈", "把纳粹主义的执行者和受害者混为六谈"
    ),
    (
      "thus a Party could build and have in its inventory a readily deployable capability",
      "一缔约方因而可建造和储存便于部署的能力", "二缔约方因而可建造和储存便于部署的能力"
    ),
    // A formula against the counts of a chemical name.
    (
      "the purpose of enriching UF6 up to 5% U-235 was to produce fuel",
      "将六氟化铀浓缩到铀-235丰度达到5%的目的是为了生产燃料", "将一氟化铀浓缩到铀-235丰度达到5%的目的是为了生产燃料"
    ),
    // The first end of a range of spelled numbers.
    (
      "For a few missions, it took between one and three months", "少数代表团用了一至三个月时间",
      "少数代表团用了二至三个月时间"
    ),
    // 每一 is "each": the 一国 of "a State" is not answered by it.
    (
      "Everyone lawfully within the territory of a State shall have the right to liberty of "
        + "movement",
      "合法处在一国领土内的每一个人有权享受迁徙自由", "合法处在九国领土内的每一个人有权享受迁徙自由"
    ),
    // An item numbered in brackets against its letter.
    (
      "As defined in Article I(b) in the 2014 draft, a weapon in outer space is any object",
      "按照2014年草案第一条(二)项中的定义，在外空的武器系指任何物体", "按照2014年草案第一条(三)项中的定义，在外空的武器系指任何物体"
    ),
    // Latin multiples in a list, after a bracket.
    (
      "since recommendations 256 (EG) bis and ter were limited to the period approaching "
        + "insolvency",
      "由于建议256（专家组）之二和之三只局限于临近破产期间", "由于建议256（专家组）之二和之五只局限于临近破产期间"
    ),
    // A figure after a numbered noun is its number, not a footnote call.
    (
      "Endorses changing the name of subprogramme 4 of programme 19 of the biennial programme plan",
      "赞同将两年期方案计划方案19次级方案4的名称", "赞同将四年期方案计划方案19次级方案4的名称"
    ),
  ]

  /// Words with a numeral that state no count, and counts the English states in other words.
  static let bareCountFaithful: [(english: String, chinese: String)] = [
    (
      "an evaluation of the contribution to South-South and triangular cooperation",
      "对南南合作和三角合作所作贡献的评价"
    ),
    ("emissions of dioxins and furans", "二恶英和呋喃的排放"),
    ("the ongoing five plus one group dialogue", "正在进行的五加一小组对话"),
    ("a three-dimensional model of the site", "该地点的三维模型"),
    ("the Council stressed repeatedly the need for restraint", "安理会再三强调必须保持克制"),
    ("a unique opportunity", "一个独一无二的机会"),
    ("the earthquake in Sichuan Province", "四川省地震"),
    ("the humanitarian-development-peace triple nexus", "人道主义-发展-和平三重联系"),
    (
      "The established crossing between the Alpha and the Bravo sides remains closed",
      "已设立的阿尔法和布拉沃两侧之间的过境点仍然关闭"
    ),
  ]
}

/// Footnote calls are numbered from 1.
@Suite struct FootnoteCallZeroTests {
  /// "Crime1" against "报告0": footnotes are numbered from 1, so a 0 is a changed call.
  @Test func footnoteCallZeroIsANumber() {
    let english = "the report on the budget for the United Nations Office on Drugs and Crime1 gives"
    let faithful = FactExample.unmatched(english, "关于联合国毒品和犯罪问题办公室预算的报告1介绍了")
    #expect(faithful.target.allSatisfy { $0.isElidable })
    let changed = FactExample.unmatched(english, "关于联合国毒品和犯罪问题办公室预算的报告0介绍了")
    #expect(changed.target.contains { $0.value == "0" && !$0.isElidable })
  }
}
