import Testing

@testable import Diptych

/// Line breaks found eight bytes at a time are those found byte by byte.
@Suite struct LineBreakSearchTests {
  @Test func breaksFoundByWordsAreTheFirstBreakByByte() {
    let line = Array("Twenty-four bytes: 国际 x".utf8)
    for breakByte: UInt8 in [0x0A, 0x0D, 0x0B, 0x0C, 0x8A, 0x8D] {
      for place in 0...line.count {
        var bytes = line
        bytes.insert(breakByte, at: place)
        bytes.withUnsafeBufferPointer { buffer in
          for start in 0...buffer.count {
            let expected =
              buffer[start...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? buffer.count
            #expect(LineSplitter.nextBreak(in: buffer, from: start) == expected)
          }
        }
      }
    }
  }
}
