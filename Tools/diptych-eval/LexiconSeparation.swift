import Diptych
import Foundation

/// How the bundled lexicon tells gold 1-1 sentence pairs from the pairs one Chinese sentence off:
/// the share of English content words left uncovered, and how often the right pair has fewer
/// uncovered words than its neighbour (after the typical-rate baseline).
struct LexiconSeparation {
  var pairs = 0
  var rightWords = 0
  var rightUncovered = 0
  var contests = 0
  var wins = 0

  init(documents: [SentenceGoldSplit.Document]) throws {
    let lexicon = try Lexicon.bundled.get()
    for document in documents {
      let english = try SentenceGoldSplit.lines(document.english)
      let chinese = try SentenceGoldSplit.lines(document.chinese)
      let evidence = TranslationEvidence(english: english, chinese: chinese, lexicon: lexicon)
      for bead in document.gold where bead.source.count == 1 && bead.target.count == 1 {
        let (e, z) = (bead.source[0], bead.target[0])
        let right = evidence.coverage(english: e..<(e + 1), chinese: z..<(z + 1))
        guard right.englishWords > 0 else { continue }
        pairs += 1
        rightWords += right.englishWords
        rightUncovered += right.englishUncovered
        for other in [z - 1, z + 1] where chinese.indices.contains(other) {
          let wrong = evidence.coverage(english: e..<(e + 1), chinese: other..<(other + 1))
          contests += 1
          if right.excessEnglishUncovered() < wrong.excessEnglishUncovered() { wins += 1 }
        }
      }
    }
  }

  var text: String {
    String(
      format:
        "  lexicon: %d gold 1-1 pairs, English words uncovered %.3f; right pair beats a neighbour "
        + "in %.1f%% of %d",
      pairs, Double(rightUncovered) / Double(max(1, rightWords)),
      100 * Double(wins) / Double(max(1, contests)), contests)
  }

}
