/// Correspondences between the two sides' outlines and lists, whose labels differ in form
/// (`II.` and `一、`, `2024 (Designing)` and `第三年`) and may be offset.
enum StructuralCorrespondence {
  private struct Heading {
    var index: Int
    var value: Int
    var position: Double
    var length: Int
  }

  /// Heading pairs: per outline level, the value offset d (target value = source value + d) under
  /// which the most headings pair with a heading at about the same relative position.
  static func headings(
    source: Document, target: Document, sourceFeatures: AlignmentSideFeatures,
    targetFeatures: AlignmentSideFeatures, lengthModel: LengthModel
  ) -> [(source: Int, target: Int)] {
    func outline(_ document: Document, _ features: AlignmentSideFeatures) -> [Int: [Heading]] {
      var levels: [Int: [Heading]] = [:]
      for (index, block) in document.blocks.enumerated() where block.kind == .heading {
        guard let label = block.label, label.style.isOutline else { continue }
        levels[block.level ?? 1, default: []].append(
          Heading(
            index: index, value: label.value, position: features.relativePosition(of: index),
            length: features.length(index..<index + 1)))
      }
      return levels
    }
    let sourceLevels = outline(source, sourceFeatures)
    let targetLevels = outline(target, targetFeatures)
    var pairs: [(source: Int, target: Int)] = []
    for (level, sourceHeadings) in sourceLevels.sorted(by: { $0.key < $1.key }) {
      guard let targetHeadings = targetLevels[level] else { continue }
      var best: (score: Double, pairs: [(source: Int, target: Int)]) = (0, [])
      for d in [0, -1, 1, -2, 2, -3, 3, -4, 4] {
        var found: [(source: Int, target: Int)] = []
        var drift = 0.0
        for a in sourceHeadings {
          for b in targetHeadings where b.value == a.value + d {
            let difference = abs(a.position - b.position)
            guard difference <= 0.15,
              lengthModel.cost(sourceLength: a.length, targetLength: b.length) < 12
            else { continue }
            found.append((a.index, b.index))
            drift += difference
          }
        }
        let score = Double(found.count) - drift
        if score > best.score { best = (score, found) }
      }
      pairs += best.pairs
    }
    return pairs
  }

  private struct ListRun {
    var start: Int
    var count: Int
    var style: LabelStyle
    var position: Double
  }

  /// List-item pairs: runs of list items with one label style that have the same length, styles
  /// that count the same things, and about the same relative position pair item by item.
  static func lists(
    source: Document, target: Document, sourceFeatures: AlignmentSideFeatures,
    targetFeatures: AlignmentSideFeatures
  ) -> [(source: Int, target: Int)] {
    func runs(_ document: Document, _ features: AlignmentSideFeatures) -> [ListRun] {
      var runs: [ListRun] = []
      for (index, block) in document.blocks.enumerated() {
        guard block.kind == .listItem, let style = block.label?.style else { continue }
        if var last = runs.last, last.start + last.count == index, last.style == style {
          last.count += 1
          runs[runs.count - 1] = last
        } else {
          runs.append(ListRun(start: index, count: 1, style: style, position: features.relativePosition(of: index)))
        }
      }
      return runs.filter { $0.count >= 2 }
    }
    let targetRuns = runs(target, targetFeatures)
    var next = 0
    var pairs: [(source: Int, target: Int)] = []
    for a in runs(source, sourceFeatures) {
      for k in next..<targetRuns.count {
        let b = targetRuns[k]
        let sameKind = a.style == b.style || (a.style.isYearPlan && b.style.isYearPlan)
        guard a.count == b.count, sameKind, abs(a.position - b.position) <= 0.25 else { continue }
        pairs += (0..<a.count).map { (a.start + $0, b.start + $0) }
        next = k + 1
        break
      }
    }
    return pairs
  }
}
