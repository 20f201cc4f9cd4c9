import Testing

@testable import Diptych

@Suite struct AlignmentPartsTests {
  @Test func lengthCountsNonWhiteSpaceScalars() {
    #expect(LengthModel.length(of: "A/RES/62/217 of 2007") == 18)
    #expect(LengthModel.length(of: "第 56 届会议\n") == 6)
  }

  @Test func lengthCostPrefersTheCalibratedRatio() {
    let model = LengthModel()
    let english = DevsetSample.pairs[0].english
    let chinese = DevsetSample.pairs[0].chinese
    let matched = model.cost(
      sourceLength: LengthModel.length(of: english), targetLength: LengthModel.length(of: chinese))
    let mismatched = model.cost(
      sourceLength: LengthModel.length(of: english),
      targetLength: LengthModel.length(of: chinese) * 3)
    #expect(matched < 2)
    #expect(mismatched > matched + 5)
    #expect(model.cost(sourceLength: 0, targetLength: 0) == 0)
  }

  /// The cost model gives a one-sided unit the maximum skip cost, uncomputed, from these
  /// lengths on: below them the cost is under the maximum, from them on at least it.
  @Test(arguments: [
    LengthModel(), LengthModel(meanRatio: 0.23, variance: 0.4),
    LengthModel(meanRatio: 0.55, variance: 1.2),
  ])
  func skipCostReachesTheMaximumFromTheCap(model: LengthModel) {
    let maximum = AlignmentCostWeights.maximumSkipLengthCost
    let cap = model.lengthsReaching(maximum)
    #expect(cap.source > 1 && cap.source < 1_000 && cap.target > 1 && cap.target < 1_000)
    for length in 1..<5_000 {
      let source = model.cost(sourceLength: length, targetLength: 0)
      let target = model.cost(sourceLength: 0, targetLength: length)
      #expect((source >= maximum) == (length >= cap.source), "source \(length)")
      #expect((target >= maximum) == (length >= cap.target), "target \(length)")
    }
  }

  @Test func evidenceTokensFindNumbersAndSymbolsInBothScripts() {
    let english = AlignmentEvidenceToken.tokens(
      in:
        "the 56th session (COPUOS), resolution A/RES/62/217, 1,000 States, in 2021, COVID-19, 5 "
        + "items"
    )
    #expect(english.map(\.text) == ["56", "COPUOS", "A/RES/62/217", "1000", "2021", "COVID", "19"])
    let chinese = AlignmentEvidenceToken.tokens(in: "第 56 届会议，第Ａ/RES/62/217号决议，２０２１年，LTS准则")
    #expect(chinese.map(\.text) == ["56", "A/RES/62/217", "2021", "LTS"])
    #expect(chinese.map(\.isNumeric) == [true, false, true, false])
    // Full-width digits and comma join as ASCII ones do; a scalar of four UTF-8 bytes separates.
    let mixed = AlignmentEvidenceToken.tokens(in: "１，０００人😀ＵＮＤＰ，12.50.")
    #expect(mixed.map(\.text) == ["1000", "UNDP", "12.50"])
  }

  @Test func heaviestChainDropsCrossingCandidates() {
    let candidates = [
      AlignmentAnchor(source: 0, target: 0, weight: 2),
      AlignmentAnchor(source: 1, target: 5, weight: 1),
      AlignmentAnchor(source: 2, target: 2, weight: 2),
      AlignmentAnchor(source: 3, target: 3, weight: 2),
      AlignmentAnchor(source: 3, target: 4, weight: 1),
      AlignmentAnchor(source: 4, target: 1, weight: 1.5),
    ]
    let chain = AnchorFinder.heaviestIncreasingChain(candidates, targetCount: 6)
    #expect(chain.map { [$0.source, $0.target] } == [[0, 0], [2, 2], [3, 3]])
  }

  @Test func footnoteOffsetZeroWhenNumberingAgrees() {
    let english = SeedSubmission.english
    var chinese = SeedSubmission.chinese
    for index in chinese.blocks.indices {
      chinese.blocks[index].footnoteReferences = chinese.blocks[index].footnoteReferences.map {
        FootnoteReference(number: $0.number - 3, offset: $0.offset, marker: "\($0.number - 3)")
      }
    }
    #expect(FootnoteOffset.estimate(source: english, target: chinese) == 0)
  }
}
