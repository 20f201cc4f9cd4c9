import Foundation

/// A percentage on standard error while large inputs are read, only when standard error is a
/// terminal: piped or redirected output never gets it.
final class ProgressLine: @unchecked Sendable {
  /// Inputs smaller than this read too fast for progress to mean anything.
  static let minimumInputSize = 4 * 1024 * 1024

  private let lock = NSLock()
  private var shown = -1

  /// A progress callback for reading `paths`, or nil when none should be shown.
  static func forInputs(_ paths: [String]) -> (@Sendable (Double) -> Void)? {
    guard isatty(FileHandle.standardError.fileDescriptor) == 1 else { return nil }
    let total = paths.reduce(0) { sum, path in
      sum + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
    }
    guard total >= minimumInputSize else { return nil }
    let line = ProgressLine()
    return { fraction in line.show(fraction) }
  }

  private func show(_ fraction: Double) {
    let percent = Int((fraction * 100).rounded(.down))
    lock.lock()
    defer { lock.unlock() }
    guard percent != shown else { return }
    shown = percent
    // At 100% the line is erased, so that what follows starts on a clean line.
    let text = percent >= 100 ? "\r\u{1B}[K" : "\rdiptych: reading \(percent)%"
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }
}
