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
///
/// Four passes: `forward` (the best cost of reaching every cell, and every unit's cost),
/// `backward` (the best cost from every cell to the end), `traceBack` (the chosen units), and
/// `measureMargins` (each unit's margin from the two costs).
enum BandedDynamicProgramme {
  struct Result: Sendable {
    var spans: [AlignmentSpan]
    var totalCost: Double
    /// The rows where the best path runs along a band edge (a wider band might find a cheaper
    /// one there).
    var bandEdgeRows: [Int]
    /// Whether the best path runs along a band edge anywhere.
    var touchesBandEdge: Bool { !bandEdgeRows.isEmpty }
  }

  /// How far around a unit's corners the alternatives to it are looked for, in items.
  static let alternativeReach = 3

  /// The cells of a corridor numbered row by row, and what the passes compute for them.
  private struct Grid {
    let n: Int
    let m: Int
    let corridor: AlignmentCorridor
    let shapes: [(source: Int, target: Int)]
    /// The index of row x's first cell.
    var rowStart: [Int]
    /// The cost of the best path from (0, 0) to each cell.
    var cost: [Double]
    /// The shape of the last unit of that path (`.max` for none).
    var back: [UInt8]
    /// The cost of the unit of each shape ending in each cell, kept for the backward pass; where
    /// `isExact` is false, only a lower bound (the cost before `mergeCoverageCost`), the unit
    /// having been unable to win where the forward pass met it.
    var unitCost: [Float]
    var isExact: [Bool]
    /// Whether `unitCost` and `isExact` are kept: a guide pass needs only the best path.
    let recordsUnits: Bool
    /// The cost of the best path from each cell to (n, m).
    var rest: [Double] = []
    /// Marks for the merged units' coverage (`AlignmentCostModel.mergeCoverageCost(source:target:
    /// scratch:)`); a thread measuring margins on a copy of the grid marks in its own copy.
    var scratch = WindowScratch()

    init(
      n: Int, m: Int, corridor: AlignmentCorridor, shapes: [(source: Int, target: Int)],
      recordsUnits: Bool = true
    ) {
      self.n = n
      self.m = m
      self.corridor = corridor
      self.shapes = shapes
      rowStart = [Int](repeating: 0, count: n + 2)
      for x in 0...n { rowStart[x + 1] = rowStart[x] + (corridor.high[x] - corridor.low[x] + 1) }
      let cells = rowStart[n + 1]
      cost = [Double](repeating: .infinity, count: cells)
      back = [UInt8](repeating: .max, count: cells)
      self.recordsUnits = recordsUnits
      let slots = recordsUnits ? cells * shapes.count : 0
      unitCost = [Float](repeating: .infinity, count: slots)
      isExact = [Bool](repeating: true, count: slots)
    }

    /// The index of cell (x, y), or nil outside the corridor.
    func cell(_ x: Int, _ y: Int) -> Int? {
      guard x >= 0, x <= n, y >= corridor.low[x], y <= corridor.high[x] else { return nil }
      return rowStart[x] + y - corridor.low[x]
    }
  }

  /// The best path through `corridor` under `model`, with every unit's margin.
  static func solve(
    model: AlignmentCostModel, corridor: AlignmentCorridor, work: ParallelWork = .serial
  ) -> Result {
    var grid = Grid(
      n: model.source.count, m: model.target.count, corridor: corridor, shapes: model.shapes)
    forward(
      &grid, model: model, costs: unitCostsBeforeMergeCoverage(grid, model: model, work: work))
    backward(&grid, model: model)
    var result = traceBack(grid)
    measureMargins(&result.spans, grid: &grid, model: model, work: work)
    return result
  }

  /// The best cost of reaching every cell and the last unit's shape, recording every unit's cost;
  /// `costs`, when not empty, holds each unit's `costBeforeMergeCoverage` by slot.
  private static func forward(
    _ grid: inout Grid, model: AlignmentCostModel, costs: [Double] = []
  ) {
    let shapeCount = grid.shapes.count
    for x in 0...grid.n {
      let low = grid.corridor.low[x]
      for y in low...grid.corridor.high[x] {
        let here = grid.rowStart[x] + y - low
        if x == 0 && y == 0 {
          grid.cost[here] = 0
          continue
        }
        var best = Double.infinity
        var bestShape = UInt8.max
        for (index, shape) in grid.shapes.enumerated() {
          guard let start = grid.cell(x - shape.source, y - shape.target) else { continue }
          let previous = grid.cost[start]
          if previous == .infinity { continue }
          let s = x - shape.source..<x
          let t = y - shape.target..<y
          var unit =
            costs.isEmpty
            ? model.costBeforeMergeCoverage(source: s, target: t)
            : costs[here * shapeCount + index]
          if model.hasMergeCoverageCost(source: s, target: t) {
            // The term is never negative: without it the unit already loses, it is not needed.
            if previous + unit < best {
              unit += model.mergeCoverageCost(source: s, target: t, scratch: &grid.scratch)
            } else if grid.recordsUnits {
              grid.isExact[here * shapeCount + index] = false
            }
          }
          if grid.recordsUnits { grid.unitCost[here * shapeCount + index] = Float(unit) }
          let candidate = previous + unit
          if candidate < best {
            best = candidate
            bestShape = UInt8(index)
          }
        }
        grid.cost[here] = best
        grid.back[here] = bestShape
      }
    }
  }

  /// Every unit's `costBeforeMergeCoverage` by slot (cell × shapes + shape; infinity where the
  /// unit would start outside the corridor), computed on `work`'s threads in runs of rows before
  /// the forward pass, which is serial: the unit costs are most of its work and independent of
  /// one another. Empty when there is one thread or too few cells to be worth it; the forward
  /// pass then computes them as it goes, with the same values.
  private static func unitCostsBeforeMergeCoverage(
    _ grid: Grid, model: AlignmentCostModel, work: ParallelWork
  ) -> [Double] {
    let cells = grid.cost.count
    guard work.threads > 1, cells >= minimumCellsForThreads else { return [] }
    let shapes = grid.shapes
    let runs = work.ranges(grid.n + 1) { x in grid.corridor.high[x] - grid.corridor.low[x] + 1 }
    // Each run writes the slots of its own rows, straight into the one array.
    return [Double](unsafeUninitializedCapacity: cells * shapes.count) { buffer, initialized in
      let slots = CostSlots(buffer: buffer)
      _ = work.map(runs.count) { run in
        var slot = grid.rowStart[runs[run].lowerBound] * shapes.count
        for x in runs[run] {
          for y in grid.corridor.low[x]...grid.corridor.high[x] {
            for shape in shapes {
              let cost =
                (x, y) != (0, 0) && grid.cell(x - shape.source, y - shape.target) != nil
                ? model.costBeforeMergeCoverage(
                  source: x - shape.source..<x, target: y - shape.target..<y)
                : .infinity
              (slots.buffer.baseAddress! + slot).initialize(to: cost)
              slot += 1
            }
          }
        }
      }
      initialized = cells * shapes.count
    }
  }

  // The runs' slots are disjoint: each is written by the one thread that takes its run.
  private struct CostSlots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Double>
  }

  /// From how many cells the unit costs are computed on several threads before the forward pass,
  /// and the margins measured on them.
  static let minimumCellsForThreads = 20_000

  /// The exact cost of the unit of shape `index` ending in cell `cell` = (x, y), where the forward
  /// pass kept only a lower bound.
  private static func exactUnitCost(
    _ grid: inout Grid, model: AlignmentCostModel, cell: Int, x: Int, y: Int, index: Int
  ) -> Double {
    let slot = cell * grid.shapes.count + index
    if !grid.isExact[slot] {
      let shape = grid.shapes[index]
      let s = x - shape.source..<x
      let t = y - shape.target..<y
      grid.unitCost[slot] = Float(
        model.costBeforeMergeCoverage(source: s, target: t)
          + model.mergeCoverageCost(source: s, target: t, scratch: &grid.scratch))
      grid.isExact[slot] = true
    }
    return Double(grid.unitCost[slot])
  }

  /// The best cost from every cell to (n, m), from the unit costs the forward pass recorded.
  private static func backward(_ grid: inout Grid, model: AlignmentCostModel) {
    let shapeCount = grid.shapes.count
    var rest = [Double](repeating: .infinity, count: grid.cost.count)
    if let end = grid.cell(grid.n, grid.m) { rest[end] = 0 }
    for x in stride(from: grid.n, through: 0, by: -1) {
      for y in stride(from: grid.corridor.high[x], through: grid.corridor.low[x], by: -1) {
        let here = grid.rowStart[x] + y - grid.corridor.low[x]
        for (index, shape) in grid.shapes.enumerated() {
          guard let next = grid.cell(x + shape.source, y + shape.target), rest[next] < .infinity
          else { continue }
          var unit = Double(grid.unitCost[next * shapeCount + index])
          // A lower bound that cannot improve the minimum is as good as the exact cost.
          if unit + rest[next] < rest[here] && !grid.isExact[next * shapeCount + index] {
            unit = exactUnitCost(
              &grid, model: model, cell: next, x: x + shape.source, y: y + shape.target,
              index: index)
          }
          if unit < .infinity { rest[here] = min(rest[here], unit + rest[next]) }
        }
      }
    }
    grid.rest = rest
  }

  /// The units of the best path, walking back from (n, m), and whether it touches a band edge.
  private static func traceBack(_ grid: Grid) -> Result {
    var spans: [AlignmentSpan] = []
    var edgeRows: [Int] = []
    var x = grid.n
    var y = grid.m
    let total = grid.cell(grid.n, grid.m).map { grid.cost[$0] } ?? .infinity
    while x > 0 || y > 0 {
      if grid.corridor.isOnBandEdge(x: x, y: y) { edgeRows.append(x) }
      guard let here = grid.cell(x, y), grid.back[here] != .max else { break }
      let shape = grid.shapes[Int(grid.back[here])]
      let px = x - shape.source
      let py = y - shape.target
      let unit = grid.cost[here] - (grid.cell(px, py).map { grid.cost[$0] } ?? 0)
      spans.append(AlignmentSpan(source: px..<x, target: py..<y, cost: unit))
      x = px
      y = py
    }
    spans.reverse()
    return Result(spans: spans, totalCost: total, bandEdgeRows: edgeRows.reversed())
  }

  /// Each unit's margin: a path without the unit puts one of its items in another unit that
  /// overlaps it; the best such path nearby, through the forward and backward costs, is the
  /// rival.
  ///
  /// One sweep over the grid's units rather than one search per span: a unit's rival path cost
  /// is read once and offered to every span near it (within `alternativeReach` of its end) that it
  /// overlaps. In a unit's sentence grid every span is near every cell, so searching per span
  /// read each cell once per span. The minimum is the same whatever the order.
  private static func measureMargins(
    _ spans: inout [AlignmentSpan], grid: inout Grid, model: AlignmentCostModel,
    work: ParallelWork = .serial
  ) {
    guard !spans.isEmpty else { return }
    let total = grid.cell(grid.n, grid.m).map { grid.cost[$0] } ?? .infinity
    let near = NearSpans(spans, n: grid.n, m: grid.m, reach: alternativeReach)
    var alternatives: [Double]
    if work.threads > 1 && grid.cost.count >= minimumCellsForThreads {
      // Each run of rows on its own thread, with a copy of the grid for the exact unit costs it
      // computes on the way (the same values whoever computes them).
      let runs = work.ranges(
        grid.n + 1, weight: { x in grid.corridor.high[x] - grid.corridor.low[x] + 1 },
        piecesPerThread: 1)
      let shared = grid
      let current = spans
      let parts = work.map(runs.count) { run in
        var grid = shared
        return rivals(of: current, rows: runs[run], grid: &grid, model: model, near: near)
      }
      alternatives = parts[0]
      for part in parts.dropFirst() {
        for k in alternatives.indices { alternatives[k] = min(alternatives[k], part[k]) }
      }
    } else {
      alternatives = rivals(of: spans, rows: 0..<grid.n + 1, grid: &grid, model: model, near: near)
    }
    for k in spans.indices { spans[k].margin = max(0, alternatives[k] - total) }
  }

  /// The spans whose neighbourhood (`reach` items around them) holds each row and each column:
  /// along a monotone path they are a run of consecutive spans.
  private struct NearSpans {
    var rows: [Range<Int>]
    var columns: [Range<Int>]

    init(_ spans: [AlignmentSpan], n: Int, m: Int, reach: Int) {
      rows = Self.runs(spans.map(\.source), count: n, reach: reach)
      columns = Self.runs(spans.map(\.target), count: m, reach: reach)
    }

    /// For every point 0...count, the spans p with p.lowerBound − reach ≤ point ≤ p.upperBound +
    /// reach (both bounds grow along the path).
    private static func runs(_ ranges: [Range<Int>], count: Int, reach: Int) -> [Range<Int>] {
      var result: [Range<Int>] = []
      result.reserveCapacity(count + 1)
      var first = 0
      var end = 0
      for point in 0...count {
        while first < ranges.count && ranges[first].upperBound + reach < point { first += 1 }
        end = max(end, first)
        while end < ranges.count && ranges[end].lowerBound - reach <= point { end += 1 }
        result.append(first..<end)
      }
      return result
    }
  }

  /// The cheapest rival path of each span through the units ending in `rows`: a unit rivals a
  /// span near its end when it overlaps it, unless it holds the same items.
  private static func rivals(
    of spans: [AlignmentSpan], rows: Range<Int>, grid: inout Grid, model: AlignmentCostModel,
    near: NearSpans
  ) -> [Double] {
    let shapeCount = grid.shapes.count
    var alternative = [Double](repeating: .infinity, count: spans.count)
    for ex in rows {
      let low = grid.corridor.low[ex]
      for ey in low...grid.corridor.high[ex] {
        let end = grid.rowStart[ex] + ey - low
        guard grid.rest[end] < .infinity else { continue }
        let candidates = near.rows[ex].clamped(to: near.columns[ey])
        if candidates.isEmpty { continue }
        for (index, shape) in grid.shapes.enumerated() {
          let (sx, sy) = (ex - shape.source, ey - shape.target)
          guard let start = grid.cell(sx, sy) else { continue }
          let slot = end * shapeCount + index
          var unit = Double(grid.unitCost[slot])
          var value = grid.cost[start] + unit + grid.rest[end]
          if value == .infinity { continue }
          for k in candidates {
            let span = spans[k]
            // Most spans near the unit do not overlap it: that test first.
            guard
              sx < span.source.upperBound && span.source.lowerBound < ex && sx < ex
                && !span.source.isEmpty
                || sy < span.target.upperBound && span.target.lowerBound < ey && sy < ey
                  && !span.target.isEmpty
            else { continue }
            let sameSource = sx == span.source.lowerBound && ex == span.source.upperBound
            let sameTarget = sy == span.target.lowerBound && ey == span.target.upperBound
            // The same items in the same unit, only ordered differently among one-sided units.
            if (sameSource || sx == ex && span.source.isEmpty)
              && (sameTarget || sy == ey && span.target.isEmpty)
            {
              continue
            }
            // A lower bound that cannot beat the rival so far is as good as the exact cost.
            if value < alternative[k] && !grid.isExact[slot] {
              unit = exactUnitCost(&grid, model: model, cell: end, x: ex, y: ey, index: index)
              value = grid.cost[start] + unit + grid.rest[end]
            }
            alternative[k] = min(alternative[k], value)
          }
        }
      }
    }
    return alternative
  }

  /// The best path, widening the band where the path runs along its edge: around those rows the
  /// band grows by its current half-width, and the next rows' by twice as much, until the path
  /// keeps off every edge. Widening only where needed keeps one hard stretch of a long document
  /// from widening the band over all of it (issue 14).
  static func solve(
    model: AlignmentCostModel, anchors: [AlignmentAnchor], minimumHalfWidth: Int,
    work: ParallelWork = .serial
  ) -> Result {
    var widening = max(1, minimumHalfWidth)
    var corridor = AlignmentCorridor(
      source: model.source, target: model.target, anchors: anchors, halfWidth: widening)
    if model.level == .blocks && model.source.count >= guidedRows,
      let guide = guidePath(model: model, corridor: corridor, work: work)
    {
      corridor.narrow(around: guide, halfWidth: guidedHalfWidth)
    }
    while true {
      let result = solve(model: model, corridor: corridor, work: work)
      if !result.touchesBandEdge || corridor.isFull
        || corridor.cellCount > maximumCells(rows: model.source.count + 1)
      {
        return result
      }
      corridor.widen(
        around: result.bandEdgeRows, radius: widenedRowsPerUnitOfWidth * widening, by: widening)
      widening *= 2
    }
  }

  /// The best path of a cheaper model (lengths, kinds, labels and footnotes; no shared tokens,
  /// no lexicon; units of one item or a pair only), forward pass only, or nil if none crosses the
  /// corridor: the full model then
  /// needs only a narrow band around it (coarse to fine, as vecalign does). In a long document
  /// whose labels do not anchor, the band around the lengths' prediction must be wide, as the
  /// path drifts from it; the guide follows the drift at a fraction of the full model's cost.
  private static func guidePath(
    model: AlignmentCostModel, corridor: AlignmentCorridor, work: ParallelWork
  ) -> [AlignmentSpan]? {
    var guide = model
    guide.blockTranslation = nil
    guide.countsTokens = false
    var grid = Grid(
      n: model.source.count, m: model.target.count, corridor: corridor, shapes: guideShapes,
      recordsUnits: false)
    forward(
      &grid, model: guide, costs: unitCostsBeforeMergeCoverage(grid, model: guide, work: work))
    let path = traceBack(grid).spans
    guard let first = path.first, first.source.lowerBound == 0, first.target.lowerBound == 0
    else { return nil }
    return path
  }

  /// The guide's shapes: a merge comes out as a pair and a skip, a step from where it lies.
  private static let guideShapes: [(source: Int, target: Int)] = [(1, 1), (1, 0), (0, 1)]

  /// From how many blocks a side the band follows a guide path (below it the whole band costs
  /// little, and every corpus entry keeps the plain band).
  static let guidedRows = 1_000
  /// The half-width of the band around the guide path; where the full model's path runs along
  /// its edge the band widens as usual.
  static let guidedHalfWidth = 4

  /// The most cells the band may grow to: time and memory stay linear in the document however
  /// far the path strays from the band (then the best path inside the band is the answer). A
  /// small document may always be searched whole.
  static func maximumCells(rows: Int) -> Int { max(1_000_000, maximumCellsPerRow * rows) }
  static let maximumCellsPerRow = 128

  /// How many rows on each side of a band-edge row are widened, per item of widening.
  static let widenedRowsPerUnitOfWidth = 4
}
