/// One unit the dynamic programme chose: source items, target items, the unit's cost, and its
/// margin: how much dearer the best path without this unit is than the chosen path.
struct AlignmentSpan: Hashable, Sendable {
  var source: Range<Int>
  var target: Range<Int>
  var cost: Double
  var margin: Double = .infinity
}

/// The minimum-cost monotone segmentation of two item sequences into units, restricted to a
/// corridor of the grid; time and memory are linear in the corridor's cell count.
enum BandedDynamicProgramme {
  struct Result: Sendable {
    var spans: [AlignmentSpan]
    var totalCost: Double
    /// Whether the best path runs along a band edge (a wider band might find a cheaper one).
    var touchesBandEdge: Bool
  }

  /// How far around a unit's corners the alternatives to it are looked for, in items.
  static let alternativeReach = 3

  /// The best path through `corridor` under `model`, with every unit's margin.
  static func solve(model: AlignmentCostModel, corridor: AlignmentCorridor) -> Result {
    let n = model.source.count
    let m = model.target.count
    let shapes = model.shapes
    let shapeCount = shapes.count
    var rowStart = [Int](repeating: 0, count: n + 2)
    for x in 0...n { rowStart[x + 1] = rowStart[x] + (corridor.high[x] - corridor.low[x] + 1) }
    func cell(_ x: Int, _ y: Int) -> Int? {
      guard x >= 0, x <= n, y >= corridor.low[x], y <= corridor.high[x] else { return nil }
      return rowStart[x] + y - corridor.low[x]
    }
    var cost = [Double](repeating: .infinity, count: rowStart[n + 1])
    var back = [UInt8](repeating: .max, count: rowStart[n + 1])
    // The cost of the unit of each shape ending in each cell, kept for the backward pass.
    var unitCost = [Float](repeating: .infinity, count: rowStart[n + 1] * shapeCount)
    for x in 0...n {
      let low = corridor.low[x]
      for y in low...corridor.high[x] {
        let here = rowStart[x] + y - low
        if x == 0 && y == 0 {
          cost[here] = 0
          continue
        }
        var best = Double.infinity
        var bestShape = UInt8.max
        for (index, shape) in shapes.enumerated() {
          guard let start = cell(x - shape.source, y - shape.target) else { continue }
          let previous = cost[start]
          if previous == .infinity { continue }
          let unit = model.cost(source: x - shape.source..<x, target: y - shape.target..<y)
          unitCost[here * shapeCount + index] = Float(unit)
          let candidate = previous + unit
          if candidate < best {
            best = candidate
            bestShape = UInt8(index)
          }
        }
        cost[here] = best
        back[here] = bestShape
      }
    }
    // Backward pass: the cost of the best path from each cell to (n, m).
    var rest = [Double](repeating: .infinity, count: rowStart[n + 1])
    if let end = cell(n, m) { rest[end] = 0 }
    for x in stride(from: n, through: 0, by: -1) {
      for y in stride(from: corridor.high[x], through: corridor.low[x], by: -1) {
        let here = rowStart[x] + y - corridor.low[x]
        for (index, shape) in shapes.enumerated() {
          guard let next = cell(x + shape.source, y + shape.target), rest[next] < .infinity else { continue }
          let unit = Double(unitCost[next * shapeCount + index])
          if unit < .infinity { rest[here] = min(rest[here], unit + rest[next]) }
        }
      }
    }
    // Walk back from (n, m).
    var spans: [AlignmentSpan] = []
    var touches = false
    var x = n
    var y = m
    let total = cell(n, m).map { cost[$0] } ?? .infinity
    while x > 0 || y > 0 {
      if corridor.isOnBandEdge(x: x, y: y) { touches = true }
      guard let here = cell(x, y), back[here] != .max else { break }
      let shape = shapes[Int(back[here])]
      let px = x - shape.source
      let py = y - shape.target
      let unit = cost[here] - (cell(px, py).map { cost[$0] } ?? 0)
      spans.append(AlignmentSpan(source: px..<x, target: py..<y, cost: unit))
      x = px
      y = py
    }
    spans.reverse()
    // A path without a unit puts one of its items in another unit that overlaps it; the best such
    // path nearby, through the forward and backward costs, gives the unit's margin.
    let reach = alternativeReach
    for k in spans.indices {
      let span = spans[k]
      var alternative = Double.infinity
      for ex in max(0, span.source.lowerBound - reach)...min(n, span.source.upperBound + reach) {
        for ey in max(0, span.target.lowerBound - reach)...min(m, span.target.upperBound + reach) {
          guard let end = cell(ex, ey), rest[end] < .infinity else { continue }
          for (index, shape) in shapes.enumerated() {
            let s = ex - shape.source..<ex
            let t = ey - shape.target..<ey
            // The same items in the same unit, only ordered differently among one-sided units.
            if (s == span.source || s.isEmpty && span.source.isEmpty) && (t == span.target || t.isEmpty && span.target.isEmpty) {
              continue
            }
            guard s.overlaps(span.source) || t.overlaps(span.target), let start = cell(s.lowerBound, t.lowerBound)
            else { continue }
            let unit = Double(unitCost[end * shapeCount + index])
            alternative = min(alternative, cost[start] + unit + rest[end])
          }
        }
      }
      spans[k].margin = max(0, alternative - total)
    }
    return Result(spans: spans, totalCost: total, touchesBandEdge: touches)
  }

  /// The best path, widening the band while the path runs along its edge.
  static func solve(model: AlignmentCostModel, anchors: [AlignmentAnchor], minimumHalfWidth: Int) -> Result {
    var halfWidth = max(1, minimumHalfWidth)
    while true {
      let corridor = AlignmentCorridor(
        source: model.source, target: model.target, anchors: anchors, halfWidth: halfWidth)
      let result = solve(model: model, corridor: corridor)
      if !result.touchesBandEdge || corridor.isFull { return result }
      halfWidth *= 2
    }
  }
}
