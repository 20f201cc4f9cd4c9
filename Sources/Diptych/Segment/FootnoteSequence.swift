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
    select(
      candidates.map { Entry(number: $0.number, weight: $0.weight, form: $0.form) },
      bodies: bodies)
  }

  /// What selection needs of a candidate, in four bytes: every candidate of a document is kept
  /// until its sequence is chosen.
  struct Entry {
    /// The footnote number; numbers past 65,534 (never footnotes) are kept as 65,535.
    var number: UInt16
    /// The weight of the candidate's form.
    var weight: UInt8
    /// Whether the call is a bracketed number, which may cite a document rather than call a note.
    var isBracketed: Bool

    init(number: Int, weight: Double, form: FootnoteCandidate.Form) {
      self.number = UInt16(clamping: max(0, number))
      self.weight = UInt8(clamping: Int(weight))
      self.isBracketed = form == .bracketed
    }
  }

  /// The indices of the entries that form the footnote sequence.
  ///
  /// A dynamic programme over the heaviest chain ending at each number. Only a candidate that
  /// becomes the best chain ending at its number can be a link of the chosen chain, so only
  /// those keep a back pointer: with footnote numbers below 65,536 and integral weights, memory
  /// does not grow with the number of candidates.
  static func select(_ candidates: [Entry], bodies: Set<Int>) -> Set<Int> {
    guard !candidates.isEmpty else { return [] }
    func own(_ entry: Entry) -> Int {
      Int(entry.weight) + (bodies.contains(Int(entry.number)) ? 2 : 0)
    }
    // The best chain ending at each number so far: number → (score, candidate index).
    var bestEndingAt: [UInt16: (score: Int, index: Int)] = [:]
    var back: [Int: Int?] = [:]
    var best: (score: Int, index: Int)? = nil
    for (index, candidate) in candidates.enumerated() {
      let weight = own(candidate)
      var score = weight
      var previous: Int? = nil
      let number = candidate.number
      // A chain may skip one number (a call lost in extraction), at a price.
      if number >= 1, let link = bestEndingAt[number - 1] {
        score = link.score + weight
        previous = link.index
      } else if number >= 2, let link = bestEndingAt[number - 2], link.score + weight - 1 > weight {
        score = link.score + weight - 1
        previous = link.index
      }
      if (bestEndingAt[number]?.score ?? -1) < score {
        bestEndingAt[number] = (score, index)
        back[index] = previous
      }
      // The earliest of equally heavy chains wins.
      if score > (best?.score ?? Int.min) { best = (score, index) }
    }
    guard let best else { return [] }
    var chain: [Int] = []
    var cursor: Int? = best.index
    while let index = cursor {
      chain.append(index)
      cursor = back[index] ?? nil
    }
    // One guessed call alone is not evidence of a footnote sequence; a chain that does not start
    // at footnote 1 (a translation that keeps another version's numbers) needs three.
    let evidence = chain.reduce(0) { $0 + own(candidates[$1]) }
    let startsAtOne = chain.last.map { candidates[$0].number == 1 } ?? false
    // A lone bracketed number past 1 with no body cites something ("article [18]").
    if chain.count == 1, let only = chain.first, candidates[only].isBracketed, !startsAtOne,
      !bodies.contains(Int(candidates[only].number))
    {
      return []
    }
    return evidence >= (startsAtOne ? 2 : 3) ? Set(chain) : []
  }
}
