import Foundation

/// A one-line progress bar on standard error, drawn only when standard error is a terminal, so
/// that logs and pipes get no control characters.
struct ProgressBar {
  private let total: Int
  private let enabled: Bool
  private let start = ContinuousClock.now
  private var lastDrawn = ContinuousClock.now - .seconds(1)
  private var done = 0

  init(total: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
    self.total = total
    self.enabled = enabled && total > 0
  }

  /// Counts one finished item; redraws at most ten times a second.
  mutating func advance() {
    done += 1
    guard enabled else { return }
    let now = ContinuousClock.now
    if now - lastDrawn >= .milliseconds(100) || done == total {
      lastDrawn = now
      draw(elapsed: now - start)
    }
  }

  /// Clears the bar's line.
  func finish() {
    if enabled { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[2K".utf8)) }
  }

  private func draw(elapsed: Duration) {
    let width = 30
    let filled = total == 0 ? width : width * done / total
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = seconds > 0 ? Double(done) / seconds : 0
    let remaining = rate > 0 ? Int((Double(total - done) / rate).rounded()) : 0
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let line = String(
      format: "\r\u{1B}[2K%@ %d/%d pairs  %.1f pairs/s  %d:%02d left", bar, done, total, rate,
      remaining / 60, remaining % 60)
    try? FileHandle.standardError.write(contentsOf: Data(line.utf8))
  }
}
