/// One unit the dynamic programme chose: source items, target items and the unit's cost.
struct AlignmentSpan: Hashable, Sendable {
  var source: Range<Int>
  var target: Range<Int>
  var cost: Double
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

  /// The best path through `corridor` under `model`.
  static func solve(model: AlignmentCostModel, corridor: AlignmentCorridor) -> Result {
    let n = model.source.count
    let m = model.target.count
    let shapes = AlignmentCostModel.shapes
    var rowStart = [Int](repeating: 0, count: n + 2)
    for x in 0...n { rowStart[x + 1] = rowStart[x] + (corridor.high[x] - corridor.low[x] + 1) }
    var cost = [Double](repeating: .infinity, count: rowStart[n + 1])
    var back = [UInt8](repeating: .max, count: rowStart[n + 1])
    for x in 0...n {
      let low = corridor.low[x]
      for y in low...corridor.high[x] {
        if x == 0 && y == 0 {
          cost[rowStart[0]] = 0
          continue
        }
        var best = Double.infinity
        var bestShape = UInt8.max
        for (index, shape) in shapes.enumerated() {
          let px = x - shape.source
          let py = y - shape.target
          guard px >= 0, py >= 0, py >= corridor.low[px], py <= corridor.high[px] else { continue }
          let previous = cost[rowStart[px] + py - corridor.low[px]]
          if previous == .infinity { continue }
          let candidate = previous + model.cost(source: px..<x, target: py..<y)
          if candidate < best {
            best = candidate
            bestShape = UInt8(index)
          }
        }
        cost[rowStart[x] + y - low] = best
        back[rowStart[x] + y - low] = bestShape
      }
    }
    // Walk back from (n, m).
    var spans: [AlignmentSpan] = []
    var touches = false
    var x = n
    var y = m
    let total = cost[rowStart[n] + m - corridor.low[n]]
    while x > 0 || y > 0 {
      if corridor.isOnBandEdge(x: x, y: y) { touches = true }
      let cell = rowStart[x] + y - corridor.low[x]
      let shape = shapes[Int(back[cell])]
      let px = x - shape.source
      let py = y - shape.target
      let here = cost[cell] - cost[rowStart[px] + py - corridor.low[px]]
      spans.append(AlignmentSpan(source: px..<x, target: py..<y, cost: here))
      x = px
      y = py
    }
    return Result(spans: spans.reversed(), totalCost: total, touchesBandEdge: touches)
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
