import Testing

@testable import Diptych

/// Random document pairs: a random "translation" of random UN text with the edits translators
/// make (merges, splits, omissions, one-sided headings and titles, footnotes, numbered paragraphs).
@Suite struct RandomAlignmentTests {
  static func randomPair(seed: UInt64) -> (Document, Document) {
    var random = SplitMix64(seed: seed)
    let count = Int.random(in: 1...18, using: &random)
    var english: [TestDocuments.Spec] = []
    var chinese: [TestDocuments.Spec] = []
    var next = Int.random(in: 0..<40, using: &random)
    var footnote = 1
    let footnoteOffset = Int.random(in: 0...3, using: &random)
    if Bool.random(using: &random) {
      chinese.append(.init(pairs: 0..<0, kind: .title, text: "秘书长的报告"))
    }
    for k in 0..<count {
      let size = Int.random(in: 1...3, using: &random)
      let pairs = next % 58..<min(next % 58 + size, 60)
      next += size
      switch Int.random(in: 0..<10, using: &random) {
      case 0:
        english.append(
          .init(
            pairs: 0..<0, kind: .heading,
            label: Label(text: "I.", style: .upperRoman, value: k + 1), text: "Introduction"))
      case 1:
        chinese.append(.init(pairs: pairs))  // one-sided paragraph
      case 2 where pairs.count >= 2:
        english.append(
          .init(pairs: pairs, label: Label(text: "\(k + 1).", style: .arabic, value: k + 1)))
        chinese.append(.init(pairs: pairs.lowerBound..<pairs.lowerBound + 1))  // split
        chinese.append(.init(pairs: pairs.lowerBound + 1..<pairs.upperBound))
      default:
        english.append(
          .init(pairs: pairs, label: Label(text: "\(k + 1).", style: .arabic, value: k + 1)))
        if case 3 = Int.random(in: 0..<6, using: &random), var last = chinese.last,
          last.kind == .paragraph
        {
          // The translator merges this paragraph into the previous one.
          last.pairs = last.pairs.lowerBound..<max(last.pairs.upperBound, pairs.upperBound)
          chinese[chinese.count - 1] = last
        } else {
          chinese.append(.init(pairs: pairs))
        }
      }
    }
    var source = TestDocuments.document(.english, english)
    var target = TestDocuments.document(.simplifiedChinese, chinese)
    // Footnote calls on some paragraphs, numbered with an offset on the Chinese side.
    for index in source.blocks.indices
    where source.blocks[index].kind == .paragraph && Int.random(in: 0..<4, using: &random) == 0 {
      source.blocks[index].footnoteReferences = [
        FootnoteReference(number: footnote, offset: 0, marker: "\(footnote)")
      ]
      if let j = target.blocks.indices.randomElement(using: &random) {
        target.blocks[j].footnoteReferences.append(
          FootnoteReference(
            number: footnote + footnoteOffset, offset: 0, marker: "\(footnote + footnoteOffset)"))
      }
      footnote += 1
    }
    return (source, target)
  }

  @Test(arguments: 0..<120) func bandedEqualsFullDynamicProgramme(seed: Int) {
    let (source, target) = Self.randomPair(seed: UInt64(seed))
    guard !source.blocks.isEmpty || !target.blocks.isEmpty else { return }
    let aligner = Aligner(configuration: .init(usesAnchors: false, minimumBandWidth: 1))
    let banded = aligner.alignBlocks(source: source, target: target)
    let reference = ReferenceDynamicProgramme.totalCost(model: banded.model)
    #expect(
      abs(banded.totalCost - reference) < 1e-9, "seed \(seed): \(banded.totalCost) vs \(reference)")
  }

  /// With a band wide enough to hold the whole grid, every unit's margin is the one a search of
  /// the whole grid, span by span, finds.
  @Test(arguments: 0..<60) func marginsEqualSpanBySpanSearch(seed: Int) {
    let (source, target) = Self.randomPair(seed: UInt64(seed) &+ 500)
    guard !source.blocks.isEmpty || !target.blocks.isEmpty else { return }
    let aligner = Aligner(configuration: .init(usesAnchors: false, minimumBandWidth: 64))
    let banded = aligner.alignBlocks(source: source, target: target)
    let reference = ReferenceDynamicProgramme.margins(model: banded.model, spans: banded.spans)
    for (span, margin) in zip(banded.spans, reference) {
      #expect(
        span.margin == margin || abs(span.margin - margin) < 1e-9,
        "seed \(seed), \(span.source) \(span.target): \(span.margin) vs \(margin)")
    }
  }

  @Test(arguments: 0..<200) func invariantsHoldWithAnchors(seed: Int) {
    let (source, target) = Self.randomPair(seed: UInt64(seed) &+ 1_000)
    for configuration in [AlignerConfiguration(), AlignerConfiguration(minimumBandWidth: 1)] {
      let alignment = Aligner(configuration: configuration).align(source: source, target: target)
      #expect(alignment.invariantViolations() == [], "seed \(seed)")
    }
  }

  @Test func invariantViolationsAreReported() {
    let (source, target) = Self.randomPair(seed: 7)
    var alignment = Aligner().align(source: source, target: target)
    #expect(alignment.invariantViolations() == [])
    let last = alignment.units.removeLast()
    #expect(!alignment.invariantViolations().isEmpty)
    alignment.units.append(last)
    alignment.units[0].confidence = 1.5
    #expect(alignment.invariantViolations().contains { $0.contains("confidence") })
    alignment.units[0].confidence = 0.5
    alignment.units[0].sentences.removeAll()
    #expect(alignment.invariantViolations().contains { $0.contains("sentence pairs") })
  }
}
