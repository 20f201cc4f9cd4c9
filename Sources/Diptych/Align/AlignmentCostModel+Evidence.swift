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
    let sourceTokens = source.tokenStart[s.lowerBound]..<source.tokenStart[s.upperBound]
    let targetTokens = target.tokenStart[t.lowerBound]..<target.tokenStart[t.upperBound]
    if !countsTokens || sourceTokens.isEmpty && targetTokens.isEmpty { return total }
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
    total -= W.sharedTokenBonus * Double(min(shared, W.maximumCountedSharedTokens))
    total +=
      W.missingNumberCost
      * Double(
        min(sourceNumbers + targetNumbers - 2 * sharedNumbers, W.maximumCountedMissingNumbers))
    return total
  }
}
