/// The four counts behind vecalign's strict and lax scores; they add up over documents.
package struct MatchCounts: Sendable, Hashable, Codable {
  /// Pairs found exactly in the reference.
  public var strictHits: Int
  /// Pairs not found exactly in the reference.
  public var strictMisses: Int
  /// Pairs that overlap some reference pair on both sides (exact matches included).
  public var laxHits: Int
  /// Pairs that overlap no reference pair on both sides.
  public var laxMisses: Int

  /// Creates counts.
  public init(strictHits: Int = 0, strictMisses: Int = 0, laxHits: Int = 0, laxMisses: Int = 0) {
    self.strictHits = strictHits
    self.strictMisses = strictMisses
    self.laxHits = laxHits
    self.laxMisses = laxMisses
  }

  /// The counts of two documents together (vecalign's `score_multiple` sums them this way).
  public static func + (lhs: MatchCounts, rhs: MatchCounts) -> MatchCounts {
    MatchCounts(
      strictHits: lhs.strictHits + rhs.strictHits,
      strictMisses: lhs.strictMisses + rhs.strictMisses,
      laxHits: lhs.laxHits + rhs.laxHits, laxMisses: lhs.laxMisses + rhs.laxMisses)
  }

  /// Counts how many `candidates` the `reference` confirms, as vecalign's `_precision` does.
  ///
  /// Both lists become sets first (duplicates count once) and pairs empty on both sides are
  /// dropped. A candidate is a strict hit if the reference holds it exactly; otherwise it is a lax
  /// hit if one of its target indices is aligned, somewhere in the reference, with one of its
  /// source indices. Insertions and deletions can only be strict hits, since they lack a side.
  public static func count(candidates: [GoldPair], reference: [GoldPair]) -> MatchCounts {
    let candidates = Set(candidates.filter { !$0.source.isEmpty || !$0.target.isEmpty })
    let reference = Set(reference.filter { !$0.source.isEmpty || !$0.target.isEmpty })
    var referenceTargets: [Int: Set<Int>] = [:]
    for pair in reference {
      for source in pair.source {
        referenceTargets[source, default: []].formUnion(pair.target)
      }
    }
    var counts = MatchCounts()
    for pair in candidates {
      if reference.contains(pair) {
        counts.strictHits += 1
        counts.laxHits += 1
        continue
      }
      counts.strictMisses += 1
      let reachable = pair.source.reduce(into: Set<Int>()) {
        $0.formUnion(referenceTargets[$1] ?? [])
      }
      if reachable.isDisjoint(with: pair.target) {
        counts.laxMisses += 1
      } else {
        counts.laxHits += 1
      }
    }
    return counts
  }
}
