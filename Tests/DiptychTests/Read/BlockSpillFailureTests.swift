import Foundation
import Testing

@testable import Diptych

#if canImport(Glibc)
  import Glibc
#endif

/// A large input's blocks set aside in a temporary file (`BlockSpill`): where no file can be
/// made the input is read again, to the same document; where the file is cut short, a one-line
/// error names the input.
@Suite struct BlockSpillFailureTests {
  /// Numbered paragraphs with non-ASCII text: a spill past the reader's megabyte, and enough
  /// blocks for the third pass to report progress (every 4,096).
  static let text = (1...20_000).map { index in
    "\(index). The Committee noted “report \(index)” of the Secrétariat, at 5 per cent.\n\n"
  }.joined()

  @Test func aSpillThatCannotBeMadeReadsTheInputAgain() throws {
    let scratch = try ScratchDirectory()
    let notADirectory = try scratch.write("x", to: "file")
    let expected = try PlainTextSegmenter(language: .english).document(
      from: LineSource(text: Self.text), sourceName: "big.txt")
    for directory in [scratch.url.path + "/missing", notADirectory] {
      #expect(BlockSpill(directory: directory) == nil)
      var segmenter = PlainTextSegmenter(language: .english)
      segmenter.keptBlocksLimit = 0
      segmenter.spillDirectory = directory
      #expect(
        try segmenter.document(from: LineSource(text: Self.text), sourceName: "big.txt")
          == expected)
    }
    #expect(expected.blocks.count > 4_096)
  }

  @Test func blocksLargerThanTheBufferAndEmptyOnesComeBack() throws {
    let spill = try #require(BlockSpill())
    let texts = ["", String(repeating: "第一段。é ", count: 400_000), "", "a"]
    for (index, text) in texts.enumerated() {
      spill.add(
        RawBlock.Summary(kind: .paragraph, range: LineRange(index, index)),
        BlockAssembler.Joined(text: text, lone: [], repairs: []))
    }
    #expect(spill.finishWriting())
    for text in texts { #expect(spill.next()?.joined.text == text) }
    #expect(spill.next() == nil)
  }

  #if os(Linux)
    /// Cuts the process's open spill file to nothing, once, when the third pass begins.
    final class Cutter: @unchecked Sendable {
      private let lock = NSLock()
      private var done = false

      func progress(_ fraction: Double) {
        guard fraction > 2.0 / 3 else { return }
        lock.lock()
        defer { lock.unlock() }
        guard !done else { return }
        done = true
        let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))
        for name in descriptors ?? [] {
          guard let descriptor = Int32(name),
            let target = try? FileManager.default.destinationOfSymbolicLink(
              atPath: "/proc/self/fd/\(name)"),
            target.contains("diptych-blocks-")
          else { continue }
          _ = ftruncate(descriptor, 0)
        }
      }
    }

    @Test func aSpillCutShortIsAnErrorNamingTheInput() throws {
      let cutter = Cutter()
      var segmenter = PlainTextSegmenter(language: .english, progress: { cutter.progress($0) })
      segmenter.keptBlocksLimit = 0
      let error = #expect(throws: ReadError.self) {
        try segmenter.document(from: LineSource(text: Self.text), sourceName: "big.txt")
      }
      #expect(error?.path == "big.txt")
      #expect(error?.description.hasPrefix("big.txt: ") == true)
    }
  #endif
}

/// A write past a file-size limit (`ulimit -f`) kills the process with SIGXFSZ: under one, no
/// spill is made and the input is read again. (The limit is not set here: it is the process's,
/// and would turn away the spills of tests running beside this one.)
@Suite struct BlockSpillFileSizeLimitTests {
  @Test func underAFileSizeLimitNoSpillIsMade() {
    #expect(BlockSpill(fileSizeLimited: true) == nil)
    #expect(BlockSpill(fileSizeLimited: false) != nil)
  }
}
