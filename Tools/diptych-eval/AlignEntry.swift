import Diptych
import Foundation

/// Reads one corpus entry, aligns it with the library, and returns its block and sentence pairs
/// in the `gold.align` index space (0-based blocks in reading order; 0-based sentences counted
/// through each document).
///
/// An entry folder holds either `en.txt` and `zh.txt`, or one `bilingual.txt` (English, a `*****`
/// rule, then Chinese). This is the only place the tool touches reading and alignment, so the
/// integrator wires the library here once its reading and alignment API exists.
func alignEntry(_ directory: URL) throws -> (blocks: [GoldPair], sentences: [GoldPair]) {
  _ = try EntryInput(directory)
  throw EvaluationError.notWiredYet
}
