/// The Han bigrams of every Chinese sentence of a text (`ChineseContentWords.hanBigrams`), read
/// once for learning: the confident pairs' sentences pair them with English words, and every
/// sentence looks up what was learned in them (reading them twice had been most of learning's
/// time).
struct SentenceBigrams: Sendable {
  /// Sentence `s`'s bigrams, ascending: `keys[start[s]..<start[s + 1]]`.
  private var keys: [UInt64] = []
  private var start = [0]

  /// Reads `sentences`, spread over `work`'s threads.
  init(_ sentences: [String], work: ParallelWork) {
    let runs = work.ranges(sentences.count) { sentences[$0].utf8.count }
    let parts = work.map(runs.count) { run in
      var part = SentenceBigrams()
      for index in runs[run] {
        part.keys += ChineseContentWords.hanBigrams(in: sentences[index])
        part.start.append(part.keys.count)
      }
      return part
    }
    for part in parts {
      let base = keys.count
      keys += part.keys
      start += part.start.dropFirst().lazy.map { $0 + base }
    }
  }

  private init() {}

  /// How many sentences were read.
  var count: Int { start.count - 1 }

  /// The bigrams of sentence `index`, ascending.
  func of(_ index: Int) -> ArraySlice<UInt64> { keys[start[index]..<start[index + 1]] }
}
