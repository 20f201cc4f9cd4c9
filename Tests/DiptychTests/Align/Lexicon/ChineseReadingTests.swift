import Foundation
import Testing

@testable import Diptych

/// The Chinese words of a pair are read in runs of sentences on several threads and joined: the
/// joined reading must be the reading of all the sentences at once, own ids included.
@Suite struct ChineseReadingTests {
  static let lexicon = try! Lexicon.bundled.get()

  /// The corpus's Chinese sentences, and a few whose Latin words and numbers first appear late.
  private func sentences() throws -> [String] {
    let text = try String(
      contentsOfFile: Corpus.path("unpc-synth-numbered", "zh.txt"), encoding: .utf8)
    let lines = text.split(separator: "\n").map(String.init)
    return lines
      + ["联合国儿童基金会(UNICEF)在2015年报告", "UNDP和UNICEF的2016年计划", "UNDP在2015年和2017年"]
  }

  @Test(arguments: [1, 2, 3, 7])
  func runsReadApartAndJoinedAreTheWholeReading(runs: Int) throws {
    let sentences = try sentences()
    let whole = LexicalAnalysis.ChineseReading(sentences, lexicon: Self.lexicon)
    let size = (sentences.count + runs - 1) / runs
    let parts = stride(from: 0, to: sentences.count, by: size).map {
      LexicalAnalysis.ChineseReading(
        sentences[$0..<min($0 + size, sentences.count)], lexicon: Self.lexicon)
    }
    let joined = LexicalAnalysis.ChineseReading(joining: parts)
    #expect(joined.tokens == whole.tokens)
    #expect(joined.tokenStart == whole.tokenStart)
    #expect(joined.interner.internedHashes == whole.interner.internedHashes)
    // The text has words of its own, in more than one run, or the test would prove nothing.
    #expect(whole.interner.internedHashes.count > 3)
    if runs > 1 {
      #expect(parts.dropFirst().contains { !$0.interner.internedHashes.isEmpty })
    }
  }

  @Test func anEmptyRunJoinsAsNothing() {
    let one = LexicalAnalysis.ChineseReading(["UNICEF在2015年"], lexicon: Self.lexicon)
    let empty = LexicalAnalysis.ChineseReading([String](), lexicon: Self.lexicon)
    let joined = LexicalAnalysis.ChineseReading(joining: [empty, one, empty])
    #expect(joined.tokens == one.tokens)
    #expect(joined.tokenStart == one.tokenStart)
  }
}
