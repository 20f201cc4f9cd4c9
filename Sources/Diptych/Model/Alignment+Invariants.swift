extension Alignment {
  /// What is wrong with the alignment's structure; empty when every block of both documents is in
  /// exactly one unit, in order, and every unit's sentence pairs cover its sentences in order.
  ///
  /// Checked: unit ids `u1`, `u2` …; each unit's block indices contiguous, ascending and following
  /// the previous unit's; every block of both documents covered; no empty unit; sentence pairs
  /// covering each side's sentences (a block without sentences counts as one) exactly once, in
  /// order; every confidence in 0…1.
  public func invariantViolations() -> [String] {
    var violations: [String] = []
    var next: [Side: Int] = [.source: 0, .target: 0]
    for (position, unit) in units.enumerated() {
      let name = unit.id
      if unit.id != "u\(position + 1)" {
        violations.append("unit \(position + 1) has id \(unit.id)")
      }
      if unit.source.isEmpty && unit.target.isEmpty { violations.append("\(name) is empty") }
      for side in Side.allCases {
        let indices = unit.blocks(side)
        guard let first = indices.first else { continue }
        let expected = next[side, default: 0]
        if first != expected {
          violations.append("\(name) \(side) starts at block \(first), expected \(expected)")
        }
        if indices != Array(first..<first + indices.count) {
          violations.append("\(name) \(side) blocks \(indices) are not contiguous and ascending")
        }
        next[side] = max(expected, (indices.last ?? first) + 1)
      }
      if !(0...1).contains(unit.confidence) {
        violations.append("\(name) confidence \(unit.confidence)")
      }
      violations += sentenceViolations(of: unit)
    }
    if next[.source] != source.blocks.count {
      violations.append(
        "source blocks covered up to \(next[.source] ?? 0) of \(source.blocks.count)")
    }
    if next[.target] != target.blocks.count {
      violations.append(
        "target blocks covered up to \(next[.target] ?? 0) of \(target.blocks.count)")
    }
    return violations
  }

  private func sentenceViolations(of unit: AlignmentUnit) -> [String] {
    var violations: [String] = []
    for side in Side.allCases {
      let document = document(side)
      let indices = unit.blocks(side)
      let count = indices.reduce(0) { total, index in
        total
          + (document.blocks.indices.contains(index)
            ? document.blocks[index].sentencesOrWholeText.count : 0)
      }
      let covered = unit.sentences.flatMap { $0.sentences(side) }
      if covered != Array(0..<count) {
        violations.append(
          "\(unit.id) \(side) sentence pairs cover \(covered), expected 0..<\(count)")
      }
    }
    for pair in unit.sentences
    where !(0...1).contains(pair.confidence) || (pair.source.isEmpty && pair.target.isEmpty) {
      violations.append(
        "\(unit.id) has a sentence pair \(pair.source):\(pair.target) confidence \(pair.confidence)"
      )
    }
    return violations
  }
}
