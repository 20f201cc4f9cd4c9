/// Recognises files that are not plain text, so the user is told what they gave instead.
enum BinarySignature {
  /// Magic numbers of the file kinds users mistake for text, with what to call them.
  private static let signatures: [(bytes: [UInt8], name: String)] = [
    ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive: DOCX, XLSX or ODT?"),
    ([0x50, 0x4B, 0x05, 0x06], "an empty ZIP archive"),
    ([0x25, 0x50, 0x44, 0x46, 0x2D], "a PDF"),
    ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
    ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office file: DOC or XLS?"),
    ([0x1F, 0x8B], "a gzip archive"),
    ([0x7B, 0x5C, 0x72, 0x74, 0x66], "an RTF document"),
  ]

  /// The name of the file format whose magic number starts `bytes`, if any.
  static func knownFormat(of bytes: [UInt8]) -> String? {
    signatures.first { bytes.starts(with: $0.bytes) }?.name
  }

  /// What `bytes` look like if they are plainly not text in an 8-bit encoding, else nil.
  ///
  /// UTF-16 must be recognised before this is asked: its NUL bytes would read as binary.
  static func binaryKind(of bytes: [UInt8]) -> String? {
    if let format = knownFormat(of: bytes) { return format }
    if bytes.contains(0) { return "binary data: it contains NUL bytes" }
    // A few stray control characters (a form feed, a DOS end-of-file mark) happen in real text;
    // one in a hundred bytes does not.
    let controls = bytes.count { isBinaryControl($0) }
    if controls >= 4, controls * 100 > bytes.count {
      return "binary data: \(controls) control bytes in \(bytes.count)"
    }
    return nil
  }

  /// Whether `byte` is a C0 control character other than the ones text uses (TAB, LF, FF, CR).
  static func isBinaryControl(_ byte: UInt8) -> Bool {
    byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0C && byte != 0x0D
  }
}
