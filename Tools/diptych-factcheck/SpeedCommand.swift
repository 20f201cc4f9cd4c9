import ArgumentParser
import Diptych
import Foundation

/// Times the checks on the document shape of `diptych-bench align --numbered-paragraphs`: the
/// corpus repeated to the size asked, the English as numbered paragraphs of four sentences, the
/// Chinese as the same paragraphs unnumbered. Aligns once, then runs the checker `runs` times,
/// all codes together and each code alone, in CPU seconds of this process.
struct SpeedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "speed", abstract: "Time the checks on a long numbered-paragraph document.")

  @OptionGroup var corpus: CorpusOptions
  @Option(help: "Sentences a side.") var sentences = 40_000
  @Option(help: "Checker runs; the fastest counts.") var runs = 3
  @Flag(help: "Time each finding code alone too.") var byCode = false

  func run() throws {
    let corpus = try corpus.load()
    var english: [String] = []
    var chinese: [String] = []
    var start = 0
    while start < sentences {
      let end = min(start + 4, sentences)
      let chosen = (start..<end).map { $0 % corpus.english.count }
      english.append(
        "\(english.count + 1). " + chosen.map { corpus.english[$0] }.joined(separator: " "))
      chinese.append(chosen.map { corpus.chinese[$0] }.joined())
      start = end
    }
    let source = PlainTextSegmenter(language: .english).document(
      from: SourceLine.lines(of: english.joined(separator: "\n\n") + "\n"), sourceName: "en.txt")
    let target = PlainTextSegmenter(language: .simplifiedChinese).document(
      from: SourceLine.lines(of: chinese.joined(separator: "\n\n") + "\n"), sourceName: "zh.txt")
    let alignment = Aligner().align(source: source, target: target)
    func time(_ options: Checker.Options) -> (seconds: Double, wall: Double, findings: Int) {
      var best = Double.infinity
      var bestWall = Double.infinity
      var count = 0
      let clock = ContinuousClock()
      for _ in 0..<max(runs, 1) {
        let before = cpuSeconds()
        let start = clock.now
        count = Checker(options: options).findings(for: alignment).count
        best = min(best, cpuSeconds() - before)
        bestWall = min(bestWall, (clock.now - start) / .seconds(1))
      }
      return (best, bestWall, count)
    }
    let all = time(Checker.Options())
    print(
      String(
        format: "all checks: %.3f s CPU, %.3f s elapsed, %d findings (%d units)", all.seconds,
        all.wall, all.findings, alignment.units.count))
    guard byCode else { return }
    let codes = FindingCode.allCases
    for code in codes {
      let alone = time(Checker.Options(ignored: Set(codes).subtracting([code])))
      print(
        String(format: "  %@: %.3f s, %d findings", code.rawValue, alone.seconds, alone.findings))
    }
  }

  private func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  }
}
