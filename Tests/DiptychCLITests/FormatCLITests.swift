import Foundation
import Testing

/// The command line on DOCX, HTML and hostile inputs: formats are recognised by content, bad
/// input is one line on standard error and exit status 2.
@Suite struct FormatCLITests {
  static let fixtures = CLITests.root.appendingPathComponent(
    "Tests/DiptychTests/Read/Fixtures/seed")

  static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

  @Test func alignsADOCXPairAsItAlignsTheCleanText() throws {
    let docx = try runDiptych([
      "align", Self.fixture("en.docx"), Self.fixture("zh.docx"), "--format", "tsv",
    ])
    let text = try runDiptych([
      "align", Self.fixture("en.txt"), Self.fixture("zh.txt"), "--format", "tsv",
    ])
    #expect(docx.status == 0 && docx.err.isEmpty)
    #expect(docx.out.split(separator: "\n").count >= 20)
    #expect(docx.out == text.out)
  }

  @Test func checksAnHTMLAgainstADOCX() throws {
    let result = try runDiptych(["check", Self.fixture("en.html"), Self.fixture("zh.docx")])
    #expect(result.status != 2)
    #expect(result.err.isEmpty)
  }

  @Test func saysWhenTheVersionsWereSwapped() throws {
    let result = try runDiptych([
      "align", Self.fixture("zh.docx"), Self.fixture("en.docx"), "--format", "tsv",
    ])
    #expect(result.status == 0)
    #expect(
      result.err.hasPrefix("diptych: warning: ") && result.err.contains("the two were swapped"))
    #expect(result.err.split(separator: "\n").count == 1)
  }

  @Test(arguments: [
    ("empty.docx", [UInt8](), "the file is empty"),
    ("en.docx", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00], "not a readable ZIP archive"),
    (
      "zh.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00],
      "binary file (a PNG image), not plain text"
    ),
    (
      "page.html",
      Array(("<html><body>" + String(repeating: "<div>", count: 3000) + "</body></html>").utf8),
      "nested more than"
    ),
  ])
  func hostileInputIsOneLineAndExitTwo(name: String, bytes: [UInt8], problem: String) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let output = directory.appendingPathComponent("out.json").path
    let result = try runDiptych(["align", path, Self.fixture("zh.docx"), "-o", output])
    #expect(result.status == 2)
    #expect(result.err.hasPrefix("diptych: \(path): ") && result.err.contains(problem))
    #expect(result.err.split(separator: "\n").count == 1)
    #expect(!FileManager.default.fileExists(atPath: output))
  }

  @Test func aMissingPdftotextNamesThePackage() throws {
    let result = try runDiptych(
      ["segment", Self.fixture("en.pdf")],
      environment: ["DIPTYCH_PDFTOTEXT": "/nonexistent/pdftotext", "PATH": "/usr/bin:/bin"])
    #expect(result.status == 2)
    #expect(result.err.contains("install the Debian package poppler-utils"))
  }
}
