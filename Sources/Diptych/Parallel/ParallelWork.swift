import Dispatch
import Foundation
import Synchronization

/// Independent pieces of one large pair's work run on several threads, each result in a slot of
/// its own and handed back in the pieces' order, so the outcome is the serial one whatever the
/// timing. Reading, aligning and checking all use it.
///
/// Only a large pair is worth it (a thread costs more than a small pair's pieces take), and a
/// batch, which already runs one pair per core, asks for one thread.
struct ParallelWork: Sendable {
  /// The most threads to use; 1 runs everything on the caller's thread.
  var threads: Int

  /// Everything on the caller's thread.
  static let serial = ParallelWork(threads: 1)

  /// The threads a setting asks for: `asked`, at least 1, or nil for as many as the machine has
  /// cores (what the aligner, the checker and the report writer each take by default).
  static func threads(_ asked: Int?) -> Int {
    max(1, asked ?? ProcessInfo.processInfo.activeProcessorCount)
  }

  /// `body(0) … body(count − 1)`, in that order, computed on up to `threads` threads. The calls
  /// share no mutable state, so which thread takes which index does not matter.
  func map<Result>(_ count: Int, _ body: (Int) -> Result) -> [Result] {
    let workers = min(threads, count)
    if workers <= 1 { return (0..<count).map(body) }
    let slots = UnsafeMutableBufferPointer<Result>.allocate(capacity: count)
    defer { slots.deallocate() }
    let next = Atomic(0)
    withoutActuallyEscaping(body) { body in
      let shared = Shared(body: body, slots: slots)
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        // Each worker takes the next index not yet taken, so a slow piece holds up only itself.
        while true {
          let index = next.add(1, ordering: .relaxed).oldValue
          if index >= count { break }
          (shared.slots.baseAddress! + index).initialize(to: shared.body(index))
        }
      }
    }
    // Every slot was initialized exactly once above; moving them out leaves the buffer empty.
    return Array(unsafeUninitializedCapacity: count) { buffer, initialized in
      _ = buffer.moveInitialize(fromContentsOf: slots)
      initialized = count
    }
  }

  /// `first()` and `second()`, computed at once on two threads when `threads` allows.
  func both<First, Second>(_ first: () -> First, _ second: () -> Second) -> (First, Second) {
    both(first, second, whenOneIsDone: nil)
  }

  /// `first()` and `second()` as `both(_:_:)` computes them, and `next()` once, on the thread
  /// that finishes its part first: work the caller would do next anyway, moved onto the core
  /// that the shorter of the two would leave idle.
  func both<First, Second>(
    _ first: () -> First, _ second: () -> Second, whenOneIsDone next: (() -> Void)?
  )
    -> (First, Second)
  {
    if threads <= 1 {
      let results = (first(), second())
      next?()
      return results
    }
    var one: First?
    var two: Second?
    withUnsafeMutablePointer(to: &one) { one in
      withUnsafeMutablePointer(to: &two) { two in
        let slots = Pair(one: one, two: two)
        withoutActuallyEscaping(first) { first in
          withoutActuallyEscaping(second) { second in
            let work = Work(first: first, second: second, next: next)
            // Indices are taken in order, so `next` starts only when a thread is free.
            DispatchQueue.concurrentPerform(iterations: next == nil ? 2 : 3) { index in
              switch index {
              case 0: slots.one.pointee = work.first()
              case 1: slots.two.pointee = work.second()
              default: work.next?()
              }
            }
          }
        }
      }
    }
    return (one!, two!)
  }

  /// Contiguous ranges of `0..<count` of about equal weight, `piecesPerThread` per thread: what
  /// `map` hands out when the pieces' costs differ (a unit of many sentences beside many of one).
  func ranges(_ count: Int, weight: (Int) -> Int, piecesPerThread: Int = 4) -> [Range<Int>] {
    let pieces = threads <= 1 ? 1 : max(1, min(count, threads * piecesPerThread))
    if pieces == 1 { return count == 0 ? [] : [0..<count] }
    var total = 0
    for index in 0..<count { total += max(1, weight(index)) }
    var result: [Range<Int>] = []
    var start = 0
    var sum = 0
    for index in 0..<count {
      sum += max(1, weight(index))
      // Cut once the running sum reaches the next piece's share of the total.
      if sum * pieces >= total * (result.count + 1) && result.count < pieces - 1 {
        result.append(start..<(index + 1))
        start = index + 1
      }
    }
    if start < count { result.append(start..<count) }
    return result
  }

  // The closures and slots are only touched as the comments above say: each slot by one worker.
  private struct Shared<Result>: @unchecked Sendable {
    let body: (Int) -> Result
    let slots: UnsafeMutableBufferPointer<Result>
  }
  private struct Pair<First, Second>: @unchecked Sendable {
    let one: UnsafeMutablePointer<First?>
    let two: UnsafeMutablePointer<Second?>
  }
  private struct Work<First, Second>: @unchecked Sendable {
    let first: () -> First
    let second: () -> Second
    let next: (() -> Void)?
  }
}
