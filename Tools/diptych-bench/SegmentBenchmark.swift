import ArgumentParser
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `diptych segment FILE --format json` on English and Chinese texts of N MB and
/// prints MB/s and peak memory: the rate must not fall as the input grows, nor memory rise.
struct SegmentBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract:
      "Reading and segmenting speed (MB/s) and peak memory of `diptych segment --format json` on "
      + "N MB texts."
  )

  @Option(help: "Input sizes in MB per language, comma-separated.")
  var megabytes: String = "1,10,100"

  @Option(help: "The devset directory holding devset.en and devset.zh.")
  var devset: String = "../shared/data/unpc-devset"

  @Option(help: "The diptych executable.")
  var diptych: String = ".build/release/diptych"

  @Option(help: "Runs per input; the fastest counts.")
  var runs: Int = 1

  func run() throws {
    let (english, chinese) = try BenchmarkDocuments.devsetLines(devset)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-segment-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    emit("language      MB   wall s    cpu s   MB/s (cpu)   peak MB")
    for size in megabytes.split(separator: ",").compactMap({ Double($0) }) {
      let bytes = Int(size * 1_000_000)
      // Numbered paragraphs of devset sentences, hard-wrapped as PDF text is (see `memory`).
      let inputs = [
        ("en", MemoryBenchmark.document(english, wrap: 90, spaced: true, bytes: bytes).text),
        ("zh", MemoryBenchmark.document(chinese, wrap: 40, spaced: false, bytes: bytes).text),
      ]
      for (language, text) in inputs {
        let path = directory.appendingPathComponent("\(language)-\(size).txt").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let megabytes = Double(text.utf8.count) / 1_000_000
        var best: ChildProcess.Measurement?
        for _ in 0..<max(1, runs) {
          let run = try ChildProcess.measure(diptych, ["segment", path, "--format", "json"])
          guard run.status == 0 else {
            throw ValidationError("segment on \(size) MB of \(language) exited \(run.status)")
          }
          if best == nil || run.cpuSeconds < best!.cpuSeconds { best = run }
        }
        guard let best else { continue }
        emit(
          String(
            format: "%-8@  %6.1f  %7.2f  %7.2f  %11.1f  %8.0f", language as NSString, megabytes,
            best.seconds, best.cpuSeconds,
            megabytes / max(best.cpuSeconds, 0.001), best.peakMegabytes))
        try? FileManager.default.removeItem(atPath: path)
      }
    }
  }
}
