/// The lines of one text, readable in order as many times as segmentation needs: from lines or a
/// string in memory, or streamed from a UTF-8 file so that a large input is never held whole.
///
/// Lines are what ``SourceLine/lines(of:firstNumber:)`` makes of the text: split at LF (CRLF and
/// lone CR count as LF in a file), a last line without a line break kept if it is not empty.
package struct LineSource: Sendable {
  enum Storage: Sendable {
    /// Lines in memory; positions are indices.
    case lines([SourceLine])
    /// LF-separated text in memory; positions are UTF-8 offsets.
    case text(String)
    /// A UTF-8 file validated beforehand, read in chunks of about `chunkSize` bytes; positions
    /// are byte offsets in the file.
    case file(path: String, chunkSize: Int)
  }

  let storage: Storage
  /// The positions this source covers: a half of a bilingual file is a part of its storage.
  let span: Range<Int>
  /// The number of the first line of the span.
  let firstLine: Int

  /// The lines given.
  public init(lines: [SourceLine]) {
    storage = .lines(lines)
    span = 0..<lines.count
    firstLine = lines.first?.number ?? 1
  }

  /// The lines of `text`, whose line breaks are LF.
  public init(text: String, firstNumber: Int = 1) {
    storage = .text(text)
    span = 0..<text.utf8.count
    firstLine = firstNumber
  }

  /// The lines of the UTF-8 file at `path`, from byte `bytes.lowerBound` on.
  ///
  /// The file must be valid UTF-8 (``PlainTextFile`` checks it); it is read again at every pass.
  init(utf8File path: String, bytes: Range<Int>, chunkSize: Int = ChunkedFileReader.chunkSize) {
    storage = .file(path: path, chunkSize: chunkSize)
    span = bytes
    firstLine = 1
  }

  private init(storage: Storage, span: Range<Int>, firstLine: Int) {
    self.storage = storage
    self.span = span
    self.firstLine = firstLine
  }

  /// How much there is to read, in the unit of positions: for progress.
  public var size: Int { span.count }

  /// The lines from position `start` (a position ``forEachLine(_:)`` reported) up to `end`,
  /// numbered from `firstLine`.
  func slice(_ positions: Range<Int>, firstLine: Int) -> LineSource {
    LineSource(storage: storage, span: positions, firstLine: firstLine)
  }

  /// Calls `body` with each line and the position just past it, in order; `body` returns false
  /// to stop early.
  ///
  /// - Throws: ``ReadError`` if a file can no longer be read.
  func forEachLine(_ body: (SourceLine, _ end: Int) -> Bool) throws(ReadError) {
    if case .lines(let lines) = storage {
      for index in span where !body(lines[index], index + 1) { return }
      return
    }
    try forEachLineBytes { bytes, number, end in
      body(SourceLine(number: number, text: String(decoding: bytes, as: UTF8.self)), end)
    }
  }

  /// Calls `body` with the UTF-8 bytes of each line (without its line break), its number and the
  /// position just past it, in order; `body` returns false to stop early. The bytes are valid
  /// only during the call: a pass that needs no `String` of a line makes none.
  ///
  /// - Throws: ``ReadError`` if a file can no longer be read.
  func forEachLineBytes(
    _ body: (UnsafeBufferPointer<UInt8>, _ number: Int, _ end: Int) -> Bool
  ) throws(ReadError) {
    switch storage {
    case .lines(let lines):
      for index in span {
        var text = lines[index].text
        let goOn = text.withUTF8 { body($0, lines[index].number, index + 1) }
        if !goOn { return }
      }
    case .text(let text):
      var text = text
      text.makeContiguousUTF8()
      text.utf8.withContiguousStorageIfAvailable { buffer in
        var lines = LineSplitter(firstNumber: firstLine)
        lines.split(
          UnsafeBufferPointer(rebasing: buffer[span]), base: span.lowerBound, final: true, body)
      }
    case .file(let path, let chunkSize):
      var lines = LineSplitter(firstNumber: firstLine)
      try ChunkedFileReader.read(path, span, chunkSize: chunkSize) { chunk, base, final in
        lines.split(chunk, base: base, final: final, body)
      }
    }
  }

  /// Every line, in memory.
  func lines() throws(ReadError) -> [SourceLine] {
    var lines: [SourceLine] = []
    try forEachLine { line, _ in
      lines.append(line)
      return true
    }
    return lines
  }
}

/// Cuts UTF-8 bytes into numbered lines; CRLF and a lone CR end a line as LF does.
struct LineSplitter {
  var number: Int

  init(firstNumber: Int) { number = firstNumber }

  /// Reports the lines of `bytes`, which start at position `base`; returns false if `body`
  /// stopped. Only a `final` chunk may end without a line break.
  @discardableResult
  mutating func split(
    _ bytes: UnsafeBufferPointer<UInt8>, base: Int, final: Bool,
    _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
  ) -> Bool {
    var start = 0
    var index = 0
    while true {
      index = Self.nextBreak(in: bytes, from: index)
      guard index < bytes.count else { break }
      let end = index
      // CRLF is one line break.
      if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
      index += 1
      if !emit(bytes, start..<end, position: base + index, body) { return false }
      start = index
    }
    if start < bytes.count, final {
      return emit(bytes, start..<bytes.count, position: base + bytes.count, body)
    }
    return true
  }

  /// The index of the first LF or CR of `bytes` from `index` on, or `bytes.count`: eight bytes
  /// at a time are seen to hold neither.
  @inline(__always) static func nextBreak(
    in bytes: UnsafeBufferPointer<UInt8>, from index: Int
  ) -> Int {
    var index = index
    if let base = UnsafeRawPointer(bytes.baseAddress) {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while index + 8 <= bytes.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        let lf = word ^ 0x0A0A_0A0A_0A0A_0A0A
        let cr = word ^ 0x0D0D_0D0D_0D0D_0D0D
        if ((lf &- ones) & ~lf | (cr &- ones) & ~cr) & highs != 0 { break }
        index += 8
      }
    }
    while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
    return index
  }

  private mutating func emit(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, position: Int,
    _ body: (UnsafeBufferPointer<UInt8>, Int, Int) -> Bool
  ) -> Bool {
    defer { number += 1 }
    return body(UnsafeBufferPointer(rebasing: bytes[range]), number, position)
  }
}
