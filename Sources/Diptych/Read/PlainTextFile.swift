/// Opens a plain-text file as a ``LineSource``: streamed from disk when it is UTF-8, so that a
/// large input is never held whole; decoded in memory by ``TextDecoder`` otherwise (UTF-16,
/// GB18030, and every file that is to be refused, which the decoder explains best).
enum PlainTextFile {
  /// The lines of the text file at `path`, of `size` bytes.
  static func lines(_ path: String, size: Int, chunkSize: Int = ChunkedFileReader.chunkSize)
    throws(ReadError) -> LineSource
  {
    if let start = try streamableUTF8(path) {
      return LineSource(utf8File: path, bytes: start..<size, chunkSize: chunkSize)
    }
    let bytes = try FileBytes.read(path, limit: InputLoader.maximumFileSize)
    return LineSource(text: try TextDecoder.decode(bytes, path: path).text)
  }

  /// Where the text starts (past a byte-order mark) if the whole file is UTF-8 text that needs
  /// no decoder's judgement: no NUL, few controls, something besides white space, no known
  /// binary signature. Reads the file once, a chunk at a time.
  private static func streamableUTF8(_ path: String) throws(ReadError) -> Int? {
    var start: Int? = nil
    var seenText = false
    var controls = 0
    var total = 0
    var acceptable = true
    try ChunkedFileReader.read(path, 0..<Int.max) { chunk, offset, _ in
      var body = chunk[...]
      if offset == 0 {
        let head = Array(chunk.prefix(16))
        if BinarySignature.knownFormat(of: head) != nil || head.starts(with: [0xFF, 0xFE])
          || head.starts(with: [0xFE, 0xFF])
        {
          acceptable = false
          return false
        }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
          body = body.dropFirst(3)
          start = 3
        } else {
          start = 0
        }
      }
      // Chunks end after a line break, so none ends inside a UTF-8 sequence.
      let (nul, bodyControls) = binaryControls(UnsafeBufferPointer(rebasing: body))
      guard !nul, UTF8Validation.isValid(UnsafeBufferPointer(rebasing: body)) else {
        acceptable = false
        return false
      }
      total += body.count
      controls += bodyControls
      if !seenText { seenText = hasNonWhitespaceScalar(UnsafeBufferPointer(rebasing: body)) }
      return true
    }
    guard acceptable, seenText, controls < 4 || controls * 100 <= total else { return nil }
    return start
  }

  /// Whether `bytes` hold a NUL, and how many binary controls
  /// (``BinarySignature/isBinaryControl(_:)``)
  /// they hold: eight bytes at a time are seen to hold no byte below 0x20.
  private static func binaryControls(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    nul: Bool, count: Int
  ) {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return (false, 0) }
    var nul = false
    var count = 0
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count {
        let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // No byte below 0x20: (word - 0x20 each) sets no high bit that the byte lacked.
        if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      let byte = bytes[index]
      nul = nul || byte == 0
      if BinarySignature.isBinaryControl(byte) { count += 1 }
      index += 1
    }
    return (nul, count)
  }

  /// Whether valid UTF-8 `bytes` hold a scalar that is not white space.
  private static func hasNonWhitespaceScalar(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if !ASCIIBytes.isWhitespace(byte) { return true }
        index += 1
        continue
      }
      if !UnicodeScalars.isWhitespace(UnicodeScalars.scalar(at: index, in: bytes)) { return true }
      index += UnicodeScalars.width(lead: byte)
    }
    return false
  }
}
