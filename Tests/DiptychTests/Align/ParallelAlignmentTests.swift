import Testing

@testable import Diptych

/// A large pair's alignment spread over threads is the one-thread alignment, unit for unit and
/// sentence for sentence; the pieces it is split into are read apart and joined in one id space
/// exactly as one reader would have numbered them.
@Suite struct ParallelAlignmentTests {
  static let entries = ["unpc-synth-edits", "unpc-synth-unnumbered-zh", "unpc-synth-numbered"]

  private static func pair(_ entry: String) throws -> DocumentPair {
    try DocumentReader.readPair(
      source: Corpus.path(entry, "en.txt"), target: Corpus.path(entry, "zh.txt"))
  }

  @Test(arguments: entries) func threadsChangeNothingInTheAlignment(entry: String) throws {
    let pair = try Self.pair(entry)
    var parallel = AlignerConfiguration(threads: 2)
    // Every pair is large enough for threads here, so the units are split into pieces.
    parallel.minimumSentencesForThreads = 0
    let serial = Aligner(configuration: .init(threads: 1)).align(
      source: pair.source, target: pair.target)
    let threaded = Aligner(configuration: parallel).align(source: pair.source, target: pair.target)
    #expect(serial.units.count > 20)
    #expect(threaded == serial)
  }

  @Test func mapKeepsTheOrderOfItsPieces() {
    let work = ParallelWork(threads: 2)
    // Uneven pieces, so the workers finish them out of order.
    let squares = work.map(100) { index in
      (0..<(index % 7) * 1_000).reduce(index * index) { sum, _ in sum &+ 0 }
    }
    #expect(squares == (0..<100).map { $0 * $0 })
    #expect(work.both({ "first" }, { 2 }) == ("first", 2))
  }

  @Test func rangesCoverEveryIndexOnceInOrder() {
    let weights = [1, 50, 1, 1, 1, 30, 2, 2, 2, 2, 2, 80, 1, 1]
    let ranges = ParallelWork(threads: 2).ranges(weights.count, weight: { weights[$0] })
    #expect(ranges.count > 1 && ranges.count <= 8)
    #expect(ranges.flatMap { Array($0) } == Array(weights.indices))
    #expect(ParallelWork.serial.ranges(weights.count, weight: { weights[$0] }) == [0..<14])
    #expect(ParallelWork(threads: 2).ranges(0, weight: { _ in 1 }).isEmpty)
  }

  @Test(arguments: entries) func tokenTablesReadApartJoinAsOneTable(entry: String) throws {
    let pair = try Self.pair(entry)
    var one = AlignmentTokenTable()
    let source = AlignmentSideFeatures(blocks: pair.source.blocks, footnoteShift: 0, table: &one)
    let target = AlignmentSideFeatures(blocks: pair.target.blocks, footnoteShift: 0, table: &one)
    var sourceTable = AlignmentTokenTable()
    var targetTable = AlignmentTokenTable()
    let joined = AlignmentFeaturePair(
      source: AlignmentSideFeatures(
        blocks: pair.source.blocks, footnoteShift: 0, table: &sourceTable),
      sourceTokens: sourceTable,
      target: AlignmentSideFeatures(
        blocks: pair.target.blocks, footnoteShift: 0, table: &targetTable),
      targetTokens: targetTable)
    #expect(joined.isNumericToken == one.isNumeric)
    #expect(joined.source.tokens == source.tokens)
    #expect(joined.target.tokens == target.tokens)
    #expect(joined.target.tokenStart == target.tokenStart)
    // The entry shares numbers between its sides, so the target's ids were renumbered.
    #expect(targetTable.isNumeric.count < one.isNumeric.count)
  }

  @Test(arguments: entries) func lexicalReadingsApartMatchOneInterner(entry: String) throws {
    let pair = try Self.pair(entry)
    let lexicon = try Lexicon.bundled.get()
    let english = pair.source.blocks.flatMap(\.sentencesOrWholeText)
    let chinese = pair.target.blocks.flatMap(\.sentencesOrWholeText)
    let apart = LexicalAnalysis(
      english: english, chinese: chinese, lexicon: lexicon, work: ParallelWork(threads: 2))
    // The reference: one interner reads the English, then the Chinese.
    var interner = TokenInterner(lexicon: lexicon)
    let englishReader = EnglishContentWords(lexicon: lexicon)
    let chineseReader = ChineseContentWords(lexicon: lexicon)
    let englishIDs = english.map { englishReader.ids(in: $0, interner: &interner) }
    let present = Set(englishIDs.joined())
    var stems: [Int32] = []
    var untranslatable: [Int] = []
    for sentence in chinese {
      var missing = 0
      for token in chineseReader.tokens(in: sentence, interner: &interner) {
        let translations: [Int32] =
          switch token {
          case .headword(let word): lexicon.stems(ofChinese: word).filter(present.contains)
          case .english(let id): present.contains(id) ? [id] : []
          }
        stems += translations
        if translations.isEmpty { missing += 1 }
      }
      untranslatable.append(missing)
    }
    #expect(apart.englishIDs == englishIDs)
    #expect(apart.chineseStems == stems)
    #expect(apart.chineseUntranslatable == untranslatable)
    // Latin words and numbers in the Chinese met the English's own ids.
    #expect(stems.contains { $0 >= Int32(lexicon.stemCount) })
  }
}
