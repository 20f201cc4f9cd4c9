/// The constant offset between the two sides' footnote numbers (the bundled submission numbers
/// its English footnotes 1, 2, 3 and its Chinese ones 4, 5, 6).
enum FootnoteOffset {
  /// The offset d that makes the most source footnote-bearing blocks match a target block:
  /// every call n of a source block is a call n + d of one and the same target block, or a source
  /// footnote body n has a target body n + d. Ties go to the smallest |d|, 0 when nothing matches.
  static func estimate(source: Document, target: Document) -> Int {
    var targetCallBlock: [Int: Int] = [:]
    for (block, reference) in target.footnoteReferences
    where targetCallBlock[reference.number] == nil {
      targetCallBlock[reference.number] = block
    }
    let targetBodies = Set(target.blocks.compactMap(\.footnoteNumber))
    let sourceCallSets = source.blocks.map { Set($0.footnoteReferences.map(\.number)) }.filter {
      !$0.isEmpty
    }
    let sourceBodies = source.blocks.compactMap(\.footnoteNumber)
    let sourceNumbers = firstDistinct(
      source.footnoteReferences.map(\.reference.number) + sourceBodies)
    let targetNumbers = firstDistinct(
      target.footnoteReferences.map(\.reference.number) + Array(targetBodies).sorted())
    var candidates: Set<Int> = [0]
    for a in sourceNumbers { for b in targetNumbers { candidates.insert(b - a) } }

    func score(_ d: Int) -> Int {
      var matches = 0
      for calls in sourceCallSets {
        let blocks = Set(calls.map { targetCallBlock[$0 + d] })
        if blocks.count == 1, blocks.first.map({ $0 != nil }) == true { matches += 1 }
      }
      for number in sourceBodies where targetBodies.contains(number + d) { matches += 1 }
      return matches
    }
    return candidates.sorted { (abs($0), $0) < (abs($1), $1) }.max { score($0) < score($1) } ?? 0
  }

  /// The first few distinct numbers: offsets come from the start of the numbering.
  private static func firstDistinct(_ numbers: [Int]) -> [Int] {
    var seen: Set<Int> = []
    var result: [Int] = []
    for number in numbers where seen.insert(number).inserted {
      result.append(number)
      if result.count == 24 { break }
    }
    return result
  }
}
