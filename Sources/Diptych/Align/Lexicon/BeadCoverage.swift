/// How much of a candidate bead's content the lexicon finds translated on the other side.
package struct BeadCoverage: Equatable, Sendable {
  /// English content words in the bead (repeats counted).
  package var englishWords = 0
  /// English content words none of whose translations occur in the bead's Chinese.
  package var englishUncovered = 0
  /// Chinese content words in the bead (headwords, numbers, Latin words; repeats counted).
  package var chineseWords = 0
  /// Chinese content words none of whose translations occur in the bead's English.
  package var chineseUncovered = 0

  /// The share of content words, both sides together, that found a translation (0 when empty).
  package var coverage: Double {
    let words = englishWords + chineseWords
    return words == 0 ? 0 : Double(words - englishUncovered - chineseUncovered) / Double(words)
  }

  /// English words left uncovered beyond what a right pair leaves: `englishUncovered` minus
  /// `rate` × `englishWords`. Negative for a well-covered bead; lower is better.
  ///
  /// Counting, not a ratio, is what worked: a ratio favours short beads. The default rate is the
  /// share uncovered in right 1-1 pairs of UN text.
  package func excessEnglishUncovered(rate: Double = BeadCoverage.typicalEnglishUncoveredRate)
    -> Double
  {
    Double(englishUncovered) - rate * Double(englishWords)
  }

  /// The share of English content words uncovered in right 1-1 pairs of UN text: 0.243 on UN
  /// Parallel Corpus devset pairs 2001–2800 with UN vocabulary learned from pairs 1–2000
  /// (0.304 without it; `diptych-bench lexicon`). Expect more on freer translations.
  package static let typicalEnglishUncoveredRate = 0.25
}
