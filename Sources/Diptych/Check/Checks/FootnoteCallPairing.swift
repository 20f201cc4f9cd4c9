/// Pairs the footnote calls of one aligned unit when the two sides have different counts, so that
/// the call reported missing is the one whose footnote the other side really lacks.
///
/// Positions alone cannot tell which call was dropped: English calls 3 and 4 against a Chinese 4
/// pair 3 with 4 and leave 4 over. The footnote bodies can: when the aligner paired English body 4
/// with Chinese body 4, the call 4 belongs with 4 and call 3 is the one missing. Without bodies,
/// the numbering offset of the nearest calls that pair without doubt decides.
struct FootnoteCallPairing {
  /// The target number each source footnote's body was aligned with, one to one.
  var bodyPartner: [Int: Int]
  /// Offsets (target − source) that neighbouring, unambiguous call pairs show.
  var neighbourOffsets: Set<Int>

  /// Index pairs (source, target), increasing on both sides, as many as the shorter side has.
  func pairs(source: [Int], target: [Int]) -> [(source: Int, target: Int)] {
    if source.count == target.count {
      return source.indices.map { ($0, $0) }
    }
    // A longest-path programme over the grid: every pair earns a bonus larger than all the
    // evidence together, so the shorter side is paired in full, and then the best-attested way.
    let bonus = 4 * (min(source.count, target.count) + 1)
    func score(_ i: Int, _ j: Int) -> Int { bonus + evidence(source[i], target[j]) }
    var best = Array(
      repeating: Array(repeating: 0, count: target.count + 1), count: source.count + 1)
    for i in source.indices {
      for j in target.indices {
        best[i + 1][j + 1] = max(best[i][j] + score(i, j), best[i][j + 1], best[i + 1][j])
      }
    }
    var result: [(source: Int, target: Int)] = []
    var i = source.count
    var j = target.count
    // Walking back, a call is left over whenever that costs nothing, so that without evidence
    // the pairs are the leading ones, as position pairs them.
    while i > 0 && j > 0 {
      if best[i][j] == best[i - 1][j] {
        i -= 1
      } else if best[i][j] == best[i][j - 1] {
        j -= 1
      } else {
        result.append((i - 1, j - 1))
        i -= 1
        j -= 1
      }
    }
    return result.reversed()
  }

  /// How well the two numbers are attested as one footnote: by their bodies, else by the offset.
  private func evidence(_ source: Int, _ target: Int) -> Int {
    if let partner = bodyPartner[source] { return partner == target ? 3 : 0 }
    return neighbourOffsets.contains(target - source) ? 2 : 0
  }
}
