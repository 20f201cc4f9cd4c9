import Testing

@testable import Diptych

/// One `WindowScratch` serves every window a thread measures: each use must leave it all zero,
/// or the next window (of this evidence or another) reads marks that are not its own.
@Suite struct WindowScratchTests {
  @Test func oneScratchReusedMeasuresEveryWindowAsTheSearchDoes() throws {
    let pairs = Array(DevsetSample.pairs.prefix(12))
    let plain = TranslationEvidence(
      english: pairs.map(\.english), chinese: pairs.map(\.chinese),
      lexicon: LexiconTests.lexicon)
    let learned = plain.learning(from: (0..<12).map { ($0, $0) })
    var scratch = WindowScratch()
    // Windows drawn from a fixed sequence (empty sides among them), the two evidences and the
    // merge coverage's marks interleaved on the one scratch.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func draw(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for round in 0..<60 {
      let evidence = round % 3 == 1 ? plain : learned
      let a = draw(13)
      let b = a + draw(13 - a)
      let c = draw(13)
      let d = c + draw(13 - c)
      let window = try #require(
        evidence.windowCoverage(english: a..<b, chinese: c..<d, scratch: &scratch))
      #expect(scratch.masks.allSatisfy { $0 == 0 }, "round \(round)")
      for s in 0...(b - a) {
        for e in s...(b - a) {
          for t in 0...(d - c) {
            for f in t...(d - c) {
              #expect(
                window.coverage(english: s..<e, chinese: t..<f)
                  == evidence.coverage(english: (a + s)..<(a + e), chinese: (c + t)..<(c + f)),
                "round \(round): \(a..<b) × \(c..<d)")
            }
          }
        }
      }
      evidence.englishCoverage(of: [a..<b], by: c..<d, scratch: &scratch) { _ in }
      evidence.chineseCoverage(of: [c..<d], by: a..<b, scratch: &scratch) { _ in }
      #expect(scratch.masks.allSatisfy { $0 == 0 }, "round \(round)")
    }
  }
}
