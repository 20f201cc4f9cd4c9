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

  /// Entries the pipeline still gets wrong, with what goes wrong. (Omissions taken for merges,
  /// issue 12 item 3, are fixed: a unit joining blocks pays for each block the other side does
  /// not translate.)
  static let knownIssues: [String: Comment] = [
    "omission-footnote-renumbered": """
    Align/AnchorFinder: footnote numbers outweigh paragraph labels (AnchorWeights: call 3, \
    body 4, label 2), so the renumbered footnotes pull the paragraphs one step: English \
    paragraphs 3 and 4 (calls 2, 3) pair with Chinese 4 and 5 (calls 2, 3, which are English \
    3 and 4), Chinese paragraph 3 and English paragraph 5 are unit-missing, a \
    numbering-mismatch "3–4 numbered 4–5" follows, English call 4 is footnote-missing and \
    English bodies 3 and 4 merge into Chinese body 3; expected: footnote-missing at the \
    call (line 7) and the body (line 39), one footnote-numbering at line 9
    """
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
    withKnownIssue(Self.knownIssues[entry] ?? "", isIntermittent: false) {
      #expect(found == expected)
    } when: {
      Self.knownIssues[entry] != nil
    }
  }
}
