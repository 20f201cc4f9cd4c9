import ArgumentParser
import Diptych
import Foundation

extension DiptychCommand {
  struct Batch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "batch",
      abstract:
        "Check many pairs at once: a folder of documents or a manifest; one JSON line per pair.",
      discussion: """
        A folder is searched for pairs by name: X.en.txt/X.zh.txt, X-E.docx/X-C.docx, X_en/… and \
        X_zh/… folders. A manifest lists pairs as CSV (source,target,id) or JSON lines. Pairs run \
        in parallel; one that fails is reported and the others go on. JSON lines come in input \
        order.
        --shard I/N keeps the pairs whose id hashes to I modulo N (I from 0), so N machines can \
        each take a share and their JSON lines be concatenated.
        Exit status: 0 when no pair has a finding at or above --fail-on, 1 when one has, 2 for \
        usage errors or when a pair could not be read or written.
        """)

    @Argument(help: "A folder of document pairs, or a manifest (.csv, .tsv, .jsonl).")
    var input: String

    @Option(
      name: .shortAndLong,
      help: "Write the JSON lines to this file (when done) instead of standard output.")
    var output: String?

    @Option(help: "Also write each pair's documents into this folder, as <id>.<format>.")
    var outputDir: String?

    @Option(
      help: """
        Formats to write into --output-dir (repeatable): \(OutputFormat.names). Default: tmx, \
        xml, html.
        """
    )
    var emit: [OutputFormat] = []

    @Option(help: "Pairs to process at once (default: the number of cores).")
    var jobs: Int?

    @Option(
      help: "Process only shard I of N (I from 0 to N-1), chosen by a stable hash of the pair id.",
      transform: parseShard)
    var shard: BatchShard?

    @OptionGroup var findings: FindingOptions
    @OptionGroup var threshold: FailOnOption

    func validate() throws {
      if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
      if !emit.isEmpty && outputDir == nil { throw ValidationError("--emit needs --output-dir") }
    }

    func run() async throws {
      let pairs = try BatchCommandInput.pairs(from: input)
      let selected = shard?.select(pairs) ?? pairs
      LexiconNotice.warnIfMissing()
      let runner = BatchRunner(
        pipeline: try findings.pipeline(),
        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
        outputs: outputDir.map {
          BatchOutputs(directory: $0, formats: emit.isEmpty ? BatchOutputs.defaultFormats : emit)
        },
        failOn: threshold.failOn)
      let sink = try JSONLinesSink(path: output)
      var summary = BatchSummaryTable(failOn: threshold.failOn)
      var progress = ProgressBar(total: selected.count)
      var encodingFailure: WriteFailure?
      await runner.run(selected) { result in
        do {
          sink.write(try result.jsonLine())
        } catch {
          encodingFailure = WriteFailure(
            path: output ?? "standard output",
            reason: "cannot encode the result of \(result.id): \(error)")
        }
        if let error = result.error { StandardError.print("diptych: \(error)") }
        summary.add(result)
        progress.advance()
      }
      progress.finish()
      if let encodingFailure {
        sink.abandon()
        throw encodingFailure
      }
      try sink.finish()
      let table = summary.table()
      if output == nil { StandardError.print(table) } else { print(table) }
      if summary.count(.failed) > 0 { throw ExitCode(Failure.inputErrorStatus) }
      if summary.count(.flagged) > 0 { throw ExitCode(Failure.findingsStatus) }
    }
  }
}

/// The pairs of a folder or manifest; files a folder search leaves out are warnings, manifest
/// problems errors.
enum BatchCommandInput {
  static func pairs(from input: String) throws -> [BatchPair] {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory)
    guard exists, isDirectory.boolValue else { return try BatchManifest.read(contentsOf: input) }
    let found = try BatchDiscovery.discover(in: input)
    for problem in found.unpaired + found.skipped { StandardError.warning(problem) }
    if found.pairs.isEmpty {
      throw BatchInputError(
        location: input,
        message:
          "no pairs found (names like X.en.txt and X.zh.txt, X-E.docx and X-C.docx, or folders "
          + "X_en and X_zh)"
      )
    }
    return found.pairs
  }
}

private func parseShard(_ text: String) throws -> BatchShard {
  guard let shard = BatchShard(parsing: text) else {
    throw ValidationError("'\(text)' is not a shard; use I/N with 0 ≤ I < N, e.g. 0/4")
  }
  return shard
}
