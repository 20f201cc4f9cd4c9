import ArgumentParser
import Diptych
import Foundation

/// Times loading the bundled lexicon and scoring beads with it, and measures how well its coverage
/// tells a right sentence pair from its neighbours on the UN devset (pairs 1–2800 only: 2801–4000
/// are held out for other measurements).
struct LexiconBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lexicon",
    abstract: "Time loading the lexicon and scoring beads; measure right-pair separation.")

  @Option(help: "The devset directory holding devset.en and devset.zh.")
  var devset: String = "../shared/data/unpc-devset"

  @Option(help: "Loads to time.")
  var loads: Int = 5

  @Option(help: "The devset pairs to measure on, 1-based, at most 1-2800 (2801-4000 are held out).")
  var pairs: String = "1-2800"

  func run() throws {
    let path = try Lexicon.bundledPath()
    var times: [Double] = []
    var cpuTimes: [Double] = []
    var lexicon: Lexicon?
    for _ in 0..<loads {
      let start = Date()
      let cpuStart = ProcessCPUTime.seconds()
      lexicon = try Lexicon(contentsOf: path)
      cpuTimes.append((ProcessCPUTime.seconds() - cpuStart) * 1000)
      times.append(Date().timeIntervalSince(start) * 1000)
    }
    guard let lexicon else { return }
    times.sort()
    cpuTimes.sort()
    print(
      String(
        format:
          "load %@ (%d stems, %d Chinese words): wall min %.1f ms, median %.1f ms; cpu min %.1f "
          + "ms, median %.1f ms",
        path, lexicon.stemCount, lexicon.chineseWordCount, times[0], times[times.count / 2],
        cpuTimes[0], cpuTimes[cpuTimes.count / 2]))
    // Where loading goes: the English words alone, stemmed as loading stems them.
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let words = text.components(separatedBy: "\n@english\n")[1].components(
      separatedBy: "\n@chinese\n")[0]
      .split(separator: "\n").map { Array($0.utf8) }
    var stemStart = Date()
    var stemmedBytes = 0
    for word in words { stemmedBytes += lexicon.stem(word).count }
    print(
      String(
        format: "stem %d English words: %.1f ms [%d]", words.count,
        Date().timeIntervalSince(stemStart) * 1000, stemmedBytes))
    stemStart = Date()
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    print(
      String(
        format: "read %d bytes: %.1f ms", bytes.count, Date().timeIntervalSince(stemStart) * 1000))

    let bounds = pairs.split(separator: "-").compactMap { Int($0) }
    guard bounds.count == 2, bounds[0] >= 1, bounds[0] < bounds[1], bounds[1] <= 2800 else {
      throw ValidationError("--pairs must be a range within 1-2800")
    }
    let range = (bounds[0] - 1)..<bounds[1]
    let lines = try BenchmarkDocuments.devsetLines(devset)
    let english = Array(lines.english[range])
    let chinese = Array(lines.chinese[range])
    var start = Date()
    let evidence = TranslationEvidence(english: english, chinese: chinese, lexicon: lexicon)
    let analysed = Date().timeIntervalSince(start)
    print(
      String(
        format: "analyse %d + %d sentences: %.1f ms (%.1f µs a sentence)", english.count,
        chinese.count, analysed * 1000, analysed * 1e6 / Double(english.count + chinese.count)))

    start = Date()
    var queries = 0
    var checksum = 0
    for sentence in 0..<(english.count - 3) {
      for (e, z) in [(1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3)] {
        checksum &+=
          evidence.coverage(english: sentence..<(sentence + e), chinese: sentence..<(sentence + z))
          .englishUncovered
        queries += 1
      }
    }
    let scored = Date().timeIntervalSince(start)
    print(
      String(
        format: "score %d beads: %.1f ms (%.2f µs a bead) [%d]", queries, scored * 1000,
        scored * 1e6 / Double(queries), checksum))

    separation(evidence, count: english.count)
  }

  /// The right 1-1 pair against the Chinese sentences before and after it.
  private func separation(_ evidence: TranslationEvidence, count: Int) {
    var rightCoverage: [Double] = []
    var wrongCoverage: [Double] = []
    var rightUncovered = 0.0
    var rightWords = 0.0
    var wins = 0
    var winsByExcess = 0
    var contests = 0
    for sentence in 1..<(count - 1) {
      let right = evidence.coverage(
        english: sentence..<(sentence + 1), chinese: sentence..<(sentence + 1))
      guard right.englishWords >= 3 else { continue }
      rightCoverage.append(right.coverage)
      rightUncovered += Double(right.englishUncovered)
      rightWords += Double(right.englishWords)
      for other in [sentence - 1, sentence + 1] {
        let wrong = evidence.coverage(
          english: sentence..<(sentence + 1), chinese: other..<(other + 1))
        wrongCoverage.append(wrong.coverage)
        contests += 1
        if right.coverage > wrong.coverage { wins += 1 }
        if right.excessEnglishUncovered() < wrong.excessEnglishUncovered() { winsByExcess += 1 }
      }
    }
    func quartiles(_ values: [Double]) -> String {
      let sorted = values.sorted()
      return [0.25, 0.5, 0.75].map {
        String(format: "%.2f", sorted[Int(Double(sorted.count - 1) * $0)])
      }.joined(separator: "/")
    }
    print(
      "separation on devset pairs \(pairs) (but the first and last) with ≥ 3 English content "
        + "words (\(rightCoverage.count) pairs):"
    )
    print(
      "  coverage of the right pair, quartiles \(quartiles(rightCoverage)); of a neighbour "
        + "\(quartiles(wrongCoverage))"
    )
    print(
      String(
        format:
          "  right pair wins on coverage %.1f%%, on uncovered English words %.1f%% of %d contests",
        100 * Double(wins) / Double(contests), 100 * Double(winsByExcess) / Double(contests),
        contests))
    print(
      String(format: "  English words uncovered in right pairs: %.3f", rightUncovered / rightWords))
  }
}
