/// Turns the bytes of a plain-text file into text, or says precisely why it cannot.
///
/// Recognised: UTF-8 with or without byte-order mark, UTF-16 with a mark (or, without one, by
/// the NUL bytes of its ASCII characters), and GB18030/GBK/GB2312. The result never holds
/// replacement characters or mojibake: bytes that fit no encoding cleanly are refused. Line
/// endings are normalised: CRLF and lone CR become LF, so line numbers and offsets computed
/// on the text agree with every later stage.
package enum TextDecoder {
  /// Decodes `bytes`, the content of the file at `path` (used in errors only).
  ///
  /// - Throws: ``ReadError`` with reason `.empty` for an empty or white-space-only file,
  ///   `.wrongKind` for a binary file (naming what it looks like), and `.undecodable` for text
  ///   in no recognised encoding or in a mix of encodings (naming the byte offset and line).
  public static func decode(_ bytes: [UInt8], path: String) throws(ReadError) -> DecodedText {
    let decoded = try decodeUnnormalised(bytes, path: path)
    let text = LineEndings.normalized(decoded.text.unicodeScalars)
    guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      throw ReadError(path: path, reason: .empty)
    }
    return DecodedText(text: text, encoding: decoded.encoding)
  }

  private static func decodeUnnormalised(
    _ bytes: [UInt8], path: String
  ) throws(ReadError) -> DecodedText {
    func failure(_ reason: ReadError.Reason) -> ReadError { ReadError(path: path, reason: reason) }

    if bytes.isEmpty { throw failure(.empty) }
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF])
    {
      throw failure(
        .undecodable("the file is UTF-32, which Diptych does not read; save it as UTF-8"))
    }
    if let format = BinarySignature.knownFormat(of: bytes) {
      throw failure(.wrongKind("binary file (\(format)), not plain text"))
    }
    if bytes.starts(with: [0xFF, 0xFE]) { return try utf16(bytes.dropFirst(2), bigEndian: false) }
    if bytes.starts(with: [0xFE, 0xFF]) { return try utf16(bytes.dropFirst(2), bigEndian: true) }
    if let bigEndian = UTF16Decoding.byteOrderFromNULPattern(bytes) {
      return try utf16(bytes[...], bigEndian: bigEndian)
    }
    if let kind = BinarySignature.binaryKind(of: bytes) {
      throw failure(.wrongKind("binary file (\(kind)), not plain text"))
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      switch UTF8Validation.decode(bytes.dropFirst(3)) {
      case .valid(let text, _): return DecodedText(text: text, encoding: .utf8WithBOM)
      case .invalid(let offset):
        let location = ByteLocation(offset: offset + 3, in: bytes)
        throw failure(
          .undecodable("the file starts with a UTF-8 byte-order mark, but \(location) is not UTF-8")
        )
      }
    }
    switch UTF8Validation.decode(bytes[...]) {
    case .valid(let text, _): return DecodedText(text: text, encoding: .utf8)
    case .invalid(let offset): return try legacyChinese(bytes, firstNonUTF8: offset, path: path)
    }

    func utf16(_ body: ArraySlice<UInt8>, bigEndian: Bool) throws(ReadError) -> DecodedText {
      switch UTF16Decoding.decode(body, bigEndian: bigEndian) {
      case .valid(let text):
        // A byte-order mark can begin binary data too; UTF-16 text has no NULs and few controls.
        let controls = text.unicodeScalars.count {
          $0.value < 0x20 && BinarySignature.isBinaryControl(UInt8($0.value))
        }
        if text.unicodeScalars.contains("\0") || controls * 100 > text.unicodeScalars.count {
          throw failure(
            .wrongKind("binary file (binary data that starts like UTF-16), not plain text"))
        }
        return DecodedText(text: text, encoding: bigEndian ? .utf16BE : .utf16LE)
      case .invalid(let offset):
        let name = bigEndian ? "UTF-16BE" : "UTF-16LE"
        let fileOffset = offset + (body.startIndex - bytes.startIndex)
        throw failure(
          .undecodable(
            "invalid \(name) at byte \(fileOffset) (an unpaired surrogate or an odd byte)"))
      }
    }
  }

  /// Decodes bytes that are not UTF-8 as GB18030, unless they are partly UTF-8 or not Chinese.
  private static func legacyChinese(
    _ bytes: [UInt8], firstNonUTF8 offset: Int, path: String
  ) throws(ReadError) -> DecodedText {
    let location = ByteLocation(offset: offset, in: bytes)
    // A UTF-8 file with a pasted GBK paragraph (or the reverse) must not be decoded either way:
    // one of the two parts would come out as mojibake.
    if let utf8Line = UTF8Validation.firstLineEvidentlyUTF8(in: bytes) {
      let line = ByteLocation.lines(in: bytes)[location.line - 1]
      let looksGB =
        if case .converted = GB18030Conversion.decode(Array(bytes[line])) { true } else { false }
      throw ReadError(
        path: path,
        reason: .undecodable(
          "mixed encodings: line \(utf8Line) is UTF-8, but \(location) is not"
            + (looksGB ? " (that line reads as GB18030/GBK)" : "")
            + "; save the whole file in one encoding"
        ))
    }
    let notGB: String
    switch GB18030Conversion.decode(bytes) {
    case .converted(let text):
      guard let objection = GB18030Plausibility.objection(to: bytes, convertedTo: text) else {
        return DecodedText(text: text, encoding: .gb18030)
      }
      notGB = "not GB18030 either: \(objection)"
    case .invalid(let gbOffset):
      notGB = "not GB18030 either (invalid at \(ByteLocation(offset: gbOffset, in: bytes)))"
    case .unavailable:
      notGB = "GB18030 could not be tried: the C library has no GB18030 converter"
    }
    throw ReadError(path: path, reason: .undecodable("invalid UTF-8 at \(location), and \(notGB)"))
  }
}
