import Diptych
import Foundation

/// Times every stage of `diptych align EN ZH --format json` on `NumberedParagraphPair` documents:
/// reading and segmenting, aligning, checking and writing JSON, in CPU seconds of this process
/// (wall time on a shared machine measures the neighbours too), then the wall seconds of aligning
/// and of the whole, which fall below the CPU seconds where a large pair uses several threads.
struct NumberedParagraphBenchmark {
  var aligner: Aligner
  var pairs: [(String, String)]

  func run(sizes: [Int]) throws {
    print(
      "sentences  read s  align s  check s  json s  total s  align sent/s  total sent/s  "
        + "align wall s  total wall s  peak-rss-MB"
    )
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for size in sizes {
      let texts = NumberedParagraphPair.texts(sentences: size, pairs: pairs)
      let english = folder.appendingPathComponent("en.txt").path
      let chinese = folder.appendingPathComponent("zh.txt").path
      try texts.english.write(toFile: english, atomically: false, encoding: .utf8)
      try texts.chinese.write(toFile: chinese, atomically: false, encoding: .utf8)
      let wall = ContinuousClock()
      let start = wall.now
      var clock = ProcessCPUTime.seconds()
      func lap() -> Double {
        let now = ProcessCPUTime.seconds()
        defer { clock = now }
        return now - clock
      }
      let pair = try DocumentReader.readPair(source: english, target: chinese)
      let read = lap()
      let alignStart = wall.now
      let alignment = aligner.align(source: pair.source, target: pair.target)
      let alignWall = wall.now - alignStart
      let align = lap()
      let findings = Checker().findings(for: alignment)
      let check = lap()
      let json = try JSONReport.encode(
        PipelineResult(pair: pair, alignment: alignment, findings: findings).report)
      let write = lap()
      let totalWall = wall.now - start
      let total = read + align + check + write
      print(
        String(
          format:
            "%9d  %6.2f  %7.2f  %7.2f  %6.2f  %7.2f  %12.0f  %12.0f  %12.2f  %12.2f  %11.1f%@",
          size, read, align, check, write, total, Double(size) / align, Double(size) / total,
          alignWall / .seconds(1), totalWall / .seconds(1), AlignBenchmark.peakResidentMegabytes(),
          json.isEmpty ? "  EMPTY JSON" : ""))
    }
  }
}
