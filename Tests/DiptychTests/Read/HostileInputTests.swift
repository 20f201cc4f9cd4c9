import Diptych
import Foundation
import Testing

/// Broken and hostile input ends in one line naming the file and saying what is wrong: never a
/// crash, a hang, or a file loaded from elsewhere.
@Suite struct HostileInputTests {
  static func seedDOCX() throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: FormatFixtures.path("seed", "en.docx"))))
  }

  /// Reads `bytes` saved as `name` and returns the error message, or nil if it was read.
  static func failure(_ bytes: [UInt8], name: String) throws -> String? {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(bytes, to: name)
    do {
      _ = try DocumentReader.read(contentsOf: path)
      return nil
    } catch {
      let message = error.description
      #expect(message.hasPrefix(path + ": "))
      #expect(!message.contains("\n"))
      return String(message.dropFirst(path.count + 2))
    }
  }

  static func docx(_ document: String) throws -> [UInt8] {
    try DOCXBuilder(body: "").replacingDocument(with: document)
  }

  static let cases:
    [(name: String, file: String, bytes: @Sendable () throws -> [UInt8], expected: String)] = [
      ("empty file", "en.docx", { [] }, "the file is empty"),
      ("white space only", "en.txt", { Array(" \n\t\n".utf8) }, "the file is empty"),
      (
        "binary data", "en.txt", { (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) } },
        "binary file"
      ),
      (
        "a PNG behind .docx", "en.docx",
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        "binary file (a PNG image), not plain text"
      ),
      (
        "an empty ZIP", "en.docx", { [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18) },
        "ZIP archive"
      ),
      (
        "a truncated DOCX", "en.docx", { Array(try seedDOCX().prefix(3000)) },
        "not a readable ZIP archive"
      ),
      (
        "a corrupt DOCX", "en.docx",
        {
          var bytes = try seedDOCX()
          for index in stride(from: 200, to: 6000, by: 37) { bytes[index] ^= 0x5A }
          return bytes
        }, "DOCX"
      ),
      (
        "a ZIP that is no DOCX", "en.docx",
        {
          try DOCXBuilder(body: "").bytes(renaming: "word/document.xml", to: "xl/workbook.xml")
        }, "Excel workbook"
      ),
      (
        "malformed document XML", "en.docx", { try docx("<w:document><w:body><w:p>") },
        "is not well-formed XML"
      ),
      (
        "a DTD with an external entity in a DOCX", "en.docx",
        {
          try docx(
            #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>"#
              + #"<w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#
          )
        }, "declares a DTD"
      ),
      (
        "an entity expansion bomb", "unpc.xml",
        {
          var entities = #"<!ENTITY a0 "lollollollollollollollollollol">"#
          for level in 1...9 {
            entities +=
              "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">"
          }
          let xml =
            #"<?xml version="1.0"?><!DOCTYPE TEI.2 [\#(entities)]>"#
            + #"<TEI.2><text><body><p><s>&a9;</s></p></body></text></TEI.2>"#
          return Array(xml.utf8)
        }, "entity"
      ),
      (
        "very deep nesting in XML", "unpc.xml",
        {
          Array(
            ("<?xml version=\"1.0\"?><TEI.2>" + String(repeating: "<div>", count: 5000) + "x"
              + String(repeating: "</div>", count: 5000) + "</TEI.2>").utf8)
        }, "nested more than"
      ),
      (
        "very deep nesting in HTML", "page.html",
        {
          Array(
            ("<html><body>" + String(repeating: "<div>", count: 5000) + "The Council met."
              + "</body></html>").utf8)
        }, "nested more than"
      ),
      (
        "XML of another kind", "en.xml",
        { Array(#"<?xml version="1.0"?><tmx version="1.4"><body/></tmx>"#.utf8) }, "neither HTML"
      ),
      (
        "mixed encodings", "zh.txt",
        {
          Array("1. 联合国大会通过了决议。\n".utf8) + [0xC1, 0xAA, 0xBA, 0xCF, 0xB9, 0xFA, 0x0A]
        }, "mixed encodings"
      ),
      (
        "invalid UTF-8", "en.txt",
        { Array("The Council".utf8) + [0xFF, 0xFE, 0xFD] + Array(" met.".utf8) }, "invalid UTF-8"
      ),
      (
        "a DOCX without text", "en.docx", { try DOCXBuilder(body: "<w:p/>").bytes() },
        "no English or Chinese text found"
      ),
      (
        "a ZIP bomb", "en.docx",
        {
          try DOCXBuilder(
            body: "<w:p><w:r><w:t>" + String(repeating: " ", count: 8 << 20) + "</w:t></w:r></w:p>"
          ).bytes()
        }, "inflates more than"
      ),
    ]

  @Test(arguments: cases.indices)
  func hostileInputIsOneLineNamingTheFile(index: Int) throws {
    let entry = Self.cases[index]
    let message = try Self.failure(try entry.bytes(), name: entry.file)
    #expect(
      message?.contains(entry.expected) == true, "\(entry.name): \(message ?? "read without error")"
    )
  }

  @Test func externalEntitiesInXMLAreNeverLoaded() throws {
    let xml = #"""
      <?xml version="1.0"?>
      <!DOCTYPE TEI.2 [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM \#
      "http://127.0.0.1:9/x">]>
      <TEI.2><text><body><p><s>The Council met.&secret;&remote;</s></p></body></text></TEI.2>
      """#
    let scratch = try ScratchDirectory()
    let document = try DocumentReader.read(contentsOf: try scratch.write(xml, to: "unpc.xml"))
    #expect(document.blocks.map(\.text) == ["The Council met."])
  }

  @Test func malformedHTMLIsReadAsWellAsItCanBe() throws {
    let scratch = try ScratchDirectory()
    let html = "<html><body><p>1. The Council <b>met.<p>2. It adjourned.</i></table>"
    let document = try DocumentReader.read(contentsOf: try scratch.write(html, to: "page.html"))
    #expect(document.blocks.map(\.text) == ["The Council met.", "It adjourned."])
  }

  @Test func twoVersionsInOneLanguageAreSaid() throws {
    let path = FormatFixtures.path("seed", "en.docx")
    #expect {
      try DocumentReader.readPair(source: path, target: FormatFixtures.path("seed", "en.html"))
    } throws: { error in
      "\(error)".contains("both versions are in English")
    }
  }

  @Test(
    .enabled(
      if: PDFTextExtractor().resolvedExecutable() != nil,
      "pdftotext (poppler-utils) is not installed"))
  func aDamagedPDFIsSaid() throws {
    let message = try Self.failure(
      Array("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".utf8), name: "en.pdf")
    #expect(
      message?.contains("pdftotext could not read the PDF") == true
        || message?.contains("no text layer") == true)
  }
}

/// Inputs the fuzzers found crashing, kept so that they stay fixed.
@Suite struct FuzzRegressionTests {
  @Test(arguments: ["docx-offset-past-end.docx"])
  func aFuzzerFindingEndsInAnError(file: String) throws {
    let path = FormatFixtures.path("fuzz", file)
    #expect(throws: ReadError.self) { try DocumentReader.read(contentsOf: path) }
  }
}
