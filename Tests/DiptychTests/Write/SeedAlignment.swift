import Diptych
import Foundation

/// A small alignment built by hand from the seed document (corpus/seed-copuos-space-resources): a
/// one-sided title
/// and heading, a 1:1 paragraph with footnote calls numbered differently on each side, a heading
/// pair whose labels disagree, a 2:1 unit (two English paragraphs the Chinese merged), a list item
/// with a calendar-year label against a relative year, and a footnote pair whose text holds
/// `<&">`, a form feed (from a PDF page break) and an emoji.
enum SeedAlignment {
  /// The alignment; `formFeed: false` gives the same text without the form feed, which is what
  /// any XML output can carry.
  static func make(formFeed: Bool = true) -> Alignment {
    Alignment(source: english(formFeed: formFeed), target: chinese, units: units)
  }

  static let findings: [Finding] = [
    Finding(
      code: .unitMissing, severity: .warning, unit: "u2",
      message: "heading 'I. Introduction and Background' has no counterpart in the Chinese",
      facts: ["I."], sourceLines: LineRange(line: 1)),
    Finding(
      code: .footnoteNumbering, severity: .info, unit: "u3",
      message: "footnotes '1', '2' in the English are numbered '4', '5' in the Chinese",
      facts: ["1", "2", "4", "5"], sourceLines: LineRange(3, 11), targetLines: LineRange(97, 102)),
    Finding(
      code: .numberMismatch, severity: .error, unit: "u3",
      message: "'2017' appears in the English only", facts: ["2017"],
      sourceLines: LineRange(3, 11), targetLines: LineRange(97, 102)),
    Finding(
      code: .numberingMismatch, severity: .warning, unit: "u4",
      message: "heading 'II.' corresponds to '一、'", facts: ["II.", "一、"],
      sourceLines: LineRange(line: 24), targetLines: LineRange(line: 110)),
    Finding(
      code: .unitMerged, severity: .info, unit: "u5",
      message: "English paragraphs '3.' and '4.' are one paragraph in the Chinese",
      sourceLines: LineRange(25, 41), targetLines: LineRange(111, 120)),
    Finding(
      code: .yearConvention, severity: .warning, unit: "u7",
      message: "'2022' in the English is '第一年' (year one) in the Chinese",
      facts: ["2022", "第一年"], sourceLines: LineRange(71, 75), targetLines: LineRange(138, 139)),
  ]

  // MARK: English

  static let paragraph1 =
    "The Legal Subcommittee of the Committee of Peaceful Uses of Outer Space (COPUOS), starting "
    + "from its 56th Session, in 2017, considered the agenda item on general exchange of views "
    + "on potential legal models for activities in exploration, exploitation and utilization of "
    + "space resources. In the year of 2020, the COPUOS further agreed to hold informal "
    + "consultations under this item at the 60th session of the Legal Subcommittee, in 2021, "
    + "aiming at a broad and inclusive exchange of views on the future deliberations concerning "
    + "the exploration, exploitation and utilization of space resources, including the possible "
    + "establishment of a working group under the relevant agenda item."

  static let paragraph3 =
    "The Outer Space Treaty (OST), as the cornerstone of the international legal regime governing "
    + "outer space activities, manifests the fundamental principles of international space law, "
    + "and will continue to provide an indispensable framework for the conduct of outer space "
    + "activities, including those related to space resources. The Working Group shall be "
    + "guided in its work by international law, primarily international space law with OST as "
    + "an example, and make efforts to safeguard its central role in the global governance of "
    + "outer space activities. Any envisaged outcome of the Working Group, in whatever form, "
    + "shall be in line with the fundamental principles of international space law."

  static let paragraph4 =
    "The Working Group shall be open to all member States and permanent observers of the "
    + "Committee, and participation of developing and emerging space-faring countries shall be "
    + "encouraged. The deliberations within the Working Group shall be carried out in a "
    + "comprehensive, thorough and substantive manner, and address from legal, policy and "
    + "governance perspectives, all relevant issues concerning the exploration, exploitation "
    + "and utilization of space resources."

  static let paragraph9 =
    "To rationalize the workload of the Working Group in a phased way, China proposes a workplan "
    + "as follows:"

  static let stocktaking =
    "Collect information concerning the scientific development, industrial plans, "
    + "policies/regulations and domestic legislation on exploration, exploitation and "
    + "utilization of space resources, and report on their compatibility with the existing "
    + "international rules and principles."

  static func footnote1(formFeed: Bool) -> String {
    "See the report of the Legal Subcommittee on its sixtieth session (A/AC.105/1243), para. 245 "
      + "& \"Annex\" <draft>."
      + (formFeed ? "\u{000C}" : "") + " 🛰️"
  }

  static func english(formFeed: Bool) -> Document {
    let footnote = footnote1(formFeed: formFeed)
    return Document(
      language: .english,
      blocks: [
        Block(
          id: "b1", kind: .heading, label: Label(text: "I.", style: .upperRoman, value: 1),
          text: "Introduction and Background",
          sentences: sentences(["Introduction and Background"], in: "Introduction and Background"),
          lines: LineRange(line: 1), level: 1),
        Block(
          id: "b2", kind: .paragraph, label: Label(text: "1.", style: .arabic, value: 1),
          text: paragraph1,
          footnoteReferences: [
            FootnoteReference(
              number: 1, offset: offset(after: "in 2021,", in: paragraph1), marker: "1"),
            FootnoteReference(number: 2, offset: paragraph1.unicodeScalars.count, marker: "2"),
          ],
          sentences: sentences(
            [
              "The Legal Subcommittee of the Committee of Peaceful Uses of Outer Space (COPUOS), "
                + "starting from its 56th Session, in 2017, considered the agenda item on general "
                + "exchange of views on potential legal models for activities in exploration, "
                + "exploitation and utilization of space resources.",
              "In the year of 2020, the COPUOS further agreed to hold informal consultations "
                + "under this item at the 60th session of the Legal Subcommittee, in 2021, aiming "
                + "at a broad and inclusive exchange of views on the future deliberations "
                + "concerning the exploration, exploitation and utilization of space resources, "
                + "including the possible establishment of a working group under the relevant "
                + "agenda item.",
            ], in: paragraph1),
          lines: LineRange(2, 11)),
        Block(
          id: "b3", kind: .heading, label: Label(text: "II.", style: .upperRoman, value: 2),
          text: "General Principles",
          sentences: sentences(["General Principles"], in: "General Principles"),
          lines: LineRange(line: 24), level: 1),
        Block(
          id: "b4", kind: .paragraph, label: Label(text: "3.", style: .arabic, value: 3),
          text: paragraph3,
          sentences: sentences(
            [
              "The Outer Space Treaty (OST), as the cornerstone of the international legal regime "
                + "governing outer space activities, manifests the fundamental principles of "
                + "international space law, and will continue to provide an indispensable "
                + "framework for the conduct of outer space activities, including those related "
                + "to space resources.",
              "The Working Group shall be guided in its work by international law, primarily "
                + "international space law with OST as an example, and make efforts to safeguard "
                + "its central role in the global governance of outer space activities.",
              "Any envisaged outcome of the Working Group, in whatever form, shall be in line "
                + "with the fundamental principles of international space law.",
            ], in: paragraph3),
          lines: LineRange(25, 34)),
        Block(
          id: "b5", kind: .paragraph, label: Label(text: "4.", style: .arabic, value: 4),
          text: paragraph4,
          sentences: sentences(
            [
              "The Working Group shall be open to all member States and permanent observers of "
                + "the Committee, and participation of developing and emerging space-faring "
                + "countries shall be encouraged.",
              "The deliberations within the Working Group shall be carried out in a "
                + "comprehensive, thorough and substantive manner, and address from legal, policy "
                + "and governance perspectives, all relevant issues concerning the exploration, "
                + "exploitation and utilization of space resources.",
            ], in: paragraph4),
          lines: LineRange(35, 41)),
        Block(
          id: "b6", kind: .paragraph, label: Label(text: "9.", style: .arabic, value: 9),
          text: paragraph9, sentences: sentences([paragraph9], in: paragraph9),
          lines: LineRange(69, 71)),
        Block(
          id: "b7", kind: .listItem,
          label: Label(
            text: "2022 (Stocktaking)", style: .calendarYear, value: 2022, caption: "Stocktaking"),
          text: stocktaking, sentences: sentences([stocktaking], in: stocktaking),
          lines: LineRange(72, 76), parent: 5),
        Block(
          id: "b8", kind: .footnote, text: footnote, footnoteNumber: 1,
          sentences: sentences([footnote], in: footnote), lines: LineRange(line: 92)),
      ],
      repairs: [
        Repair(kind: .splitWord, line: 10, original: "w orking", replacement: "working"),
        Repair(
          kind: .spaceBeforeHyphen, line: 37, original: "space -faring", replacement: "space-faring"
        ),
      ],
      sourceName: "seed.en.txt")
  }

  // MARK: Chinese

  static let zhTitle = "关于成立空间资源活动国际规则工作组的书面建议"

  static let zhParagraph1 =
    "联合国外空委法律小组委员会自第 56 届会议开始，就空间资源探索、开发和利用的潜在法律模式交换意见。外空委及其法律小组委员会商定，在 2021 年小组委员会第 60 届"
    + "会议期间就空间资源探索、开发和利用的潜在法律模式举行非正式磋商，就今后有关空间资源探索、开发和利用的审议，包括就视可能在相关议程项目下设立一工作组的问题，本着包容的态度广泛交换"
    + "意见。"

  static let zhMerged = [
    "《外空条约》体现了国际空间法的基本原则，并将继续为开展包括与空间资源有关的外层空间活动提供不可或缺的框架，是外层空间活动国际法律制度的基石。",
    "工作组应在国际法，特别是现有国际空间法的指导下开展工作，维护以《外空条约》为代表的国际空间法在外空活动全球治理中的核心作用。",
    "工作组的成果应与现有国际空间法的基本原则保持一致。",
    "工作组应向所有外空委成员国和永久观察员开放，并应鼓励发展中国家和航天起步国家的积极参与。",
    "工作组应对空间资源探索、开发和利用所涉及的法律、政策和治理问题进行全面、实质地审议。",
  ]

  static let zhWorkplan = "为使工作组循序渐进开展工作，建议工作组制订五年期工作计划，并确定每年工作重点如下："

  static let zhYearOne = "盘点空间资源探索、开发、利用的技术发展、产业规划、政策监管和国内立法（及其和先行原则或规则的兼容性）"

  static let zhFootnote = "见法律小组委员会第六十届会议报告（A/AC.105/1243），第 245 段 & “附件” <草案>。🛰️"

  static var chinese: Document {
    let merged = zhMerged.joined()
    return Document(
      language: .simplifiedChinese,
      blocks: [
        Block(
          id: "b1", kind: .title, text: zhTitle, sentences: sentences([zhTitle], in: zhTitle),
          lines: LineRange(line: 95)),
        Block(
          id: "b2", kind: .paragraph, text: zhParagraph1,
          footnoteReferences: [
            FootnoteReference(
              number: 4, offset: offset(after: "举行非正式磋商", in: zhParagraph1), marker: "4"),
            FootnoteReference(
              number: 5, offset: zhParagraph1.unicodeScalars.count - 1, marker: "5"),
          ],
          sentences: sentences(
            [
              "联合国外空委法律小组委员会自第 56 届会议开始，就空间资源探索、开发和利用的潜在法律模式交换意见。",
              "外空委及其法律小组委员会商定，在 2021 年小组委员会第 60 届会议期间就空间资源探索、开发和利用的潜在法律模式举行非正式磋"
                + "商，就今后有关空间资源探索、开发和利用的审议，包括就视可能在相关议程项目下设立一工作组的问题，本着包容的态度广泛交换意见。",
            ], in: zhParagraph1),
          lines: LineRange(97, 102)),
        Block(
          id: "b3", kind: .heading, label: Label(text: "一、", style: .chineseNumeral, value: 1),
          text: "总体建议", sentences: sentences(["总体建议"], in: "总体建议"),
          lines: LineRange(line: 110), level: 1),
        Block(
          id: "b4", kind: .paragraph, text: merged,
          footnoteReferences: [
            FootnoteReference(number: 7, offset: zhMerged[0].unicodeScalars.count, marker: "7")
          ],
          sentences: sentences(zhMerged, in: merged), lines: LineRange(111, 120)),
        Block(
          id: "b5", kind: .paragraph, text: zhWorkplan,
          sentences: sentences([zhWorkplan], in: zhWorkplan),
          lines: LineRange(136, 137)),
        Block(
          id: "b6", kind: .listItem, label: Label(text: "第一年：", style: .relativeYear, value: 1),
          text: zhYearOne, sentences: sentences([zhYearOne], in: zhYearOne),
          lines: LineRange(138, 139), parent: 4),
        Block(
          id: "b7", kind: .footnote, text: zhFootnote, footnoteNumber: 4,
          sentences: sentences([zhFootnote], in: zhFootnote), lines: LineRange(line: 150)),
      ],
      furniture: [FurnitureLine(kind: .footnoteRule, line: 135, text: "__________________")],
      sourceName: "seed.zh.txt")
  }

  // MARK: Units

  static let units: [AlignmentUnit] = [
    AlignmentUnit(id: "u1", source: [], target: [0], confidence: 0.5, method: .dynamicProgramme),
    AlignmentUnit(id: "u2", source: [0], target: [], confidence: 0.45, method: .dynamicProgramme),
    AlignmentUnit(
      id: "u3", source: [1], target: [1], confidence: 0.9437, method: .anchor,
      sentences: [
        SentencePair(source: [0], target: [0], confidence: 0.91),
        SentencePair(source: [1], target: [1], confidence: 0.88),
      ]),
    AlignmentUnit(
      id: "u4", source: [2], target: [2], confidence: 0.8, method: .anchor,
      sentences: [SentencePair(source: [0], target: [0], confidence: 0.8)]),
    AlignmentUnit(
      id: "u5", source: [3, 4], target: [3], confidence: 0.7125, method: .dynamicProgramme,
      sentences: [
        SentencePair(source: [0], target: [0], confidence: 0.86),
        SentencePair(source: [1], target: [1], confidence: 0.83),
        SentencePair(source: [2], target: [2], confidence: 0.9),
        SentencePair(source: [3, 4], target: [3], confidence: 0.64),
        SentencePair(source: [], target: [4], confidence: 0.2),
      ]),
    AlignmentUnit(
      id: "u6", source: [5], target: [4], confidence: 0.76, method: .dynamicProgramme),
    AlignmentUnit(
      id: "u7", source: [6], target: [5], confidence: 0.95, method: .anchor,
      sentences: [SentencePair(source: [0], target: [0], confidence: 0.95)]),
    AlignmentUnit(
      id: "u8", source: [7], target: [6], confidence: 0.99, method: .anchor,
      sentences: [SentencePair(source: [0], target: [0], confidence: 0.97)]),
  ]

  // MARK: Helpers

  /// The sentences with their offsets in `text`, found in order.
  static func sentences(_ texts: [String], in text: String) -> [Sentence] {
    var searchFrom = text.startIndex
    return texts.map { sentence in
      guard let range = text.range(of: sentence, range: searchFrom..<text.endIndex) else {
        preconditionFailure("sentence not in text: \(sentence)")
      }
      searchFrom = range.upperBound
      return Sentence(
        text: sentence,
        offset: text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound))
    }
  }

  static func offset(after needle: String, in text: String) -> Int {
    guard let range = text.range(of: needle) else { preconditionFailure("'\(needle)' not in text") }
    return text.unicodeScalars.distance(from: text.startIndex, to: range.upperBound)
  }
}
