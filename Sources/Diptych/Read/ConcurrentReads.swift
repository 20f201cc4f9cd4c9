import Foundation

/// Reads the two documents of a pair at once, one on a thread of its own, so that a large pair
/// uses two cores; what is read, and which error is thrown, is as if read one after the other.
enum ConcurrentReads {
  /// Pairs smaller than this, in bytes of both files, are read one after the other: a thread
  /// costs more than they take.
  static let minimumPairSize = 256 * 1024

  /// The results of `first` and `second`, run at once, and `besideReads` on whichever thread is
  /// done first; the error of `first` wins if both throw.
  static func both<Result: Sendable>(
    _ first: @escaping @Sendable () throws(ReadError) -> Result,
    _ second: () throws(ReadError) -> Result,
    besideReads: (@Sendable () -> Void)? = nil
  ) throws(ReadError) -> (Result, Result) {
    let (firstResult, secondResult) = ParallelWork(threads: 2).both(
      { Swift.Result { () throws(ReadError) in try first() } },
      { Swift.Result { () throws(ReadError) in try second() } }, whenOneIsDone: besideReads)
    return (try firstResult.get(), try secondResult.get())
  }

  /// Whether the files at `paths` are large enough together to read at once.
  static func worthIt(_ paths: [String]) -> Bool {
    let total = paths.reduce(0) { sum, path in
      sum
        + (((try? FileBytes.regularFileSize(path, limit: InputLoader.maximumFileSize)) ?? nil) ?? 0)
    }
    return total >= minimumPairSize
  }

  /// Progress of two reads at once, told to `options` as their mean.
  final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var fractions = [0.0, 0.0]
    private let options: ReadOptions

    init(_ options: ReadOptions) { self.options = options }

    /// The options for read `index` (0 or 1).
    func options(for index: Int) -> ReadOptions {
      var scaled = options
      if options.progress != nil {
        scaled.progress = { fraction in self.report(fraction, index) }
      }
      return scaled
    }

    private func report(_ fraction: Double, _ index: Int) {
      lock.lock()
      fractions[index] = min(max(fraction, 0), 1)
      let mean = (fractions[0] + fractions[1]) / 2
      lock.unlock()
      options.report(mean)
    }
  }
}
