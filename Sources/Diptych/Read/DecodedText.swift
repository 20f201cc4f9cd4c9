/// Text decoded from a file's bytes, with the encoding it was found in.
package struct DecodedText: Sendable, Hashable {
  /// The text: no byte-order mark, every line ending (CRLF, CR) turned into LF.
  public var text: String
  /// The encoding the bytes were in.
  public var encoding: DetectedEncoding

  /// Creates decoded text.
  public init(text: String, encoding: DetectedEncoding) {
    self.text = text
    self.encoding = encoding
  }
}

/// An encoding ``TextDecoder`` recognises in a plain-text file.
package enum DetectedEncoding: String, Sendable, Hashable, Codable, CaseIterable {
  /// UTF-8 without a byte-order mark (ASCII included).
  case utf8 = "UTF-8"
  /// UTF-8 starting with the byte-order mark EF BB BF.
  case utf8WithBOM = "UTF-8 with BOM"
  /// UTF-16, little-endian (with the mark FF FE, or recognised by its NUL bytes).
  case utf16LE = "UTF-16LE"
  /// UTF-16, big-endian (with the mark FE FF, or recognised by its NUL bytes).
  case utf16BE = "UTF-16BE"
  /// GB18030, which includes GBK and GB2312: the usual legacy encoding of Chinese files.
  case gb18030 = "GB18030"
}
