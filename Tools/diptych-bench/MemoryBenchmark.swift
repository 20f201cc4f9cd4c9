import ArgumentParser
import Foundation

/// Runs the built `diptych` on large plain-text inputs and prints each run's peak memory, to
/// show whether memory stays bounded as the input grows.
struct MemoryBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "memory",
    abstract:
      "Peak memory of `diptych segment` (and optionally `align`) on inputs of N MB built from the "
      + "devset."
  )

  @Option(help: "Input sizes in MB per language, comma-separated.")
  var megabytes: String = "1,10,50,100"

  @Option(help: "The devset directory holding devset.en and devset.zh.")
  var devset: String = "../shared/data/unpc-devset"

  @Option(help: "The diptych executable.")
  var diptych: String = ".build/release/diptych"

  @Flag(help: "Also align each pair of inputs (slow on large inputs).")
  var align = false

  func run() throws {
    let (english, chinese) = try BenchmarkDocuments.devsetLines(devset)
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-memory-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    emit("command            MB   wall s    cpu s   peak MB   peak/input")
    for size in megabytes.split(separator: ",").compactMap({ Double($0) }) {
      let bytes = Int(size * 1_000_000)
      let en = directory.appendingPathComponent("en-\(size).txt").path
      let zh = directory.appendingPathComponent("zh-\(size).txt").path
      // The Chinese has as many paragraphs as the English, made of the same devset pairs: the
      // two texts are translations of each other, as a real pair is.
      let (englishText, paragraphs) = Self.document(english, wrap: 90, spaced: true, bytes: bytes)
      try englishText.write(toFile: en, atomically: false, encoding: .utf8)
      try Self.document(chinese, wrap: 40, spaced: false, paragraphs: paragraphs).text.write(
        toFile: zh, atomically: false, encoding: .utf8)
      var runs: [(String, [String], Double)] = [
        ("segment en", ["segment", en, "--format", "json"], size),
        ("segment zh", ["segment", zh, "--format", "json"], size),
      ]
      if align { runs.append(("align", ["align", en, zh, "--format", "json"], 2 * size)) }
      for (name, arguments, megabytes) in runs {
        let run = try ChildProcess.measure(diptych, arguments)
        guard run.status == 0 else {
          throw ValidationError("\(name) on \(size) MB exited \(run.status)")
        }
        emit(
          String(
            format: "%-14@  %6.1f  %7.1f  %7.1f  %8.0f  %10.2f", name as NSString, megabytes,
            run.seconds, run.cpuSeconds,
            run.peakMegabytes, run.peakMegabytes / megabytes))
      }
    }
  }

  /// Numbered paragraphs of three sentences, hard-wrapped at `wrap` characters as PDF text is,
  /// cycling through the sentences until the text is `bytes` long.
  static func document(
    _ sentences: [String], wrap: Int, spaced: Bool, bytes: Int = .max, paragraphs: Int = .max
  ) -> (text: String, paragraphs: Int) {
    var text = ""
    var number = 1
    var index = 0
    while text.utf8.count < bytes && number <= paragraphs {
      let paragraph =
        "\(number). "
        + (0..<3).map { sentences[(index + $0) % sentences.count] }.joined(separator: " ")
      index += 3
      number += 1
      var line = ""
      // Chinese has no spaces: it wraps at any character, as PDF text does.
      let words =
        spaced
        ? paragraph.split(separator: " ", omittingEmptySubsequences: false)
        : paragraph.map { Substring(String($0)) }
      for word in words {
        if !line.isEmpty, line.count + word.count + (spaced ? 1 : 0) > wrap {
          text += line + "\n"
          line = ""
        }
        line += line.isEmpty || !spaced ? String(word) : " " + word
      }
      text += line + "\n\n"
    }
    return (text, number - 1)
  }
}
