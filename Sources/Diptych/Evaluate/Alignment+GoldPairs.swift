extension Alignment {
  /// The alignment's units as block pairs in the `gold.align` index space (0-based blocks).
  package var blockPairs: [GoldPair] {
    units.map { GoldPair(source: $0.source, target: $0.target) }
  }

  /// The alignment's sentence pairs with 0-based sentence indices counted through each document.
  package var sentencePairs: [GoldPair] {
    let sourceStarts = source.sentenceStarts
    let targetStarts = target.sentenceStarts
    var pairs: [GoldPair] = []
    for unit in units {
      let sourceBase = unit.source.first.map { sourceStarts[$0] } ?? 0
      let targetBase = unit.target.first.map { targetStarts[$0] } ?? 0
      for pair in unit.sentences {
        pairs.append(
          GoldPair(
            source: pair.source.map { sourceBase + $0 }, target: pair.target.map { targetBase + $0 }
          ))
      }
    }
    return pairs
  }
}
