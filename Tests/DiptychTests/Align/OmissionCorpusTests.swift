import Foundation
import Testing

@testable import Diptych

/// The `corpus/omission-*` entries (`Tools/make-omission-corpus.py`): one paragraph, list item,
/// heading or footnote (call and body) dropped from the Chinese, with and without renumbering,
/// and faithful twins. Each expected structural finding at its English line, and no other
/// structural finding.
@Suite struct OmissionCorpusTests {
  static let entries = Corpus.entries.filter { $0.hasPrefix("omission-") }
  static let structural: Set<FindingCode> = [
    .unitMissing, .unitMerged, .listCount, .footnoteMissing, .footnoteNumbering,
  ]

  @Test(arguments: entries) func theOmissionIsFoundWhereItIs(entry: String) throws {
    let pair = try DocumentReader.readPair(
      source: Corpus.path(entry, "en.txt"), target: Corpus.path(entry, "zh.txt"))
    let findings = Pipeline().run(pair).findings.filter { Self.structural.contains($0.code) }
    let expected = try String(contentsOfFile: Corpus.path(entry, "expected.txt"), encoding: .utf8)
      .split(separator: "\n").map { line in
        let parts = line.split(separator: " ")
        return "\(parts[0]) \(parts[1])"
      }
    let found = findings.map { "\($0.code.rawValue) \($0.sourceLines?.first ?? 0)" }
    // Which findings, not the order the checks report them in.
    #expect(found.sorted() == expected.sorted())
  }
}

/// Which target footnote number a source footnote stands for, when paragraph labels say more
/// than the one offset.
@Suite struct FootnoteNumberingTests {
  private func document(_ text: String, _ language: Language) -> Document {
    PlainTextSegmenter(language: language).document(from: SourceLine.lines(of: text))
  }

  @Test func labelPairedParagraphsRenumberTheCallsTheyHold() {
    let english = document(
      """
      1. The Council met in Geneva.1

      2. It adopted a resolution.2

      3. It closed the session.3
      """, .english)
    // The Chinese dropped call 1 and renumbered the rest.
    let chinese = document(
      """
      1. 理事会在日内瓦举行会议。

      2. 理事会通过了一项决议。1

      3. 理事会闭幕。2
      """, .simplifiedChinese)
    let numbering = FootnoteNumbering(
      source: english, target: chinese, labelPairs: [(0, 0), (1, 1), (2, 2)], offset: 0)
    #expect(numbering.partner(of: 2) == 1)
    #expect(numbering.partner(of: 3) == 2)
    // Call 1's paragraph holds no call on the other side: nothing says which it is, and the
    // offset may not give it a number the label pairs gave to another call.
    #expect(numbering.partner(of: 1) == nil)
    // Numbers no label pair holds keep the offset.
    #expect(numbering.partner(of: 9) == 9)
  }

  @Test func withoutLabelPairsTheOffsetDecides() {
    let english = document("1. The Council met.1", .english)
    let chinese = document("理事会举行会议。4", .simplifiedChinese)
    let numbering = FootnoteNumbering(source: english, target: chinese, labelPairs: [], offset: 3)
    #expect(numbering.partner(of: 1) == 4)
  }
}
