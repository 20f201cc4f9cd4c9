import Foundation

/// Settings of the aligner; the defaults are what the pipeline uses.
public struct AlignerConfiguration: Sendable, Hashable {
  /// Whether structural anchors (labels, footnotes, headings, lists, shared tokens) constrain the
  /// dynamic programme. Off, the aligner is a plain banded length-and-evidence dynamic programme.
  public var usesAnchors: Bool
  /// The English → Chinese length model.
  public var lengthModel: LengthModel
  /// The smallest half-width, in blocks or sentences, of the band around the expected path.
  public var minimumBandWidth: Int
  /// The most threads one alignment uses: a large pair spreads its independent work over them,
  /// with the same result as on one. 1 suits a batch, which already runs a pair per core.
  public var threads: Int
  /// From how many sentences (both sides together) a pair uses `threads`: below it a thread
  /// costs more than the work it takes over.
  var minimumSentencesForThreads = 2_000

  /// Creates a configuration; `threads` nil is as many as the machine has cores.
  public init(
    usesAnchors: Bool = true, lengthModel: LengthModel = .init(), minimumBandWidth: Int = 20,
    threads: Int? = nil
  ) {
    self.usesAnchors = usesAnchors
    self.lengthModel = lengthModel
    self.minimumBandWidth = max(1, minimumBandWidth)
    self.threads = ParallelWork.threads(threads)
  }

  /// The threads for a pair of `sentences` sentences, both sides together.
  func work(sentences: Int) -> ParallelWork {
    ParallelWork(threads: sentences >= minimumSentencesForThreads ? threads : 1)
  }
}
