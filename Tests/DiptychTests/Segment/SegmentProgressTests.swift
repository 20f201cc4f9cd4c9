import Foundation
import Testing

@testable import Diptych

/// A large input moves on a terminal while it is segmented, not only between files.
@Suite struct SegmentProgressTests {
  final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Double] = []
    func record(_ value: Double) { lock.withLock { values.append(value) } }
    var recorded: [Double] { lock.withLock { values } }
  }

  @Test func segmentationReportsRisingProgress() {
    let paragraph =
      "The Working Group shall be open to all member States and permanent observers.\n\n"
    let text = (1...30_000).map { "\($0).\t" + paragraph }.joined()
    let recorder = Recorder()
    let document = PlainTextSegmenter(language: .english, progress: { recorder.record($0) })
      .document(from: SourceLine.lines(of: text))
    let values = recorder.recorded
    #expect(document.blocks.count == 30_000)
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 <= $1 })
    #expect(values.filter { $0 > 0 && $0 < 0.25 }.count >= 2)  // within the first stage
    #expect(values.last == 1)
  }
}
