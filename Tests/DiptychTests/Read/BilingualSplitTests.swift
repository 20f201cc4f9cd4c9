import Testing

@testable import Diptych

@Suite struct BilingualSplitTests {
  @Test func splitsByScriptWithoutARule() throws {
    let lines = SourceLine.lines(
      of: """
        1. The Committee met in Vienna.
        2. It adopted its report.
        3. The session closed.
        1. 委员会在维也纳举行会议。
        2. 委员会通过了报告。
        3. 会议闭幕。
        """)
    let (first, second, split) = try #require(BilingualSplit.split(lines))
    #expect(split.method == .script)
    #expect(split.firstEndLine == 3 && split.secondStartLine == 4)
    #expect(first.count == 3 && second.count == 3)
  }

  @Test func oneLanguageIsNoSplit() {
    #expect(BilingualSplit.split(SourceLine.lines(of: "One.\n*****\nTwo.\nThree.")) == nil)
  }

  @Test(arguments: [
    ("The Committee met.", Language.english), ("委员会举行了会议。", .simplifiedChinese),
    ("委員會舉行了會議，這是國際社會的決定。", .traditionalChinese), ("2021 12 3", nil),
  ])
  func detectsLanguage(text: String, language: Language?) {
    #expect(LanguageDetector.detect(text) == language)
  }
}
