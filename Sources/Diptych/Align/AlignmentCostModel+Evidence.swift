extension AlignmentCostModel {
  /// Shared footnote calls, footnote bodies, numbers and symbols lower the cost; footnotes and
  /// numbers on one side only raise it. Index loops over the features' flat arrays, no
  /// allocation: this runs for every shape in every cell of the dynamic programme.
  func evidenceCost(source s: Range<Int>, target t: Range<Int>) -> Double {
    typealias W = AlignmentCostWeights
    var total = 0.0
    // Footnote calls.
    if source.footnoteCallStart[s.upperBound] > source.footnoteCallStart[s.lowerBound]
      || target.footnoteCallStart[t.upperBound] > target.footnoteCallStart[t.lowerBound]
    {
      var sourceCalls = 0
      var sharedCalls = 0
      for k in source.footnoteCallStart[s.lowerBound]..<source.footnoteCallStart[s.upperBound] {
        sourceCalls += 1
        if target.containsCall(source.footnoteCalls[k], in: t) { sharedCalls += 1 }
      }
      let targetCalls =
        target.footnoteCallStart[t.upperBound] - target.footnoteCallStart[t.lowerBound]
      total -= W.sharedCallBonus * Double(min(sharedCalls, W.maximumCountedCalls))
      total +=
        W.unsharedCallCost
        * Double(min(sourceCalls + targetCalls - 2 * sharedCalls, W.maximumCountedCalls))
    }
    // Footnote bodies.
    if !s.isEmpty && !t.isEmpty,
      let a = source.footnoteNumbers[s.lowerBound], let b = target.footnoteNumbers[t.lowerBound]
    {
      total += a == b ? -W.footnoteBodyEvidence : W.footnoteBodyEvidence
    }
    // Numbers and symbols, each distinct token of a side counted once.
    guard countsTokens,
      let counts = hasTokenMasks
        ? maskedTokenCounts(source: s, target: t) : tokenCounts(source: s, target: t)
    else { return total }
    let (shared, sourceNumbers, targetNumbers, sharedNumbers) = counts
    total -= W.sharedTokenBonus * Double(min(shared, W.maximumCountedSharedTokens))
    total +=
      W.missingNumberCost
      * Double(
        min(sourceNumbers + targetNumbers - 2 * sharedNumbers, W.maximumCountedMissingNumbers))
    return total
  }

  /// The distinct tokens the unit's sides share, each side's numbers, and the numbers they
  /// share; nil when neither side has a token.
  private typealias TokenCounts = (
    shared: Int, sourceNumbers: Int, targetNumbers: Int, sharedNumbers: Int
  )

  /// The token counts, each token of the source looked up in the target's sorted tokens.
  private func tokenCounts(source s: Range<Int>, target t: Range<Int>) -> TokenCounts? {
    let sourceTokens = source.tokenStart[s.lowerBound]..<source.tokenStart[s.upperBound]
    let targetTokens = target.tokenStart[t.lowerBound]..<target.tokenStart[t.upperBound]
    if sourceTokens.isEmpty && targetTokens.isEmpty { return nil }
    var shared = 0
    var sourceNumbers = 0
    var sharedNumbers = 0
    var i = s.lowerBound
    for k in sourceTokens {
      while k >= source.tokenStart[i + 1] { i += 1 }
      let token = source.tokens[k]
      if i > s.lowerBound && source.containsToken(token, in: s.lowerBound..<i) { continue }
      let numeric = isNumericToken[Int(token)]
      if numeric { sourceNumbers += 1 }
      if !targetTokens.isEmpty && target.containsToken(token, in: t) {
        shared += 1
        if numeric { sharedNumbers += 1 }
      }
    }
    var targetNumbers = 0
    if t.count == 1 {
      targetNumbers = target.numericTokenCount[t.lowerBound]
    } else {
      var j = t.lowerBound
      for k in targetTokens {
        while k >= target.tokenStart[j + 1] { j += 1 }
        let token = target.tokens[k]
        if isNumericToken[Int(token)]
          && !(j > t.lowerBound && target.containsToken(token, in: t.lowerBound..<j))
        {
          targetNumbers += 1
        }
      }
    }
    return (shared, sourceNumbers, targetNumbers, sharedNumbers)
  }

  /// The same counts from `tokenMasks`: population counts of the two sides' unions.
  private func maskedTokenCounts(source s: Range<Int>, target t: Range<Int>) -> TokenCounts? {
    let a = tokenMasks.source(s)
    let b = tokenMasks.target(t)
    if a == 0 && b == 0 { return nil }
    let numeric = tokenMasks.numeric
    return (
      (a & b).nonzeroBitCount, (a & numeric).nonzeroBitCount, (b & numeric).nonzeroBitCount,
      (a & b & numeric).nonzeroBitCount
    )
  }
}
