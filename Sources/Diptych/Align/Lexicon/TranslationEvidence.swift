/// Lexical translation evidence between the sentences (or blocks) of an English and a Chinese
/// text, analysed once so that scoring a candidate bead is cheap enough for every cell of a
/// dynamic programme.
///
/// Each English sentence becomes its content stems; each Chinese sentence its content words, each
/// with the English stems that translate it. An English word is covered in a bead when a Chinese
/// sentence of the bead has a word it translates, and a Chinese word when one of its stems is in
/// an English sentence of the bead. Words with no possible counterpart anywhere in the other text
/// are counted once when analysing; the others are renumbered densely so that each test is a bit
/// lookup in a `SentenceMembership`.
package struct TranslationEvidence: Sendable {
  /// The English content words of each sentence, repeats counted.
  private let englishWordCount: [Int]
  /// Those that no Chinese word of the text translates.
  private let englishUntranslatable: [Int]
  /// The others, as dense ids: sentence `s` is `englishTokens[englishStart[s]..<englishStart[s +
  /// 1]]`.
  private let englishTokens: [Int32]
  private let englishStart: [Int]
  /// The Chinese content words of each sentence, and those that nothing in the English translates.
  private let chineseWordCount: [Int]
  private let chineseUntranslatable: [Int]
  /// The stems (dense ids) of each other Chinese word: word `w` is
  /// `chineseStems[chineseWordEnd[w - 1]..<chineseWordEnd[w]]`; sentence `s` holds words
  /// `chineseWordStart[s]..<chineseWordStart[s + 1]`.
  private let chineseStems: [Int32]
  private let chineseWordEnd: [Int]
  private let chineseWordStart: [Int]
  /// The dense ids each English sentence holds, and those each Chinese sentence translates.
  private let englishSets: SentenceMembership
  private let chineseSets: SentenceMembership
  /// How many dense ids there are.
  private let universe: Int
  /// Whether learning widened what each Chinese sentence covers (empty before learning).
  private let widened: [Bool]
  /// What learning needs: the texts, the lexicon's reading of them, each English sentence's ids
  /// before the dense numbering, that numbering, and the translations learned so far (by Han
  /// bigram).
  private let englishTexts: [String]
  private let chineseTexts: [String]
  private let lexicon: Lexicon
  private let analysis: LexicalAnalysis
  private var englishIDs: [[Int32]] { analysis.englishIDs }
  /// The dense id of each interned id (-1 for none): an array, as interned ids are small.
  private let dense: [Int32]
  private let learned: [UInt64: [Int32]]

  /// Analyses both sides once.
  package init(english: [String], chinese: [String], lexicon: Lexicon) {
    self.init(
      english: english, chinese: chinese, lexicon: lexicon,
      analysis: LexicalAnalysis(english: english, chinese: chinese, lexicon: lexicon),
      learned: [:])
  }

  /// The evidence of texts the lexicon has read (`analysis`), with the translations `learned`;
  /// `work` spreads what is independent per sentence or per side over its threads.
  init(
    english: [String], chinese: [String], lexicon: Lexicon, analysis: LexicalAnalysis,
    learned: [UInt64: [Int32]] = [:], bigrams: SentenceBigrams? = nil,
    work: ParallelWork = .serial
  ) {
    (englishTexts, chineseTexts, self.lexicon, self.learned) = (english, chinese, lexicon, learned)
    self.analysis = analysis
    let englishIDs = analysis.englishIDs

    // The dense numbering, in the order the Chinese sentences meet the ids (all of them English
    // ids, which the interner numbers from 0).
    var dense = [Int32](repeating: -1, count: Int(englishIDs.joined().max() ?? -1) + 1)
    var denseCount: Int32 = 0
    var stems = analysis.chineseStems
    var chineseRows: [[Int32]] = []
    var widened: [Bool] = []
    func number(_ id: Int32) -> Int32 {
      if dense[Int(id)] >= 0 { return dense[Int(id)] }
      dense[Int(id)] = denseCount
      denseCount += 1
      return denseCount - 1
    }
    chineseRows.reserveCapacity(chinese.count)
    // The sentence that last took each dense id into its row: each id joins a row once, without
    // sorting the repeats a learned bigram brings.
    var takenBy = [Int32](repeating: -1, count: dense.count)
    // What learning adds to each Chinese sentence, looked up per sentence apart from the
    // numbering, which must meet the ids in order.
    let learnedIDs =
      learned.isEmpty
      ? []
      : Self.learnedIDs(bigrams ?? SentenceBigrams(chinese, work: work), learned, work: work)
    let stemStart = analysis.chineseStemStart
    for index in chinese.indices {
      let sentenceNumber = Int32(index)
      var row: [Int32] = []
      row.reserveCapacity(
        stemStart[index + 1] - stemStart[index] + (learned.isEmpty ? 0 : learnedIDs[index].count))
      for position in stemStart[index]..<stemStart[index + 1] {
        let id = number(stems[position])
        stems[position] = id
        if takenBy[Int(id)] != sentenceNumber {
          takenBy[Int(id)] = sentenceNumber
          row.append(id)
        }
      }
      // Learned translations widen what the sentence covers; they add no Chinese word. (Learned
      // ids are English words of this text: no presence test needed.)
      if !learned.isEmpty {
        let own = row.count
        for learnedID in learnedIDs[index] {
          let id = number(learnedID)
          if takenBy[Int(id)] != sentenceNumber {
            takenBy[Int(id)] = sentenceNumber
            row.append(id)
          }
        }
        widened.append(row.count > own)
      }
      chineseRows.append(row)
    }
    (chineseStems, chineseWordEnd, chineseWordStart) = (
      stems, analysis.chineseWordEnd, analysis.chineseWordStart
    )
    (chineseWordCount, chineseUntranslatable) = (
      analysis.chineseWordCount, analysis.chineseUntranslatable
    )
    self.widened = widened

    // The English side and the Chinese sets depend only on the numbering, now complete.
    let universe = Int(denseCount)
    let (english, chineseSets) = work.both(
      { EnglishSide(englishIDs, dense: dense, universe: universe) },
      { SentenceMembership(rows: chineseRows, universe: universe) })
    (englishTokens, englishStart) = (english.tokens, english.starts)
    (englishWordCount, englishUntranslatable) = (english.wordCount, english.untranslatable)
    (englishSets, self.chineseSets) = (english.sets, chineseSets)
    self.dense = dense
    self.universe = universe
  }

  /// The English sentences' dense ids, in order and as sets, with their word counts.
  private struct EnglishSide {
    var tokens: [Int32] = []
    var starts = [0]
    var wordCount: [Int]
    var untranslatable: [Int] = []
    var sets: SentenceMembership

    init(_ englishIDs: [[Int32]], dense: [Int32], universe: Int) {
      var rows: [[Int32]] = []
      rows.reserveCapacity(englishIDs.count)
      for ids in englishIDs {
        let relevant = ids.compactMap { dense[Int($0)] >= 0 ? dense[Int($0)] : nil }
        tokens += relevant
        starts.append(tokens.count)
        untranslatable.append(ids.count - relevant.count)
        rows.append(relevant)
      }
      wordCount = englishIDs.map(\.count)
      sets = SentenceMembership(rows: rows, universe: universe)
    }
  }

  /// The learned English ids each Chinese sentence's Han bigrams bring, repeats kept, in the
  /// order of its bigrams. The bigrams are hashes already: a `HashedKeyTable` finds each one's
  /// words without hashing it again, as the dictionary did for every bigram of the text.
  private static func learnedIDs(
    _ bigrams: SentenceBigrams, _ learned: [UInt64: [Int32]], work: ParallelWork
  ) -> [[Int32]] {
    var wordsOf = HashedKeyTable(capacity: learned.count)
    var words: [[Int32]] = []
    words.reserveCapacity(learned.count)
    for (key, ids) in learned {
      wordsOf.set(key, Int32(words.count))
      words.append(ids)
    }
    let runs = work.ranges(bigrams.count) { _ in 1 }
    let perRun = work.map(runs.count) { run in
      runs[run].map { index in
        var ids: [Int32] = []
        for key in bigrams.of(index) {
          if let found = wordsOf.value(key) { ids += words[Int(found)] }
        }
        return ids
      }
    }
    return Array(perRun.joined())
  }

  /// Whether learning made Chinese sentence `index` cover more than the lexicon alone: a bead
  /// without such a sentence has the coverage it had before learning.
  package func learningWidens(chinese index: Int) -> Bool {
    widened.isEmpty ? false : widened[index]
  }

  /// How many English sentences were analysed.
  package var englishCount: Int { englishWordCount.count }
  /// How many Chinese sentences were analysed.
  package var chineseCount: Int { chineseWordCount.count }

  /// The coverage of the bead pairing English sentences `english` with Chinese sentences `chinese`.
  package func coverage(english: Range<Int>, chinese: Range<Int>) -> BeadCoverage {
    coverage(english: english, chinese: chinese, countsEnglish: true, countsChinese: true)
  }

  /// The coverage of one side's words only (the other side's counts stay 0): what a merged
  /// block's cost needs, at half the work.
  func coverage(english: Range<Int>, chinese: Range<Int>, countsEnglish: Bool, countsChinese: Bool)
    -> BeadCoverage
  {
    var result = BeadCoverage()
    for sentence in english where countsEnglish {
      result.englishWords += englishWordCount[sentence]
      result.englishUncovered += englishUntranslatable[sentence]
      for position in englishStart[sentence]..<englishStart[sentence + 1] {
        let word = englishTokens[position]
        var covered = false
        for other in chinese where chineseSets.contains(other, word) {
          covered = true
          break
        }
        if !covered { result.englishUncovered += 1 }
      }
    }
    for sentence in chinese where countsChinese {
      result.chineseWords += chineseWordCount[sentence]
      result.chineseUncovered += chineseUntranslatable[sentence]
      for word in chineseWordStart[sentence]..<chineseWordStart[sentence + 1]
      where !isCovered(chineseWord: word, by: english) {
        result.chineseUncovered += 1
      }
    }
    return result
  }

  /// Every word's coverage inside the window of English sentences `english` and Chinese
  /// sentences `chinese`, measured once (nil past `WindowCoverage.maximumSentences` a side).
  func windowCoverage(english: Range<Int>, chinese: Range<Int>) -> WindowCoverage? {
    var scratch = WindowScratch()
    return windowCoverage(english: english, chinese: chinese, scratch: &scratch)
  }

  /// The same, with `scratch` (all zero, and left so) for the masks of the ids: each side's
  /// sentences mark the ids they hold, one bit a sentence, and each word of the other side reads
  /// its mask from its ids, instead of searching every sentence of the window for it.
  func windowCoverage(english: Range<Int>, chinese: Range<Int>, scratch: inout WindowScratch)
    -> WindowCoverage?
  {
    guard english.count <= WindowCoverage.maximumSentences,
      chinese.count <= WindowCoverage.maximumSentences
    else { return nil }
    if scratch.masks.count < universe {
      scratch.masks = [UInt64](repeating: 0, count: universe)
    }
    var window = WindowCoverage(
      englishSentences: english.count,
      englishWords: englishStart[english.upperBound] - englishStart[english.lowerBound],
      chineseSentences: chinese.count,
      chineseWords: chineseWordStart[chinese.upperBound] - chineseWordStart[chinese.lowerBound])
    let chineseSets = chineseSets
    scratch.masks.withUnsafeMutableBufferPointer { masks in
      // The Chinese sentences translating each id, then each English word's mask.
      for (bit, sentence) in chinese.enumerated() {
        chineseSets.forEachID(inRow: sentence) { masks[Int($0)] |= 1 << UInt64(bit) }
      }
      for sentence in english {
        window.englishWords.append(englishWordCount[sentence])
        window.englishUntranslatable.append(englishUntranslatable[sentence])
        for position in englishStart[sentence]..<englishStart[sentence + 1] {
          window.englishMasks.append(masks[Int(englishTokens[position])])
        }
        window.englishStart.append(window.englishMasks.count)
      }
      for sentence in chinese {
        chineseSets.forEachID(inRow: sentence) { masks[Int($0)] = 0 }
      }
      // The English sentences holding each id, then each Chinese word's mask from its stems.
      for (bit, sentence) in english.enumerated() {
        for position in englishStart[sentence]..<englishStart[sentence + 1] {
          masks[Int(englishTokens[position])] |= 1 << UInt64(bit)
        }
      }
      for sentence in chinese {
        window.chineseWords.append(chineseWordCount[sentence])
        window.chineseUntranslatable.append(chineseUntranslatable[sentence])
        for word in chineseWordStart[sentence]..<chineseWordStart[sentence + 1] {
          var mask: UInt64 = 0
          for position in (word == 0 ? 0 : chineseWordEnd[word - 1])..<chineseWordEnd[word] {
            mask |= masks[Int(chineseStems[position])]
          }
          window.chineseMasks.append(mask)
        }
        window.chineseStart.append(window.chineseMasks.count)
      }
      for sentence in english {
        for position in englishStart[sentence]..<englishStart[sentence + 1] {
          masks[Int(englishTokens[position])] = 0
        }
      }
    }
    window.tabulate()
    return window
  }

  /// The coverage of the English words of each sentence range of `parts` by Chinese sentences
  /// `chinese`, handed to `body` in order: what `coverage(english: part, chinese: chinese,
  /// countsEnglish: true, countsChinese: false)` gives for each, with the ids of the Chinese
  /// sentences marked once in `scratch` (all zero, and left so) and each word looked up there
  /// instead of searched for in every sentence (a unit joining blocks asks this of each block).
  func englishCoverage(
    of parts: some Sequence<Range<Int>>, by chinese: Range<Int>, scratch: inout WindowScratch,
    _ body: (BeadCoverage) -> Void
  ) {
    if scratch.masks.count < universe {
      scratch.masks = [UInt64](repeating: 0, count: universe)
    }
    let chineseSets = chineseSets
    scratch.masks.withUnsafeMutableBufferPointer { marks in
      for sentence in chinese { chineseSets.forEachID(inRow: sentence) { marks[Int($0)] = 1 } }
      for part in parts {
        var result = BeadCoverage()
        for sentence in part {
          result.englishWords += englishWordCount[sentence]
          result.englishUncovered += englishUntranslatable[sentence]
          for position in englishStart[sentence]..<englishStart[sentence + 1]
          where marks[Int(englishTokens[position])] == 0 {
            result.englishUncovered += 1
          }
        }
        body(result)
      }
      for sentence in chinese { chineseSets.forEachID(inRow: sentence) { marks[Int($0)] = 0 } }
    }
  }

  /// The same for the Chinese words of each sentence range of `parts`, covered by English
  /// sentences `english`: what `coverage(english: english, chinese: part, countsEnglish: false,
  /// countsChinese: true)` gives for each.
  func chineseCoverage(
    of parts: some Sequence<Range<Int>>, by english: Range<Int>, scratch: inout WindowScratch,
    _ body: (BeadCoverage) -> Void
  ) {
    if scratch.masks.count < universe {
      scratch.masks = [UInt64](repeating: 0, count: universe)
    }
    scratch.masks.withUnsafeMutableBufferPointer { marks in
      for position in englishStart[english.lowerBound]..<englishStart[english.upperBound] {
        marks[Int(englishTokens[position])] = 1
      }
      for part in parts {
        var result = BeadCoverage()
        for sentence in part {
          result.chineseWords += chineseWordCount[sentence]
          result.chineseUncovered += chineseUntranslatable[sentence]
          for word in chineseWordStart[sentence]..<chineseWordStart[sentence + 1] {
            var covered = false
            for position in (word == 0 ? 0 : chineseWordEnd[word - 1])..<chineseWordEnd[word]
            where marks[Int(chineseStems[position])] != 0 {
              covered = true
              break
            }
            if !covered { result.chineseUncovered += 1 }
          }
        }
        body(result)
      }
      for position in englishStart[english.lowerBound]..<englishStart[english.upperBound] {
        marks[Int(englishTokens[position])] = 0
      }
    }
  }

  /// The share of English content words left uncovered in `pairs` (believed right): the baseline
  /// of `BeadCoverage.excessEnglishUncovered(rate:)` for this document, since it differs between
  /// close translations (UN text, about 0.25) and free ones (literary text, higher). Nil without
  /// words.
  package func englishUncoveredRate(in pairs: [(english: Int, chinese: Int)]) -> Double? {
    var words = 0
    var uncovered = 0
    for (english, chinese) in pairs {
      let coverage = coverage(english: english..<(english + 1), chinese: chinese..<(chinese + 1))
      words += coverage.englishWords
      uncovered += coverage.englishUncovered
    }
    return words == 0 ? nil : Double(uncovered) / Double(words)
  }

  /// The evidence with translations learned from pairs believed right (confident 1-1 beads), as
  /// hunalign's realignment does: an English word the lexicon leaves uncovered in those pairs is
  /// paired with the Han bigrams it co-occurs with (Dice ≥ `minimumDice` over at least
  /// `minimumPairs` pairs), so a document teaches its own names and terms (Abyei = 阿卜耶伊).
  ///
  /// Learned bigrams only widen what a Chinese sentence covers; they add no Chinese word.
  package func learning(
    from pairs: [(english: Int, chinese: Int)], minimumPairs: Int = 2, minimumDice: Double = 0.5
  )
    -> TranslationEvidence
  {
    TranslationEvidence(
      learned(from: pairs, minimumPairs: minimumPairs, minimumDice: minimumDice))
  }

  /// What learning hands on to the evidence it builds: the texts, the lexicon's reading of them
  /// and the translations learned. Apart from the evidence, so a caller can let the old evidence
  /// go before the new one is built (its tables are the largest thing an alignment holds).
  package struct Learning: Sendable {
    fileprivate let english: [String]
    fileprivate let chinese: [String]
    fileprivate let lexicon: Lexicon
    fileprivate let analysis: LexicalAnalysis
    fileprivate let learned: [UInt64: [Int32]]
    fileprivate let bigrams: SentenceBigrams
  }

  /// The evidence learning from `pairs` builds (see ``learning(from:minimumPairs:minimumDice:)``).
  package init(_ learning: Learning) {
    self.init(learning, work: .serial)
  }

  /// The same, with what is independent per sentence or per side spread over `work`'s threads.
  init(_ learning: Learning, work: ParallelWork) {
    self.init(
      english: learning.english, chinese: learning.chinese, lexicon: learning.lexicon,
      analysis: learning.analysis, learned: learning.learned, bigrams: learning.bigrams,
      work: work)
  }

  /// The translations learned from `pairs`, with what the new evidence needs.
  package func learned(
    from pairs: [(english: Int, chinese: Int)], minimumPairs: Int = 2, minimumDice: Double = 0.5
  ) -> Learning {
    learned(from: pairs, minimumPairs: minimumPairs, minimumDice: minimumDice, work: .serial)
  }

  /// The same, what is independent per pair spread over `work`'s threads.
  func learned(
    from pairs: [(english: Int, chinese: Int)], minimumPairs: Int = 2, minimumDice: Double = 0.5,
    work: ParallelWork
  ) -> Learning {
    // Every Chinese sentence's bigrams, and each pair's English words left uncovered, read on
    // `work`'s threads.
    let bigrams = SentenceBigrams(chineseTexts, work: work)
    let runs = work.ranges(pairs.count) { _ in 1 }
    let pairUncovered = Array(
      work.map(runs.count) { run in
        runs[run].map { index in
          let (english, chinese) = pairs[index]
          var uncovered = englishIDs[english].filter { id in
            dense[Int(id)] < 0 || !chineseSets.contains(chinese, dense[Int(id)])
          }
          uncovered.sortAndRemoveRepeats()
          return uncovered
        }
      }.joined())
    // Each Han bigram met gets a dense number once, so counting co-occurrences below is array
    // indexing rather than hashing a (word, bigram) pair per pair of the document. The bigrams
    // are hashes already: a `HashedKeyTable` numbers them without hashing them again.
    var keyNumber = HashedKeyTable(capacity: 4_096)
    var keys: [UInt64] = []
    var keyPairs: [Int] = []
    var pairKeys: [Int32] = []
    var pairKeyStart = [0]
    // How many pairs leave each English word uncovered (English ids are small: an array).
    var uncoveredCount = [Int32](repeating: 0, count: analysis.present.count)
    for (index, (_, chinese)) in pairs.enumerated() {
      for key in bigrams.of(chinese) {
        let number: Int32
        if let known = keyNumber.value(key) {
          number = known
        } else {
          number = Int32(keys.count)
          keyNumber.set(key, number)
          keys.append(key)
          keyPairs.append(0)
        }
        keyPairs[Int(number)] += 1
        pairKeys.append(number)
      }
      pairKeyStart.append(pairKeys.count)
      for word in pairUncovered[index] { uncoveredCount[Int(word)] += 1 }
    }
    // The pairs (by index into `pairs`, ascending) that leave each word uncovered, for the words
    // uncovered in at least `minimumPairs` pairs (one uncovered less often meets no bigram that
    // often), by ascending word.
    var candidateOf = [Int32](repeating: -1, count: uncoveredCount.count)
    var candidates: [(Int32, [Int32])] = []
    for (word, count) in uncoveredCount.enumerated() where Int(count) >= minimumPairs {
      candidateOf[word] = Int32(candidates.count)
      candidates.append((Int32(word), []))
      candidates[candidates.count - 1].1.reserveCapacity(Int(count))
    }
    for (index, uncovered) in pairUncovered.enumerated() {
      for word in uncovered where candidateOf[Int(word)] >= 0 {
        candidates[Int(candidateOf[Int(word)])].1.append(Int32(index))
      }
    }
    // Each word's bigrams are counted apart from the others', the words spread over `work`'s
    // threads in runs weighted by their pairs; the (bigram, word) pairs found join the
    // translations afterwards.
    let wordRuns = work.ranges(candidates.count) { candidates[$0].1.count }
    let found = work.map(wordRuns.count) { run in
      var together = [Int](repeating: 0, count: keys.count)
      var met: [Int32] = []
      var found: [(key: UInt64, word: Int32)] = []
      for (word, wordPairs) in candidates[wordRuns[run]] {
        for pair in wordPairs {
          for number in pairKeys[pairKeyStart[Int(pair)]..<pairKeyStart[Int(pair) + 1]] {
            if together[Int(number)] == 0 { met.append(number) }
            together[Int(number)] += 1
          }
        }
        for number in met {
          let count = together[Int(number)]
          together[Int(number)] = 0
          guard count >= minimumPairs else { continue }
          let dice = 2 * Double(count) / Double(wordPairs.count + keyPairs[Int(number)])
          if dice >= minimumDice { found.append((keys[Int(number)], word)) }
        }
        met.removeAll(keepingCapacity: true)
      }
      return found
    }
    var learned = self.learned
    for (key, word) in found.joined() where !(learned[key]?.contains(word) ?? false) {
      learned[key, default: []].append(word)
    }
    return Learning(
      english: englishTexts, chinese: chineseTexts, lexicon: lexicon, analysis: analysis,
      learned: learned, bigrams: bigrams)
  }

  private func isCovered(chineseWord word: Int, by english: Range<Int>) -> Bool {
    let start = word == 0 ? 0 : chineseWordEnd[word - 1]
    for position in start..<chineseWordEnd[word] {
      let stem = chineseStems[position]
      for sentence in english where englishSets.contains(sentence, stem) { return true }
    }
    return false
  }
}
