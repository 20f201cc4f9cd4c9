/// Correspondences between the two sides' lists, whose labels differ in form (`2024 (Designing)`
/// and `第三年`); outline headings are paired by `LabelCorrespondence`.
enum StructuralCorrespondence {
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
          runs.append(
            ListRun(
              start: index, count: 1, style: style, position: features.relativePosition(of: index)))
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
