import ArgumentParser
import Diptych
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `diptych batch` on folders of N UN-style pairs with 1 and 2 jobs and prints pairs/s,
/// MB/s, peak memory and how many cores the run kept busy, so that linear cost and parallel
/// speed-up show.
struct BatchBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch", abstract: "Time `diptych batch` on N generated pairs with 1 and 2 jobs.")

  @Option(help: "Numbers of pairs, comma-separated.")
  var pairs: String = "100,1000,10000"

  @Option(help: "Job counts, comma-separated.")
  var jobs: String = "1,2"

  @Option(help: "The diptych binary (default: beside this benchmark).")
  var binary: String?

  @Option(help: "The devset directory holding devset.en and devset.zh.")
  var devset: String = "../shared/data/unpc-devset"

  @Option(help: "The corpus folder; every tenth pair is a copy of one of its unpc-synth entries.")
  var corpus: String = "corpus"

  @Option(help: "Where to generate the pair folders (reused when present).")
  var work: String = "/tmp/diptych-batch-bench"

  @Option(
    help: "Run only this shard of each folder (I/N), to time a large N on a stable subsample.")
  var shard: String?

  func run() throws {
    let executable =
      binary
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("diptych").path
    let (english, chinese) = try BenchmarkDocuments.devsetLines(devset)
    let sentences = Array(zip(english, chinese)).filter { BatchPairGenerator.usable($0.0, $0.1) }
    let entries = [
      "unpc-synth-clean", "unpc-synth-edits", "unpc-synth-numbered", "unpc-synth-unnumbered-zh",
    ].map { entry in
      (
        (try? String(contentsOfFile: "\(corpus)/\(entry)/en.txt", encoding: .utf8)) ?? "",
        (try? String(contentsOfFile: "\(corpus)/\(entry)/zh.txt", encoding: .utf8)) ?? ""
      )
    }.filter { !$0.0.isEmpty }
    let generator = BatchPairGenerator(sentences: sentences, corpusPairs: entries)
    let jobCounts = jobs.split(separator: ",").compactMap {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    let subsample = try shard.map { text in
      guard let parsed = BatchShard(parsing: text) else {
        throw ValidationError("'\(text)' is not a shard I/N")
      }
      return parsed
    }
    emit(
      "pairs   run    jobs  MB      seconds  pairs/s  MB/s   cpu-busy  cpu-ms/pair  peak-rss-MB  "
        + "speed-up"
    )
    for count in pairs.split(separator: ",").compactMap({
      Int($0.trimmingCharacters(in: .whitespaces))
    }) {
      let folder = "\(work)/n\(count)"
      let files = try generator.generate(count: count, into: folder)
      // The subsample's share of the bytes is estimated by its share of the pairs.
      let ids = (1...count).map { String(format: "P%05d", $0) }
      let processed =
        subsample.map { shard in ids.filter { shard.contains(id: $0) }.count } ?? count
      let bytes = files * processed / count
      var first: Double?
      for jobCount in jobCounts {
        let run = try ChildProcess.measure(
          executable,
          ["batch", folder, "--jobs", "\(jobCount)"]
            + (subsample.map { ["--shard", $0.description] } ?? []))
        guard run.status == 0 || run.status == 1 else {
          throw ValidationError("diptych batch exited \(run.status) on \(folder)")
        }
        let megabytes = Double(bytes) / 1_000_000
        first = first ?? run.seconds
        emit(
          String(
            format: "%-6d  %-5d  %4d  %6.1f  %7.1f  %7.1f  %5.2f  %8.2f  %11.1f  %11.1f  %8.2f",
            count, processed, jobCount,
            megabytes, run.seconds, Double(processed) / run.seconds, megabytes / run.seconds,
            run.cpuSeconds / run.seconds,
            run.cpuSeconds * 1000 / Double(processed), run.peakMegabytes,
            (first ?? run.seconds) / run.seconds))
      }
    }
  }
}

/// Prints a line at once, so a long run shows its rows as they come even when piped.
func emit(_ line: String) {
  FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// A child process run to completion with its own resource usage (wait4), not this process's.
enum ChildProcess {
  struct Measurement {
    var status: Int32
    var seconds: Double
    var cpuSeconds: Double
    var peakMegabytes: Double
  }

  /// Runs `path` under `/usr/bin/time` when it is installed, for the peak memory.
  ///
  /// `posix_spawn` shares this process's memory until the child's `exec`, and Linux carries the
  /// high-water mark across `exec`: the child's own `ru_maxrss` starts at this process's peak.
  /// `time` forks the command from its own small image, so its `%M` is the command's alone.
  static func measure(_ path: String, _ arguments: [String]) throws -> Measurement {
    let time = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: time) else {
      return try spawn(path, arguments)
    }
    let report = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-time-\(getpid())-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: report) }
    var run = try spawn(time, ["-f", "%x %M", "-o", report.path, path] + arguments)
    let fields = try String(contentsOf: report, encoding: .utf8).split(
      whereSeparator: \.isWhitespace)
    if fields.count >= 2, let status = Int32(fields[fields.count - 2]),
      let kilobytes = Double(fields[fields.count - 1])
    {
      run.status = status
      run.peakMegabytes = kilobytes / 1024
    }
    return run
  }

  private static func spawn(_ path: String, _ arguments: [String]) throws -> Measurement {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let start = Date()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw ValidationError("cannot run \(path): \(String(cString: strerror(spawned)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let seconds = Date().timeIntervalSince(start)
    let cpu =
      Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(
        usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Measurement(
      status: exitStatus, seconds: seconds, cpuSeconds: cpu,
      peakMegabytes: Double(usage.ru_maxrss) / 1024)
  }
}
