import Testing

@testable import Diptych

/// Where a finding's facts are found in text: whole numbers and words only.
@Suite struct FactMarksTests {
  private func marked(_ fact: String, in text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    return FactMarks.occurrences(of: fact, in: text).map { start, end in
      String(String.UnicodeScalarView(scalars[start..<end]))
    }
  }

  @Test(arguments: [
    ("2017", "starting from its 56th Session, in 2017, considered", 1),
    ("1", "in 2017 and 2021, the 1 proposal", 1),
    ("1", "a rate of 1.5 per cent and 1,500 people", 0),
    ("11th", "at its 11th session and its 111th", 1),
    ("二", "第十二届会议和第二次会议", 1),
    ("第二", "第十二届会议和第二次会议", 1),
    ("2015年", "在2015年和2015年底", 2),
    ("2 December 2014", "adopted on 2 December 2014 by", 1),
    ("IV.", "IV. Workplan; CIV. not", 1),
  ])
  func factsAreMarkedOnlyAsWholeTokens(fact: String, text: String, count: Int) {
    let found = marked(fact, in: text)
    #expect(found.count == count, "\(fact) in \(text): \(found)")
    #expect(found.allSatisfy { $0 == fact })
  }
}
