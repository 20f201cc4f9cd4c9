/// The cells of the dynamic programme's grid that may be visited: for every count of source
/// items consumed `x`, the allowed counts of target items `low[x]...high[x]`.
///
/// Anchors cut the grid into boxes (an anchor (i, j) puts source item i and target item j in the
/// same unit, so a path point may not have consumed one without the other); inside each box a band
/// follows the path the two sides' cumulative lengths predict.
struct AlignmentCorridor: Sendable {
  private(set) var low: [Int]
  private(set) var high: [Int]
  /// The box walls: the band may widen up to these, never beyond.
  private(set) var wallLow: [Int]
  private(set) var wallHigh: [Int]

  /// The corridor for `anchors` (strictly increasing in both coordinates) with the band's
  /// half-width `halfWidth` (grown by the box's count difference).
  init(
    source: AlignmentSideFeatures, target: AlignmentSideFeatures, anchors: [AlignmentAnchor],
    halfWidth: Int
  ) {
    let n = source.count
    low = Array(repeating: 0, count: n + 1)
    high = low
    wallLow = low
    wallHigh = low
    var boxes: [(x: ClosedRange<Int>, y: ClosedRange<Int>)] = []
    var x0 = 0
    var y0 = 0
    for anchor in anchors {
      boxes.append((x0...anchor.source, y0...anchor.target))
      x0 = anchor.source + 1
      y0 = anchor.target + 1
    }
    boxes.append((x0...n, y0...target.count))
    for box in boxes { fill(box: box, source: source, target: target, halfWidth: halfWidth) }
    // Keep every row reachable from the one before (a 1:1 or 0:1 step must connect them).
    if n > 0 {
      for x in 1...n where low[x] > high[x - 1] + 1 { high[x - 1] = low[x] - 1 }
    }
  }

  private mutating func fill(
    box: (x: ClosedRange<Int>, y: ClosedRange<Int>), source: AlignmentSideFeatures,
    target: AlignmentSideFeatures, halfWidth: Int
  ) {
    let width = box.x.count - 1
    let height = box.y.count - 1
    let w = max(halfWidth, abs(width - height) / 4)
    let sourceTotal = source.prefixLength[box.x.upperBound] - source.prefixLength[box.x.lowerBound]
    let targetTotal = target.prefixLength[box.y.upperBound] - target.prefixLength[box.y.lowerBound]
    var y = box.y.lowerBound
    for x in box.x {
      var center: Int
      if x == box.x.lowerBound {
        center = box.y.lowerBound
      } else if x == box.x.upperBound {
        center = box.y.upperBound
      } else if sourceTotal > 0 && targetTotal > 0 {
        // The target point whose cumulative length share matches the source's.
        let share =
          Double(source.prefixLength[x] - source.prefixLength[box.x.lowerBound])
          / Double(sourceTotal)
        let wanted = share * Double(targetTotal) + Double(target.prefixLength[box.y.lowerBound])
        while y < box.y.upperBound && Double(target.prefixLength[y + 1]) <= wanted { y += 1 }
        center = y
      } else {
        center = box.y.lowerBound + (x - box.x.lowerBound) * height / max(1, width)
      }
      center = min(max(center, box.y.lowerBound), box.y.upperBound)
      wallLow[x] = box.y.lowerBound
      wallHigh[x] = box.y.upperBound
      low[x] = max(box.y.lowerBound, center - w)
      high[x] = min(box.y.upperBound, center + w)
      if x > box.x.lowerBound { low[x] = max(low[x], low[x - 1]) }
      if box.x.count == 1 {
        // A box one row wide: the row itself must cross it.
        low[x] = box.y.lowerBound
        high[x] = box.y.upperBound
      }
    }
    var x = box.x.upperBound
    while x > box.x.lowerBound {
      high[x - 1] = min(high[x - 1], high[x])
      x -= 1
    }
  }

  /// Narrows the band to `halfWidth` items on each side of `path` (units from (0, 0) to the end,
  /// inside the corridor), never past the box walls, keeping every row reachable from the one
  /// before.
  mutating func narrow(around path: [AlignmentSpan], halfWidth: Int) {
    let n = low.count - 1
    var pathLow = [Int](repeating: .max, count: n + 1)
    var pathHigh = [Int](repeating: 0, count: n + 1)
    for span in path {
      for x in span.source.lowerBound...span.source.upperBound {
        pathLow[x] = min(pathLow[x], span.target.lowerBound)
        pathHigh[x] = max(pathHigh[x], span.target.upperBound)
      }
    }
    for x in 0...n where pathLow[x] != .max {
      low[x] = max(wallLow[x], pathLow[x] - halfWidth)
      high[x] = min(wallHigh[x], pathHigh[x] + halfWidth)
    }
    if n > 0 {
      for x in 1...n where low[x] > high[x - 1] + 1 { high[x - 1] = low[x] - 1 }
    }
  }

  /// Widens the band by `amount` on both sides (never past the box walls) in every row within
  /// `radius` rows of one of `rows`, keeping every row reachable from the one before.
  mutating func widen(around rows: [Int], radius: Int, by amount: Int) {
    let n = low.count - 1
    var covered = -1
    for row in rows {
      let first = max(covered + 1, row - radius)
      let last = min(n, row + radius)
      guard first <= last else { continue }
      for x in first...last {
        low[x] = max(wallLow[x], low[x] - amount)
        high[x] = min(wallHigh[x], high[x] + amount)
      }
      covered = last
    }
    if n > 0 {
      for x in 1...n where low[x] > high[x - 1] + 1 { high[x - 1] = low[x] - 1 }
    }
  }

  /// Whether `y` lies on a band edge of row `x` that is not a box wall.
  func isOnBandEdge(x: Int, y: Int) -> Bool {
    (y == low[x] && low[x] > wallLow[x]) || (y == high[x] && high[x] < wallHigh[x])
  }

  /// How many cells the corridor holds.
  var cellCount: Int { zip(low, high).reduce(0) { $0 + $1.1 - $1.0 + 1 } }

  /// Whether the band already spans every box entirely.
  var isFull: Bool { low == wallLow && high == wallHigh }
}

/// A pair of items the alignment must put in the same unit, with the strength of its evidence.
struct AlignmentAnchor: Hashable, Sendable {
  var source: Int
  var target: Int
  var weight: Double
}
