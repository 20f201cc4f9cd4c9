@testable import Diptych

/// The plain dynamic programme: every cell of the grid, no anchors, no band. The banded aligner
/// must find the same total cost.
enum ReferenceDynamicProgramme {
  static func totalCost(model: AlignmentCostModel) -> Double {
    let n = model.source.count
    let m = model.target.count
    var cost = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
    cost[0][0] = 0
    for x in 0...n {
      for y in 0...m where x > 0 || y > 0 {
        for shape in AlignmentCostModel.shapes where shape.source <= x && shape.target <= y {
          let previous = cost[x - shape.source][y - shape.target]
          let candidate =
            previous + model.cost(source: x - shape.source..<x, target: y - shape.target..<y)
          cost[x][y] = min(cost[x][y], candidate)
        }
      }
    }
    return cost[n][m]
  }

  /// Each span's margin on the best path, searched for span by span over the whole grid: the
  /// cheapest path through a unit ending within `BandedDynamicProgramme.alternativeReach` of the
  /// span that overlaps it without holding the same items, less the best path's cost. Unit costs
  /// are rounded to `Float` as the banded programme keeps them for its backward pass.
  static func margins(model: AlignmentCostModel, spans: [AlignmentSpan]) -> [Double] {
    let n = model.source.count
    let m = model.target.count
    let shapes = AlignmentCostModel.shapes
    func unit(_ x: Int, _ y: Int, _ shape: (source: Int, target: Int)) -> Double? {
      guard shape.source <= x && shape.target <= y else { return nil }
      return model.cost(source: x - shape.source..<x, target: y - shape.target..<y)
    }
    var forward = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
    forward[0][0] = 0
    for x in 0...n {
      for y in 0...m where x > 0 || y > 0 {
        for shape in shapes {
          guard let cost = unit(x, y, shape) else { continue }
          forward[x][y] = min(forward[x][y], forward[x - shape.source][y - shape.target] + cost)
        }
      }
    }
    var rest = [[Double]](repeating: [Double](repeating: .infinity, count: m + 1), count: n + 1)
    rest[n][m] = 0
    for x in stride(from: n, through: 0, by: -1) {
      for y in stride(from: m, through: 0, by: -1) {
        for shape in shapes where x + shape.source <= n && y + shape.target <= m {
          guard let cost = unit(x + shape.source, y + shape.target, shape) else { continue }
          rest[x][y] = min(
            rest[x][y], Double(Float(cost)) + rest[x + shape.source][y + shape.target])
        }
      }
    }
    let reach = BandedDynamicProgramme.alternativeReach
    return spans.map { span in
      var alternative = Double.infinity
      for ex in max(0, span.source.lowerBound - reach)...min(n, span.source.upperBound + reach) {
        for ey in max(0, span.target.lowerBound - reach)...min(m, span.target.upperBound + reach) {
          for shape in shapes {
            guard let cost = unit(ex, ey, shape) else { continue }
            let s = ex - shape.source..<ex
            let t = ey - shape.target..<ey
            let sameItems =
              (s == span.source || s.isEmpty && span.source.isEmpty)
              && (t == span.target || t.isEmpty && span.target.isEmpty)
            guard !sameItems, s.overlaps(span.source) || t.overlaps(span.target) else { continue }
            alternative = min(
              alternative, forward[s.lowerBound][t.lowerBound] + Double(Float(cost)) + rest[ex][ey])
          }
        }
      }
      return max(0, alternative - forward[n][m])
    }
  }
}
