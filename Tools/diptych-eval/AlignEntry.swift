import Diptych
import Foundation

/// Reads one corpus entry, aligns it with the library, and returns its block and sentence pairs
/// in the `gold.align` index space (0-based blocks in reading order; 0-based sentences counted
/// through each document).
func alignEntry(_ directory: URL) throws -> (blocks: [GoldPair], sentences: [GoldPair]) {
  let pair: DocumentPair
  switch try EntryInput(directory) {
  case .pair(let english, let chinese):
    pair = try DocumentReader.readPair(source: english.path, target: chinese.path)
  case .bilingual(let file): pair = try DocumentReader.readBilingual(file.path)
  }
  let alignment = Aligner().align(source: pair.source, target: pair.target)
  return (alignment.blockPairs, alignment.sentencePairs)
}
