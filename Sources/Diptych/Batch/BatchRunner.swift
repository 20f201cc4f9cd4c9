/// Runs the pipeline over the pairs of a batch, several at a time, and hands the results back in
/// input order.
///
/// A pair that cannot be read or written gives a failed result; the others go on. Pairs finish
/// out of order, so finished results wait until those before them are out; the number of pairs
/// started ahead of the oldest unfinished one is bounded, which keeps memory flat however large
/// the batch.
public struct BatchRunner: Sendable {
  /// The pipeline each pair goes through.
  public var pipeline: Pipeline
  /// How many pairs run at once; at least 1.
  public var jobs: Int
  /// Where to write each pair's documents, if anywhere.
  public var outputs: BatchOutputs?
  /// Findings at or above this severity make a pair's status `flagged`.
  public var failOn: Severity

  /// Creates a runner.
  public init(
    pipeline: Pipeline = Pipeline(), jobs: Int, outputs: BatchOutputs? = nil,
    failOn: Severity = .error
  ) {
    self.pipeline = pipeline
    self.jobs = max(1, jobs)
    // Pairs already run side by side, a core each: one thread per alignment and its checks.
    if self.jobs > 1 {
      self.pipeline.aligner.configuration.threads = 1
      self.pipeline.checker.threads = 1
    }
    self.outputs = outputs
    self.failOn = failOn
  }

  /// Processes `pairs` and calls `emit` with each result, in the order of `pairs`.
  public func run(_ pairs: [BatchPair], emit: (BatchResult) -> Void) async {
    let window = jobs * 4
    await withTaskGroup(of: (Int, BatchResult).self) { group in
      var next = 0
      var emitted = 0
      var finished: [Int: BatchResult] = [:]
      func startMore(_ group: inout TaskGroup<(Int, BatchResult)>, running: Int) -> Int {
        var running = running
        while running < jobs, next < pairs.count, next - emitted < window {
          let index = next
          let pair = pairs[index]
          group.addTask { (index, process(pair)) }
          next += 1
          running += 1
        }
        return running
      }
      var running = startMore(&group, running: 0)
      while let (index, result) = await group.next() {
        running -= 1
        finished[index] = result
        while let ready = finished.removeValue(forKey: emitted) {
          emit(ready)
          emitted += 1
        }
        running = startMore(&group, running: running)
      }
    }
  }

  /// Reads, aligns, checks and writes one pair.
  public func process(_ pair: BatchPair) -> BatchResult {
    let documents: DocumentPair
    do {
      documents = try DocumentReader.readPair(source: pair.source, target: pair.target)
    } catch {
      return BatchResult(pair: pair, error: error.description)
    }
    let result = pipeline.run(documents)
    var written: [String] = []
    if let outputs {
      do {
        written = try outputs.write(result, id: pair.id)
      } catch {
        return BatchResult(pair: pair, error: error.description)
      }
    }
    return BatchResult(
      pair: pair, summary: result.summary, findings: result.findings, outputs: written,
      failOn: failOn)
  }
}
