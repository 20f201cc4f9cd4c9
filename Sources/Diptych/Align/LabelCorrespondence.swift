/// Pairs of labelled blocks that belong together: paragraph numbers (`3.` with `3.` or with `2.`),
/// item letters, and outline headings (`II.` with `一、`), found as runs of constant label offset
/// that the blocks' content confirms.
///
/// Why runs and not equal labels: a translation that omits, merges or splits a paragraph and then
/// numbers its paragraphs consecutively (as an auto-numbered document does) prints, after the
/// edit, paragraph n against the original's n + k; equal labels would pair the wrong blocks from
/// there on. So the offset (target value − source value) is a hidden state, constant over runs and
/// allowed to change at a price between them. A Viterbi pass over each numbering sequence picks
/// the offsets whose pairs the lengths, numbers and relative positions confirm best, and only the
/// pairs the content does not contradict are kept: a label is evidence that must agree with the
/// rest, never a verdict on its own.
enum LabelCorrespondence {
  /// A labelled block: its index and its label's value.
  struct Item: Sendable {
    var index: Int
    var value: Int
  }

  /// The labels of one numbering system on both sides (paragraph `1.`, `2.` …; one outline level).
  struct Sequence: Sendable {
    var source: [Item] = []
    var target: [Item] = []
  }

  /// The cost of an offset change between consecutive labels (an edit in the translation).
  static let changeCost = 4.0
  /// The cost of a label whose offset points at no label of the other side (a numbering gap).
  static let missingCost = 5.0
  /// The most one wrong pair may cost: an edit's neighbourhood must not dominate the run.
  static let maximumFitCost = 10.0
  /// Pairs whose content costs more than this are dropped: their blocks contradict their labels.
  static let acceptedFitCost = 6.0
  /// The same for a pair inside a run whose neighbours both fit at the same offset.
  static let acceptedInteriorFitCost = 14.0
  /// The cost of a pair per unit of relative-position difference.
  static let positionWeight = 10.0
  /// How far the offsets searched reach beyond the ones the sequences' ends suggest.
  static let offsetMargin = 8

  /// The label pairs of two documents, each block in at most one pair, sorted by source index.
  static func pairs(source: Document, target: Document, model: AlignmentCostModel) -> [(
    source: Int, target: Int
  )] {
    var found: [(source: Int, target: Int, fit: Double)] = []
    for sequence in sequences(source: source, target: target, model: model) {
      found += pairs(in: sequence, model: model)
    }
    // One partner per block: the best-fitting pair wins.
    var sourceTaken: Set<Int> = []
    var targetTaken: Set<Int> = []
    var result: [(source: Int, target: Int)] = []
    for pair in found.sorted(by: { ($0.fit, $0.source) < ($1.fit, $1.source) })
    where !sourceTaken.contains(pair.source) && !targetTaken.contains(pair.target) {
      sourceTaken.insert(pair.source)
      targetTaken.insert(pair.target)
      result.append((pair.source, pair.target))
    }
    return result.sorted { $0.source < $1.source }
  }

  /// The numbering sequences: labels printed alike (same style and role), and outline headings
  /// per level, whatever their style (`II.` and `二、` count the same things).
  static func sequences(source: Document, target: Document, model: AlignmentCostModel) -> [Sequence]
  {
    enum Key: Hashable {
      case printed(AlignmentSideFeatures.Role, LabelStyle)
      case outline(level: Int)
    }
    var sequences: [Key: Sequence] = [:]
    for (side, document) in [(Side.source, source), (Side.target, target)] {
      let features = side == .source ? model.source : model.target
      for (index, block) in document.blocks.enumerated() {
        guard let label = block.label else { continue }
        let key: Key
        if block.kind == .heading, label.style.isOutline {
          key = .outline(level: block.level ?? 1)
        } else if !label.style.isOutline, !label.style.isYearPlan, label.style != .bullet {
          // Printed alike in both languages (`3.`, `(c)`, `(iv)`); year plans are paired as lists.
          key = .printed(features.roles[index], label.style)
        } else {
          continue
        }
        let item = Item(index: index, value: label.value)
        if side == .source {
          sequences[key, default: Sequence()].source.append(item)
        } else {
          sequences[key, default: Sequence()].target.append(item)
        }
      }
    }
    return sequences.values.filter { !$0.source.isEmpty && !$0.target.isEmpty }
  }

  /// The pairs of one sequence with their fit costs.
  static func pairs(in sequence: Sequence, model: AlignmentCostModel) -> [(
    source: Int, target: Int, fit: Double
  )] {
    let targetByValue = uniqueValues(sequence.target)
    guard let targetByValue, uniqueValues(sequence.source) != nil else {
      return occurrencePairs(sequence, model: model)
    }
    let source = sequence.source
    let offsets = candidateOffsets(sequence)
    let width = offsets.count
    // emission[k * width + d]: the cost of reading source label k with offset offsets[d].
    var emission = [Double](repeating: missingCost, count: source.count * width)
    var partner = [Int](repeating: -1, count: source.count * width)
    var fits = [Double](repeating: .infinity, count: source.count * width)
    for (k, item) in source.enumerated() {
      for (d, offset) in offsets.enumerated() {
        guard let j = targetByValue[item.value + offset] else { continue }
        let cost = fit(item.index, j, model: model)
        fits[k * width + d] = cost
        emission[k * width + d] = min(maximumFitCost, cost)
        partner[k * width + d] = j
      }
    }
    // Viterbi over the offsets; the first label may start at any offset, 0 slightly preferred.
    var back = [Int32](repeating: 0, count: source.count * width)
    var cost = offsets.enumerated().map { d, offset in (offset == 0 ? 0 : 1) + emission[d] }
    for k in 1..<max(1, source.count) {
      var best = 0
      for d in 1..<width where cost[d] < cost[best] { best = d }
      var next = cost
      for d in 0..<width {
        let change = cost[best] + changeCost
        if cost[d] <= change {
          back[k * width + d] = Int32(d)
          next[d] = cost[d]
        } else {
          back[k * width + d] = Int32(best)
          next[d] = change
        }
        next[d] += emission[k * width + d]
      }
      cost = next
    }
    var d = 0
    for e in 1..<width where cost[e] < cost[d] { d = e }
    var path = [Int](repeating: 0, count: source.count)
    for k in stride(from: source.count - 1, through: 0, by: -1) {
      path[k] = k * width + d
      d = Int(back[k * width + d])
    }
    // A pair inside a run, between two pairs the content confirms at the same offset, is kept even
    // where its own content fits less well (a sentence left out); a pair at a run's edge must fit.
    func confirmed(_ k: Int) -> Bool { partner[path[k]] >= 0 && fits[path[k]] <= acceptedFitCost }
    var result: [(source: Int, target: Int, fit: Double)] = []
    for k in source.indices where partner[path[k]] >= 0 {
      let fit = fits[path[k]]
      let interior =
        k > 0 && k < source.count - 1 && path[k - 1] % width == path[k] % width
        && path[k + 1] % width == path[k] % width && confirmed(k - 1) && confirmed(k + 1)
      if fit <= acceptedFitCost || (interior && fit <= acceptedInteriorFitCost) {
        result.append((source[k].index, partner[path[k]], fit))
      }
    }
    return result
  }

  /// Repeated labels (`(a)` in every list): the k-th occurrence with the k-th when the counts
  /// agree, kept where the content does not contradict it.
  private static func occurrencePairs(_ sequence: Sequence, model: AlignmentCostModel) -> [(
    source: Int, target: Int, fit: Double
  )] {
    var sourceByValue: [Int: [Int]] = [:]
    var targetByValue: [Int: [Int]] = [:]
    for item in sequence.source { sourceByValue[item.value, default: []].append(item.index) }
    for item in sequence.target { targetByValue[item.value, default: []].append(item.index) }
    var result: [(source: Int, target: Int, fit: Double)] = []
    for (value, sourceIndices) in sourceByValue {
      guard let targetIndices = targetByValue[value], targetIndices.count == sourceIndices.count
      else { continue }
      for (i, j) in zip(sourceIndices, targetIndices) {
        let cost = fit(i, j, model: model)
        if cost <= acceptedFitCost { result.append((i, j, cost)) }
      }
    }
    return result
  }

  /// Value → block index, or nil when a value occurs twice.
  private static func uniqueValues(_ items: [Item]) -> [Int: Int]? {
    var result: [Int: Int] = [:]
    for item in items where result.updateValue(item.index, forKey: item.value) != nil { return nil }
    return result
  }

  /// The offsets worth trying: around 0 and around the offsets of the sequences' two ends.
  private static func candidateOffsets(_ sequence: Sequence) -> [Int] {
    var ends = [0]
    if let a = sequence.source.first, let b = sequence.target.first {
      ends.append(b.value - a.value)
    }
    if let a = sequence.source.last, let b = sequence.target.last { ends.append(b.value - a.value) }
    let low = (ends.min() ?? 0) - offsetMargin
    let high = (ends.max() ?? 0) + offsetMargin
    // Far-apart ends (a partial translation) would make the state space large; the band around
    // the two ends is what matters then.
    if high - low > 4 * offsetMargin + 1 {
      return Array(Set(ends.flatMap { ($0 - offsetMargin)...($0 + offsetMargin) })).sorted()
    }
    return Array(low...high)
  }

  /// How well blocks i and j fit together: the cheapest unit holding both (1:1, or 2:1 and 1:2 for
  /// a merged or split paragraph), plus their relative-position difference. Lower is better.
  static func fit(_ i: Int, _ j: Int, model: AlignmentCostModel) -> Double {
    let n = model.source.count
    let m = model.target.count
    var best = model.cost(source: i..<i + 1, target: j..<j + 1)
    let shapes: [(Range<Int>, Range<Int>)] = [
      (i - 1..<i + 1, j..<j + 1), (i..<i + 2, j..<j + 1), (i..<i + 1, j - 1..<j + 1),
      (i..<i + 1, j..<j + 2),
    ]
    for (s, t) in shapes
    where s.lowerBound >= 0 && s.upperBound <= n && t.lowerBound >= 0 && t.upperBound <= m {
      best = min(best, model.cost(source: s, target: t))
    }
    let drift = abs(model.source.relativePosition(of: i) - model.target.relativePosition(of: j))
    return best + positionWeight * drift
  }
}
