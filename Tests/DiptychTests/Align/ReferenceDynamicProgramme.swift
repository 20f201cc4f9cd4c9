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
}
