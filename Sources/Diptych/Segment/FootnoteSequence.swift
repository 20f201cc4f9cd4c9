/// Chooses which candidate calls are footnote calls: footnotes are numbered 1, 2, 3 … (or from
/// any start, as a translation that keeps another version's numbering does) through the document,
/// so the calls are the heaviest chain of candidates whose numbers increase by one.
enum FootnoteSequence {
  /// The indices of the candidates that form the footnote sequence.
  ///
  /// - Parameters:
  ///   - candidates: candidate calls in document order.
  ///   - bodies: the numbers of footnote bodies found in the document; a call to an existing body
  ///     weighs more.
  static func select(_ candidates: [FootnoteCandidate], bodies: Set<Int>) -> Set<Int> {
    guard !candidates.isEmpty else { return [] }
    var score = [Double](repeating: 0, count: candidates.count)
    var back = [Int?](repeating: nil, count: candidates.count)
    // The best chain ending at each number so far: number → (score, candidate index).
    var bestEndingAt: [Int: (score: Double, index: Int)] = [:]
    for (index, candidate) in candidates.enumerated() {
      let own = candidate.weight + (bodies.contains(candidate.number) ? 2 : 0)
      score[index] = own
      // A chain may skip one number (a call lost in extraction), at a price.
      if let previous = bestEndingAt[candidate.number - 1] {
        score[index] = previous.score + own
        back[index] = previous.index
      } else if let previous = bestEndingAt[candidate.number - 2], previous.score + own - 1 > own {
        score[index] = previous.score + own - 1
        back[index] = previous.index
      }
      if (bestEndingAt[candidate.number]?.score ?? -1) < score[index] {
        bestEndingAt[candidate.number] = (score[index], index)
      }
    }
    guard let best = score.indices.max(by: { score[$0] < score[$1] || (score[$0] == score[$1] && $0 > $1) }) else {
      return []
    }
    var chain: [Int] = []
    var cursor: Int? = best
    while let index = cursor {
      chain.append(index)
      cursor = back[index]
    }
    // One guessed call alone is not evidence of a footnote sequence; a chain that does not start
    // at footnote 1 (a translation that keeps another version's numbers) needs three.
    let evidence = chain.reduce(0.0) { $0 + candidates[$1].weight + (bodies.contains(candidates[$1].number) ? 2 : 0) }
    let startsAtOne = chain.last.map { candidates[$0].number == 1 } ?? false
    return evidence >= (startsAtOne ? 2 : 3) ? Set(chain) : []
  }
}
