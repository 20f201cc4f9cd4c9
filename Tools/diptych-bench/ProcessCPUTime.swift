import Foundation

/// CPU seconds this process has used so far (all threads), for timing work done in process.
enum ProcessCPUTime {
  static func seconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
  }
}
