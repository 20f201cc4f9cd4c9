import Testing

@testable import Diptych

/// A paragraph left out of the Chinese, the later paragraphs renumbered to close the gap: one
/// `numbering-mismatch` for the whole run of the same offset, headings between or not.
@Suite struct NumberingRunTests {
  typealias Spec = TestDocuments.Spec

  /// Paragraphs 1–8 of three devset pairs each with heading II before paragraph 5; the Chinese
  /// drops `omitted` (0-based, a paragraph index) and numbers its paragraphs consecutively.
  func pair(omitting omitted: Int?) -> (Document, Document) {
    func specs(chinese: Bool) -> [Spec] {
      var specs: [Spec] = []
      var number = 0
      for k in 0..<8 {
        if k == 4 {
          specs.append(
            Spec(
              pairs: 0..<0, kind: .heading,
              label: chinese
                ? Label(text: "二、", style: .chineseNumeral, value: 2)
                : Label(text: "II.", style: .upperRoman, value: 2),
              text: chinese ? "二、执行情况" : "II. Implementation"))
        }
        if chinese && k == omitted { continue }
        number += 1
        specs.append(
          Spec(
            pairs: k * 3..<(k + 1) * 3,
            label: Label(text: "\(number).", style: .arabic, value: number)))
      }
      return specs
    }
    return (
      TestDocuments.document(.english, specs(chinese: false)),
      TestDocuments.document(.simplifiedChinese, specs(chinese: true))
    )
  }

  func findings(_ documents: (Document, Document)) -> [Finding] {
    Checker().findings(for: Aligner().align(source: documents.0, target: documents.1))
  }

  @Test func anOmissionBeforeAHeadingIsOneRunAcrossIt() {
    let found = findings(pair(omitting: 1))
    let mismatches = found.filter { $0.code == .numberingMismatch }
    #expect(mismatches.map(\.message) == ["English paragraphs 3–8 are numbered 2–7 in the Chinese"])
    #expect(found.filter { $0.code == .unitMissing }.count == 1)
    #expect(found.filter { $0.code == .unitMerged }.isEmpty)
  }

  @Test func theFaithfulTwinHasNoStructuralFinding() {
    let found = findings(pair(omitting: nil))
    #expect(
      found.filter { [.numberingMismatch, .unitMissing, .unitMerged].contains($0.code) }.isEmpty)
  }
}
