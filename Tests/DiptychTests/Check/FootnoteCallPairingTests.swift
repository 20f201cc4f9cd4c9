import Testing

@testable import Diptych

/// Which footnote call of a unit is the missing one when the two sides have different counts.
@Suite struct FootnoteCallPairingTests {
  private func numbers(
    _ pairing: FootnoteCallPairing, _ source: [Int], _ target: [Int]
  ) -> [String] {
    pairing.pairs(source: source, target: target).map {
      "\(source[$0.source])=\(target[$0.target])"
    }
  }

  @Test func theBodiesSayWhichCallWasDropped() {
    // The Chinese drops call 3 and keeps its numbering: its body 4 was aligned with body 4.
    let kept = FootnoteCallPairing(bodyPartner: [3: 3, 4: 4], neighbourOffsets: [0])
    #expect(numbers(kept, [3, 4], [4]) == ["4=4"])
    #expect(numbers(kept, [3, 4], [3]) == ["3=3"])
    // Renumbered: Chinese 3 is English 4, as their bodies say.
    let renumbered = FootnoteCallPairing(bodyPartner: [4: 3], neighbourOffsets: [0, -1])
    #expect(numbers(renumbered, [3, 4], [3]) == ["4=3"])
    // The other direction: the English lacks a call the Chinese has.
    #expect(numbers(kept, [4], [3, 4]) == ["4=4"])
  }

  @Test func withoutBodiesTheNeighbouringOffsetDecides() {
    let pairing = FootnoteCallPairing(bodyPartner: [:], neighbourOffsets: [2])
    #expect(numbers(pairing, [5, 6, 7], [8, 9]) == ["6=8", "7=9"])
  }

  @Test func withoutEvidenceTheLeadingCallsPairAsByPosition() {
    let pairing = FootnoteCallPairing(bodyPartner: [:], neighbourOffsets: [])
    #expect(numbers(pairing, [3, 4, 5], [10]) == ["3=10"])
    #expect(numbers(pairing, [1, 2], [1, 2]) == ["1=1", "2=2"])
  }

  /// Every call of the shorter side is paired, and no pairing in order has more evidence:
  /// checked against all choices on small random cases.
  @Test func thePairingIsTheBestOfAllChoices() {
    var random = SplitMix64(seed: 7)
    func draw(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    for _ in 0..<300 {
      let source = (0..<(1 + draw(4))).map { _ in 1 + draw(6) }
      let target = (0..<(1 + draw(4))).map { _ in 1 + draw(6) }
      var partners: [Int: Int] = [:]
      for number in 1...6 where draw(3) == 0 { partners[number] = 1 + draw(6) }
      let pairing = FootnoteCallPairing(
        bodyPartner: partners, neighbourOffsets: Set((0..<draw(3)).map { _ in draw(5) - 2 }))
      let pairs = pairing.pairs(source: source, target: target)
      #expect(pairs.count == min(source.count, target.count))
      #expect(
        zip(pairs, pairs.dropFirst()).allSatisfy { $0.source < $1.source && $0.target < $1.target })
      let evidence = { (pairs: [(source: Int, target: Int)]) in
        pairs.reduce(0) { total, pair in
          let (s, t) = (source[pair.source], target[pair.target])
          if let partner = partners[s] { return total + (partner == t ? 3 : 0) }
          return total + (pairing.neighbourOffsets.contains(t - s) ? 2 : 0)
        }
      }
      #expect(evidence(pairs) == bestEvidence(source.count, target.count, evidence))
    }
  }

  /// The most evidence any in-order pairing of min(m, n) calls has, by trying every choice.
  private func bestEvidence(
    _ m: Int, _ n: Int, _ evidence: ([(source: Int, target: Int)]) -> Int
  ) -> Int {
    let k = min(m, n)
    func choices(_ count: Int, _ k: Int) -> [[Int]] {
      if k == 0 { return [[]] }
      if count < k { return [] }
      return choices(count - 1, k) + choices(count - 1, k - 1).map { $0 + [count - 1] }
    }
    var best = Int.min
    for left in choices(m, k) {
      for right in choices(n, k) {
        best = max(best, evidence(zip(left, right).map { (source: $0, target: $1) }))
      }
    }
    return best
  }
}
