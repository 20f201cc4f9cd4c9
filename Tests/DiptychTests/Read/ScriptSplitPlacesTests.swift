import Testing

@testable import Diptych

/// The split by script chooses among the places where runs of one script end, counted by the
/// pass that looks for rules: it must choose what reading every line again chooses.
@Suite struct ScriptSplitPlacesTests {
  /// Lines of each kind: Latin, Chinese, neither (no letters), and blank.
  static let kinds = [
    ["The Committee met in Vienna.", "A/RES/70/1", "Mixed 中文 line with more Latin letters"],
    ["委员会在维也纳举行会议。", "第十二条 Article", "会议闭幕。"],
    ["12", "— 3 —", "(2021)"],
    [""],
  ]

  @Test func placesChooseTheSplitEveryLineChooses() throws {
    var random = SplitMix64(seed: 14)
    var splits = 0
    for _ in 0..<600 {
      // Runs of kinds of random lengths: two halves, noise inside them, or many alternations.
      var lines: [String] = []
      for _ in 0..<Int.random(in: 1...12, using: &random) {
        let kind = Self.kinds[Int.random(in: 0..<Self.kinds.count, using: &random)]
        for _ in 0..<Int.random(in: 1...6, using: &random) {
          lines.append(kind[Int.random(in: 0..<kind.count, using: &random)])
        }
      }
      let source = LineSource(text: lines.joined(separator: "\n"))
      let fromPlaces = try BilingualSplit.split(source)
      let reread = try BilingualSplit.splitByScript(source, counted: nil)
      #expect(fromPlaces?.split == reread?.split, "\(lines)")
      #expect(fromPlaces?.first.span == reread?.first.span, "\(lines)")
      #expect(fromPlaces?.second.span == reread?.second.span, "\(lines)")
      #expect(fromPlaces?.second.firstLine == reread?.second.firstLine, "\(lines)")
      if reread != nil { splits += 1 }
    }
    // The inputs must exercise splits, not only refusals.
    #expect(splits > 50)
  }
}
