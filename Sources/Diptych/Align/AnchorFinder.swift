/// Finds the anchors: pairs of blocks that evidence shared by both versions puts in the same unit,
/// reduced to the heaviest chain increasing on both sides so that anchors never cross.
enum AnchorFinder {
  private struct Evidence {
    /// Labels, footnotes, outline and list correspondence.
    var structural = 0.0
    /// Numbers and symbols found once in each document.
    var tokens = 0.0
  }

  private typealias W = AnchorWeights

  static func anchors(
    source: Document, target: Document, model: AlignmentCostModel,
    labelPairs: [(source: Int, target: Int)]
  ) -> [AlignmentAnchor] {
    let sourceFeatures = model.source
    let targetFeatures = model.target
    let d = model.footnoteShift
    let isNumericToken = model.isNumericToken
    var evidence: [Int: [Int: Evidence]] = [:]
    func add(_ i: Int, _ j: Int, structural: Double = 0, tokens: Double = 0) {
      evidence[i, default: [:]][j, default: Evidence()].structural += structural
      evidence[i, default: [:]][j, default: Evidence()].tokens += tokens
    }

    // Footnote calls and bodies, with the offset applied, where the number is in one block of
    // each side: a number called from several blocks (numbers restarting in every part of a long
    // file, digits the reader took for calls) says nothing about which block pairs with which.
    func blocksByNumber(_ document: Document) -> (calls: [Int: [Int]], bodies: [Int: [Int]]) {
      var calls: [Int: [Int]] = [:]
      var bodies: [Int: [Int]] = [:]
      for (index, block) in document.blocks.enumerated() {
        for number in Set(block.footnoteReferences.map(\.number)) {
          calls[number, default: []].append(index)
        }
        if block.kind == .footnote, let number = block.footnoteNumber {
          bodies[number, default: []].append(index)
        }
      }
      return (calls, bodies)
    }
    var sourceBlocks = blocksByNumber(source)
    var targetBlocks = blocksByNumber(target)
    if !numberingsAgree(
      Set(sourceBlocks.calls.keys).union(sourceBlocks.bodies.keys).map { $0 + d },
      Set(targetBlocks.calls.keys).union(targetBlocks.bodies.keys))
    {
      sourceBlocks = ([:], [:])
      targetBlocks = ([:], [:])
    }
    let numbering = FootnoteNumbering(
      source: source, target: target, labelPairs: labelPairs, offset: d)
    for (number, blocks) in sourceBlocks.calls where blocks.count == 1 {
      guard let partner = numbering.partner(of: number),
        let partners = targetBlocks.calls[partner], partners.count == 1
      else { continue }
      add(blocks[0], partners[0], structural: W.footnoteCallWeight)
    }
    for (number, blocks) in sourceBlocks.bodies where blocks.count == 1 {
      guard let partner = numbering.partner(of: number),
        let partners = targetBlocks.bodies[partner], partners.count == 1
      else { continue }
      add(blocks[0], partners[0], structural: W.footnoteBodyWeight)
    }

    // Labels (paragraph numbers, item letters, outline headings) in runs the content confirms.
    for pair in labelPairs {
      add(
        pair.source, pair.target,
        structural: targetFeatures.roles[pair.target] == .heading
          ? W.headingLabelWeight : W.labelWeight)
    }
    for (i, j) in StructuralCorrespondence.lists(
      source: source, target: target, sourceFeatures: sourceFeatures, targetFeatures: targetFeatures
    ) {
      add(i, j, structural: W.listItemWeight)
    }

    // Numbers and symbols that occur in exactly one block of each document.
    func uniqueTokens(_ features: AlignmentSideFeatures) -> [Int32: Int] {
      var blockOf: [Int32: Int] = [:]
      var repeated: Set<Int32> = []
      for index in 0..<features.count {
        for token in features.tokens(of: index) {
          if blockOf.updateValue(index, forKey: token) != nil { repeated.insert(token) }
        }
      }
      for token in repeated { blockOf[token] = nil }
      return blockOf
    }
    let targetUnique = uniqueTokens(targetFeatures)
    for (token, i) in uniqueTokens(sourceFeatures) {
      guard let j = targetUnique[token] else { continue }
      add(i, j, tokens: isNumericToken[Int(token)] ? W.uniqueNumberWeight : W.uniqueSymbolWeight)
    }

    var candidates: [AlignmentAnchor] = []
    for (i, row) in evidence {
      for (j, found) in row {
        let weight = found.structural + found.tokens
        let tolerance =
          found.structural > 0 ? W.structuralPositionTolerance : W.tokenPositionTolerance
        guard weight >= W.minimumWeight,
          compatible(sourceFeatures.roles[i], targetFeatures.roles[j]),
          abs(sourceFeatures.relativePosition(of: i) - targetFeatures.relativePosition(of: j))
            <= tolerance
        else { continue }
        candidates.append(AlignmentAnchor(source: i, target: j, weight: weight))
      }
    }
    return heaviestIncreasingChain(candidates, targetCount: targetFeatures.count)
  }

  /// Whether the two sides number about the same footnotes (at least
  /// `AnchorWeights.minimumFootnoteAgreement` of the larger set in both): otherwise the "calls"
  /// are mostly digits the reader mistook for calls, numbered in order of appearance.
  private static func numberingsAgree(_ source: [Int], _ target: Set<Int>) -> Bool {
    let shared = source.count { target.contains($0) }
    return Double(shared) >= W.minimumFootnoteAgreement * Double(max(source.count, target.count))
  }

  private static func compatible(_ a: AlignmentSideFeatures.Role, _ b: AlignmentSideFeatures.Role)
    -> Bool
  {
    a == b || (a.isBody && b.isBody)
  }

  /// The chain of candidates strictly increasing in both source and target with the greatest total
  /// weight, in O(k log k) with a Fenwick tree of prefix maxima over the target index.
  static func heaviestIncreasingChain(_ candidates: [AlignmentAnchor], targetCount: Int)
    -> [AlignmentAnchor]
  {
    let sorted = candidates.sorted { ($0.source, -$0.target) < ($1.source, -$1.target) }
    var tree = [(weight: Double, index: Int)](repeating: (0, -1), count: targetCount + 1)
    var total = [Double](repeating: 0, count: sorted.count)
    var previous = [Int](repeating: -1, count: sorted.count)
    var best = (weight: 0.0, index: -1)
    for (k, candidate) in sorted.enumerated() {
      // Best chain ending at a target index below this one (Fenwick positions are 1-based).
      var position = candidate.target
      var prefix = (weight: 0.0, index: -1)
      while position > 0 {
        if tree[position].weight > prefix.weight { prefix = tree[position] }
        position -= position & -position
      }
      total[k] = prefix.weight + candidate.weight
      previous[k] = prefix.index
      if total[k] > best.weight { best = (total[k], k) }
      position = candidate.target + 1
      while position <= targetCount {
        if total[k] > tree[position].weight { tree[position] = (total[k], k) }
        position += position & -position
      }
    }
    var chain: [AlignmentAnchor] = []
    var k = best.index
    while k >= 0 {
      chain.append(sorted[k])
      k = previous[k]
    }
    return chain.reversed()
  }
}
