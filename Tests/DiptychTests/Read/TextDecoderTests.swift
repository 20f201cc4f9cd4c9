import Diptych
import Foundation
import Testing

@Suite struct TextDecoderTests {
  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)  // kCFStringEncodingGB_18030_2000

  /// The seed text encoded independently of the decoder (by Foundation), in every encoding.
  static func encodings(of text: String) throws -> [(DetectedEncoding, [UInt8])] {
    let utf16LE = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let utf16BE = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    let gb = try #require(text.data(using: gb18030))
    return [
      (.utf8, Array(text.utf8)),
      (.utf8WithBOM, [0xEF, 0xBB, 0xBF] + Array(text.utf8)),
      (.utf16LE, [0xFF, 0xFE] + utf16LE),
      (.utf16BE, [0xFE, 0xFF] + utf16BE),
      (.gb18030, Array(gb)),
    ]
  }

  static func decodeError(_ bytes: [UInt8]) -> ReadError? {
    #expect(throws: ReadError.self) { try TextDecoder.decode(bytes, path: "in.txt") }
  }

  @Test func seedDecodesToTheSameTextInEveryEncoding() throws {
    let seed = try RealText.seed()
    #expect(seed.unicodeScalars.contains("关"))
    for (encoding, bytes) in try Self.encodings(of: seed) {
      let decoded = try TextDecoder.decode(bytes, path: "seed.txt")
      #expect(decoded.encoding == encoding)
      #expect(decoded.text == seed, "\(encoding)")
    }
  }

  @Test func chineseHalfAloneIsRecognisedAsGB18030() throws {
    let chinese = try RealText.seedHalves().chinese
    let bytes = Array(try #require(chinese.data(using: Self.gb18030)))
    #expect(String(validating: bytes, as: UTF8.self) == nil)
    let decoded = try TextDecoder.decode(bytes, path: "zh.txt")
    #expect(decoded == DecodedText(text: chinese, encoding: .gb18030))
  }

  @Test func theChineseDevsetInGB18030PassesThePlausibilityCheck() throws {
    let text = try RealText.devset("zh").joined(separator: "\n")
    let bytes = Array(try #require(text.data(using: Self.gb18030)))
    #expect(
      try TextDecoder.decode(bytes, path: "devset.zh")
        == DecodedText(text: text, encoding: .gb18030))
  }

  @Test func utf16WithoutByteOrderMarkIsRecognisedByItsNULs() throws {
    let english = try RealText.seedHalves().english
    let little = english.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big = english.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    #expect(
      try TextDecoder.decode(little, path: "en.txt")
        == DecodedText(text: english, encoding: .utf16LE))
    #expect(
      try TextDecoder.decode(big, path: "en.txt") == DecodedText(text: english, encoding: .utf16BE))
  }

  @Test func lineEndingsBecomeLF() throws {
    let seed = try RealText.seed()
    let crlf = seed.replacingOccurrences(of: "\n", with: "\r\n")
    let cr = seed.replacingOccurrences(of: "\n", with: "\r")
    #expect(try TextDecoder.decode(Array(crlf.utf8), path: "a.txt").text == seed)
    #expect(try TextDecoder.decode(Array(cr.utf8), path: "a.txt").text == seed)
    let gbCRLF = Array(try #require(crlf.data(using: Self.gb18030)))
    #expect(try TextDecoder.decode(gbCRLF, path: "a.txt").text == seed)
    #expect(
      try TextDecoder.decode(Array("a\r\n\r\nb\rc\n\r".utf8), path: "a.txt").text == "a\n\nb\nc\n\n"
    )
  }

  @Test func invalidUTF8ThatIsNotGB18030IsRefusedWithItsPosition() throws {
    // 0xFF is neither UTF-8 nor GB18030.
    let bytes = Array("First line\nSecond \u{FF}".unicodeScalars.map { UInt8($0.value) })
    let error = try #require(Self.decodeError(bytes))
    #expect(error.path == "in.txt")
    guard case .undecodable(let detail) = error.reason else {
      Issue.record("expected .undecodable, got \(error.reason)")
      return
    }
    #expect(detail.hasPrefix("invalid UTF-8 at byte 18 (line 2), and not GB18030"))
  }

  @Test func latin1TextThatConvertsAsGB18030IsNotTakenForChinese() throws {
    // Every accented letter here is followed by a letter, so the bytes are valid GB18030 too.
    let french = "Genève réunit les délégués des États membres"
    let latin1 = french.unicodeScalars.map { UInt8($0.value) }
    let error = try #require(Self.decodeError(latin1))
    guard case .undecodable(let detail) = error.reason else {
      Issue.record("expected .undecodable, got \(error.reason)")
      return
    }
    #expect(detail.hasPrefix("invalid UTF-8 at byte 3 (line 1), and not GB18030 either:"))
  }

  @Test func utf8BytesWithByteOrderMarkMustStayUTF8() throws {
    let error = try #require(Self.decodeError([0xEF, 0xBB, 0xBF, 0x41, 0x0A, 0xC4, 0xE3]))
    #expect(
      error.reason
        == .undecodable(
          "the file starts with a UTF-8 byte-order mark, but byte 5 (line 2) is not UTF-8"))
  }

  @Test(
    arguments: [
      (
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52],
        "a PNG image"
      ),
      ([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0x06, 0], "a ZIP archive: DOCX, XLSX or ODT?"),
      (Array("%PDF-1.7\n%\u{E2}\u{E3}".utf8), "a PDF"),
      ([UInt8](repeating: 0, count: 64), "binary data: it contains NUL bytes"),
      (Array("text\u{1}\u{2}\u{3}\u{4}\u{5}".utf8), "binary data: 5 control bytes in 9"),
    ] as [([UInt8], String)])
  func binaryFilesAreNamed(bytes: [UInt8], kind: String) throws {
    let error = try #require(Self.decodeError(bytes))
    #expect(error.reason == .wrongKind("binary file (\(kind)), not plain text"))
  }

  @Test func aUTF8FileWithAGBKParagraphNamesWhereTheEncodingChanges() throws {
    let chinese = try RealText.seedHalves().chinese
    let lines = chinese.split(separator: "\n", omittingEmptySubsequences: false)
    let head = lines[..<10].joined(separator: "\n") + "\n"
    let tail = lines[10...].joined(separator: "\n")
    let bytes = Array(head.utf8) + Array(try #require(tail.data(using: Self.gb18030)))
    let error = try #require(Self.decodeError(bytes))
    // Line 11 starts "一直", whose GB18030 bytes D2 BB D6 B1 happen to be valid UTF-8 ("һֱ"):
    // the first byte that is not UTF-8 comes four bytes into the line.
    let offset = head.utf8.count + 4
    #expect(
      error.reason
        == .undecodable(
          "mixed encodings: line 3 is UTF-8, but byte \(offset) (line 11) is not"
            + " (that line reads as GB18030/GBK); save the whole file in one encoding"))
  }

  @Test func aGBKFileWithAUTF8ParagraphIsRefusedToo() throws {
    let chinese = try RealText.seedHalves().chinese
    let lines = chinese.split(separator: "\n", omittingEmptySubsequences: false)
    let head = lines[..<10].joined(separator: "\n") + "\n"
    let tail = lines[10...].joined(separator: "\n")
    let bytes = Array(try #require(head.data(using: Self.gb18030))) + Array(tail.utf8)
    let error = try #require(Self.decodeError(bytes))
    guard case .undecodable(let detail) = error.reason else {
      Issue.record("expected .undecodable, got \(error.reason)")
      return
    }
    #expect(detail.hasPrefix("mixed encodings: line 11 is UTF-8, but byte "))
    #expect(detail.contains("(line 3) is not (that line reads as GB18030/GBK)"))
  }

  @Test(
    arguments: [
      [], Array(" \n\t\r\n".utf8), Array("\u{3000}\n".utf8), [0xEF, 0xBB, 0xBF],
      [0xFF, 0xFE, 0x20, 0x00],
    ] as [[UInt8]])
  func emptyOrWhiteSpaceOnlyIsEmpty(bytes: [UInt8]) {
    #expect(throws: ReadError(path: "in.txt", reason: .empty)) {
      try TextDecoder.decode(bytes, path: "in.txt")
    }
  }

  @Test func unpairedSurrogateInUTF16IsRefused() throws {
    // "A", a lone high surrogate, "B".
    let error = try #require(Self.decodeError([0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x42, 0x00]))
    #expect(
      error.reason
        == .undecodable("invalid UTF-16LE at byte 4 (an unpaired surrogate or an odd byte)"))
  }

  @Test func binaryDataBehindAUTF16ByteOrderMarkIsBinary() throws {
    let error = try #require(Self.decodeError([0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00, 0x01, 0x00]))
    #expect(
      error.reason
        == .wrongKind("binary file (binary data that starts like UTF-16), not plain text"))
  }
}
