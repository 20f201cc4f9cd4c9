/// Pairs the facts of two versions as a faithful translation restates them, and returns the rest.
public enum FactMatcher {
  /// The facts of each side with no counterpart on the other.
  ///
  /// Facts pair as a multiset: first by kind and value; then quantities by value across kinds
  /// ("article 60" = "第60条"); then a range against its two ends stated separately
  /// ("2009-2011" = "2009年至2011年"). Elidable facts ("one", "both", "一项") left over count only
  /// when the other side has a different number left over too.
  ///
  /// - Complexity: O(*n* · *m*) in the worst case, O(*n* + *m*) when values are distinct.
  public static func unmatched(source: [Fact], target: [Fact]) -> (source: [Fact], target: [Fact]) {
    var state = MatchState(source: source, target: target)
    state.pair { $0.kind == $1.kind && $0.value == $1.value }
    state.pair { $0.kind.isScalar && $1.kind.isScalar && $0.value == $1.value }
    state.pairCompositesWithParts()
    return state.leftovers()
  }
}

/// The bookkeeping of one matching: which facts of each side are still unmatched.
private struct MatchState {
  let source: [Fact]
  let target: [Fact]
  var sourceOpen: [Bool]
  var targetOpen: [Bool]

  init(source: [Fact], target: [Fact]) {
    self.source = source
    self.target = target
    sourceOpen = Array(repeating: true, count: source.count)
    targetOpen = Array(repeating: true, count: target.count)
  }

  /// Pairs each open source fact with the first open target fact `matches` accepts.
  mutating func pair(_ matches: (Fact, Fact) -> Bool) {
    var byValue: [String: [Int]] = [:]
    for index in target.indices where targetOpen[index] { byValue[target[index].value, default: []].append(index) }
    for index in source.indices where sourceOpen[index] {
      guard let candidates = byValue[source[index].value],
        let found = candidates.first(where: { targetOpen[$0] && matches(source[index], target[$0]) })
      else { continue }
      sourceOpen[index] = false
      targetOpen[found] = false
    }
  }

  /// "2009-2011" on one side against "2009" and "2011" on the other, likewise date ranges;
  /// "resolution 2127 (2013)" against "2127" and "2013" read apart.
  mutating func pairCompositesWithParts() {
    pairComposite(in: \.source, open: \.sourceOpen, against: \.target, otherOpen: \.targetOpen)
    pairComposite(in: \.target, open: \.targetOpen, against: \.source, otherOpen: \.sourceOpen)
  }

  private mutating func pairComposite(
    in facts: KeyPath<MatchState, [Fact]>, open: WritableKeyPath<MatchState, [Bool]>,
    against others: KeyPath<MatchState, [Fact]>, otherOpen: WritableKeyPath<MatchState, [Bool]>
  ) {
    for index in self[keyPath: facts].indices where self[keyPath: open][index] {
      guard let parts = Self.parts(of: self[keyPath: facts][index]) else { continue }
      var used: [Int] = []
      for part in parts {
        guard
          let found = self[keyPath: others].indices.first(where: { candidate in
            self[keyPath: otherOpen][candidate] && !used.contains(candidate)
              && Self.part(part, matches: self[keyPath: others][candidate])
          })
        else { break }
        used.append(found)
      }
      guard used.count == parts.count else { continue }
      self[keyPath: open][index] = false
      for found in used { self[keyPath: otherOpen][found] = false }
    }
  }

  /// The facts a composite fact can be restated as: a range's ends, a resolution's number and year.
  private static func parts(of fact: Fact) -> [(FactKind, String)]? {
    switch fact.kind {
    case .yearRange, .dateRange:
      let ends = fact.value.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
      guard ends.count == 2 else { return nil }
      let kind: FactKind = fact.kind == .yearRange ? .year : .date
      return ends.map { (kind, $0) }
    case .resolution:
      guard let open = fact.value.firstIndex(of: "("), fact.value.hasSuffix(")") else { return nil }
      let number = String(fact.value[..<open])
      let year = String(fact.value[fact.value.index(after: open)..<fact.value.index(before: fact.value.endIndex)])
      return [(.number, number), (.year, year)]
    default:
      return nil
    }
  }

  private static func part(_ part: (FactKind, String), matches fact: Fact) -> Bool {
    guard fact.value == part.1 else { return false }
    return fact.kind == part.0 || part.0.isScalar && fact.kind.isScalar
  }

  func leftovers() -> (source: [Fact], target: [Fact]) {
    let sourceLeft = source.indices.filter { sourceOpen[$0] }.map { source[$0] }
    let targetLeft = target.indices.filter { targetOpen[$0] }.map { target[$0] }
    // An elidable fact left over is a rephrasing, unless the other side has another number left over.
    let sourceConflicts = sourceLeft.contains { !$0.isElidable && $0.kind.isScalar }
    let targetConflicts = targetLeft.contains { !$0.isElidable && $0.kind.isScalar }
    return (
      sourceLeft.filter { !$0.isElidable || targetConflicts },
      targetLeft.filter { !$0.isElidable || sourceConflicts }
    )
  }
}
