import Synchronization
import Testing

@testable import Diptych

/// `ParallelWork.both` with work for the first thread done: the two results are those of the
/// calls in turn, and the extra work runs exactly once, whatever the number of threads.
@Suite struct ParallelWorkTests {
  @Test(arguments: [1, 2, 4])
  func theWorkWhenOneIsDoneRunsOnceBesideBoth(threads: Int) {
    let runs = Runs()
    let (first, second) = ParallelWork(threads: threads).both(
      { (0..<1_000).reduce(0, +) }, { "second" },
      whenOneIsDone: { runs.count.add(1, ordering: .relaxed) })
    #expect(first == 499_500)
    #expect(second == "second")
    #expect(runs.count.load(ordering: .relaxed) == 1)
  }

  private final class Runs: Sendable {
    let count = Atomic(0)
  }

  @Test func withoutWorkWhenOneIsDoneBothIsTheTwoCalls() {
    let (first, second) = ParallelWork(threads: 2).both({ [1, 2] }, { 3 })
    #expect(first == [1, 2])
    #expect(second == 3)
  }
}
