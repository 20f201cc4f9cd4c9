/// Checks, before writing, that an alignment's indices point at blocks and sentences it has, so
/// that a damaged alignment gives a `WriteError` instead of a crash.
enum AlignmentIntegrity {
  static func check(_ alignment: Alignment, format: String) throws(WriteError) {
    for (side, document) in [(Side.source, alignment.source), (.target, alignment.target)] {
      for block in document.blocks {
        if let parent = block.parent, !document.blocks.indices.contains(parent) {
          throw WriteError(
            format: format,
            message:
              "\(side.rawValue) block '\(block.id)' has parent \(parent), which does not exist")
        }
      }
    }
    for unit in alignment.units {
      for (side, indices, count) in [
        (Side.source, unit.source, alignment.source.blocks.count),
        (.target, unit.target, alignment.target.blocks.count),
      ] {
        if let bad = indices.first(where: { !(0..<count).contains($0) }) {
          throw WriteError(
            format: format,
            message:
              "unit '\(unit.id)' refers to \(side.rawValue) block \(bad), which does not exist")
        }
      }
      let sourceCount = alignment.sentences(of: unit, side: .source).count
      let targetCount = alignment.sentences(of: unit, side: .target).count
      for pair in unit.sentences {
        if pair.source.contains(where: { !(0..<sourceCount).contains($0) })
          || pair.target.contains(where: { !(0..<targetCount).contains($0) })
        {
          throw WriteError(
            format: format,
            message:
              "unit '\(unit.id)' has a sentence pair outside its \(sourceCount):\(targetCount) "
              + "sentences"
          )
        }
      }
    }
  }
}
