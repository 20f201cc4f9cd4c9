import ArgumentParser
import Diptych
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Developer benchmarks.
@main
struct DiptychBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diptych-bench", abstract: "Diptych benchmarks.",
    subcommands: [
      AlignBenchmark.self, SegmentBenchmark.self, BatchBenchmark.self, MemoryBenchmark.self,
      LexiconBenchmark.self,
    ])
}

/// Aligns large document pairs built from the UN devset and prints time and peak memory.
struct AlignBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "align", abstract: "Time the aligner on document pairs of N sentences a side.")

  @Option(help: "Sentences per side, comma-separated.")
  var sentences: String = "1000,10000,40000"

  @Option(help: "The devset directory holding devset.en and devset.zh.")
  var devset: String = "../shared/data/unpc-devset"

  @Flag(help: "Disable structural anchors.")
  var noAnchors = false

  @Option(help: "The most threads one alignment uses (default: the machine's cores).")
  var threads: Int?

  @Flag(
    help: """
      Issue 14's shape: numbered English paragraphs of four sentences, the Chinese unnumbered; \
      read, align, check and JSON timed apart (CPU seconds).
      """)
  var numberedParagraphs = false

  func run() throws {
    let (english, chinese) = try BenchmarkDocuments.devsetLines(devset)
    let pairs = Array(zip(english, chinese))
    let sizes = sentences.split(separator: ",").compactMap {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    let aligner = Aligner(configuration: .init(usesAnchors: !noAnchors, threads: threads))
    if numberedParagraphs {
      try NumberedParagraphBenchmark(aligner: aligner, pairs: pairs).run(sizes: sizes.sorted())
      return
    }
    print("sentences  blocks(en/zh)  units  seconds  peak-rss-MB")
    for size in sizes.sorted() {
      let (source, target) = BenchmarkDocuments.make(
        sentences: size, pairs: pairs, seed: UInt64(size))
      let clock = ContinuousClock()
      var alignment: Alignment?
      let elapsed = clock.measure { alignment = aligner.align(source: source, target: target) }
      let units = alignment?.units.count ?? 0
      let violations = alignment?.invariantViolations().count ?? -1
      let seconds =
        Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      print(
        String(
          format: "%9d  %6d/%-6d  %5d  %7.2f  %11.1f%@", size, source.blocks.count,
          target.blocks.count, units, seconds,
          Self.peakResidentMegabytes(),
          violations == 0 ? "" : "  INVARIANT VIOLATIONS: \(violations)"))
    }
  }

  static func peakResidentMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
  }
}
