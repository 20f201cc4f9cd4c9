import Foundation
import Testing

@testable import Diptych

/// A large pair is read on two threads at once: the documents, their order and the errors must
/// be those of reading the two files one after the other.
@Suite struct ConcurrentReadTests {
  /// The corpus pair repeated until each side passes the size read at once.
  private func largePair(in scratch: borrowing ScratchDirectory) throws -> (
    english: String, chinese: String
  ) {
    let english = try String(
      contentsOfFile: Corpus.path("unpc-synth-numbered", "en.txt"), encoding: .utf8)
    let chinese = try String(
      contentsOfFile: Corpus.path("unpc-synth-numbered", "zh.txt"), encoding: .utf8)
    let copies = ConcurrentReads.minimumPairSize / english.utf8.count + 1
    return (
      try scratch.write(String(repeating: english + "\n", count: copies), to: "en.txt"),
      try scratch.write(String(repeating: chinese + "\n", count: copies), to: "zh.txt")
    )
  }

  @Test func aLargePairReadAtOnceIsThePairReadInTurn() throws {
    let scratch = try ScratchDirectory()
    let (english, chinese) = try largePair(in: scratch)
    #expect(ConcurrentReads.worthIt([english, chinese]))
    let pair = try DocumentReader.readPair(source: chinese, target: english)
    #expect(pair.source == (try DocumentReader.read(contentsOf: english)))
    #expect(pair.target == (try DocumentReader.read(contentsOf: chinese)))
    #expect(pair.notes.count == 1, "the swapped order is still noted")
  }

  @Test func theSourcesErrorWinsWhenBothFail() throws {
    let scratch = try ScratchDirectory()
    let (english, _) = try largePair(in: scratch)
    let missing = scratch.url.appendingPathComponent("missing.txt").path
    let empty = try scratch.write("", to: "empty.txt")
    #expect(throws: ReadError.self) {
      try DocumentReader.readPair(source: english, target: missing)
    }
    do {
      _ = try DocumentReader.readPair(source: empty, target: english)
      Issue.record("an empty source must not read")
    } catch {
      #expect(error.path == empty)
    }
  }

  @Test func bothThreadsReportProgressAsTheirMean() throws {
    let scratch = try ScratchDirectory()
    let (english, chinese) = try largePair(in: scratch)
    let seen = Fractions()
    _ = try DocumentReader.readPair(
      source: english, target: chinese, options: ReadOptions(progress: { seen.add($0) }))
    let fractions = seen.values
    #expect(fractions.last == 1)
    #expect(fractions.allSatisfy { (0...1).contains($0) })
  }

  @Test func aLargePairRunsTheWorkAlongsideOnceAndReadsTheSame() throws {
    let scratch = try ScratchDirectory()
    let (english, chinese) = try largePair(in: scratch)
    let runs = Fractions()
    let pair = try DocumentReader.readPair(
      source: english, target: chinese, options: ReadOptions(besideReads: { runs.add(1) }))
    #expect(runs.values == [1])
    #expect(pair.source == (try DocumentReader.read(contentsOf: english)))
    #expect(pair.target == (try DocumentReader.read(contentsOf: chinese)))
  }

  @Test func aSmallPairLeavesTheWorkAlongsideToTheCaller() throws {
    let runs = Fractions()
    _ = try DocumentReader.readPair(
      source: Corpus.path("unpc-synth-numbered", "en.txt"),
      target: Corpus.path("unpc-synth-numbered", "zh.txt"),
      options: ReadOptions(besideReads: { runs.add(1) }))
    #expect(runs.values.isEmpty)
  }

  private final class Fractions: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Double] = []
    func add(_ value: Double) {
      lock.lock()
      stored.append(value)
      lock.unlock()
    }
    var values: [Double] {
      lock.lock()
      defer { lock.unlock() }
      return stored
    }
  }
}
