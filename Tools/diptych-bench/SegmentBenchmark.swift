import ArgumentParser
import Diptych
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads and segments large inputs built from the seed submission and prints MB/s per size, so
/// that linearity shows: the rate must not fall as the input grows.
struct SegmentBenchmark: ParsableCommand {
  /// CPU time of this process: unlike wall time, not inflated by other work on the machine.
  static func cpuSeconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
  }

  static let configuration = CommandConfiguration(
    commandName: "segment", abstract: "Read and segment large English and Chinese texts; print MB/s.")

  @Option(help: "Input sizes in MB per language, comma-separated.")
  var megabytes: String = "1,5,10"

  @Option(help: "The bilingual seed file the texts are built from.")
  var seed: String = "corpus/seed-copuos-space-resources/bilingual.txt"

  func run() throws {
    let pair = try DocumentReader.readBilingual(seed)
    let text = try String(contentsOfFile: seed, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let english = lines[..<(pair.split!.firstEndLine)].joined(separator: "\n") + "\n\n"
    let chinese = lines[(pair.split!.secondStartLine - 1)...].joined(separator: "\n") + "\n"
    print("language  MB     blocks    wall s   cpu s   MB/s (cpu)")
    for size in megabytes.split(separator: ",").compactMap({ Double($0) }) {
      for (language, unit) in [(Language.english, english), (.simplifiedChinese, chinese)] {
        let copies = max(1, Int(size * 1_000_000) / unit.utf8.count)
        let input = String(repeating: unit, count: copies)
        let start = Date()
        let cpuStart = Self.cpuSeconds()
        let document = PlainTextSegmenter(language: language).document(from: SourceLine.lines(of: input))
        let cpu = Self.cpuSeconds() - cpuStart
        let seconds = Date().timeIntervalSince(start)
        let mb = Double(input.utf8.count) / 1_000_000
        print(
          String(
            format: "%-8@  %5.1f  %8d  %7.2f  %6.2f  %5.2f", language.rawValue as NSString, mb, document.blocks.count,
            seconds, cpu, mb / cpu))
      }
    }
  }
}
