import Foundation

/// Extracts the text of a PDF with poppler's `pdftotext`, which Diptych runs when it is
/// installed; the text then goes through the plain-text reader.
public struct PDFTextExtractor: Sendable {
  /// The Debian package that provides `pdftotext`.
  public static let package = "poppler-utils"
  /// The most text accepted from one PDF.
  static let maximumOutput = InputLoader.maximumFileSize
  /// A PDF that takes longer than this to extract is given up on.
  static let timeout: TimeInterval = 300

  /// The `pdftotext` to run: a path, or nil to look in `DIPTYCH_PDFTOTEXT` and then on `PATH`.
  public var executable: String?

  /// Creates an extractor; `executable` overrides where `pdftotext` is looked for.
  public init(executable: String? = nil) {
    self.executable = executable
  }

  /// The `pdftotext` that will run, or nil when none is installed.
  public func resolvedExecutable() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let executable {
      return FileManager.default.isExecutableFile(atPath: executable) ? executable : nil
    }
    if let configured = environment["DIPTYCH_PDFTOTEXT"], !configured.isEmpty {
      return FileManager.default.isExecutableFile(atPath: configured) ? configured : nil
    }
    let directories = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
    return directories.lazy.map { "\($0)/pdftotext" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// The bytes of the text of the PDF at `path` (UTF-8, pages separated by form feeds).
  public func text(ofPDFAt path: String) throws(ReadError) -> [UInt8] {
    guard let tool = resolvedExecutable() else {
      throw ReadError(
        path: path,
        reason: .unreadable(
          "reading a PDF needs pdftotext, which is not installed: install the Debian package "
            + "\(Self.package) (apt-get install \(Self.package))"
        ))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = ["-enc", "UTF-8", "-layout", "-q", path, "-"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw ReadError(
        path: path,
        reason: .unreadable(
          "pdftotext (\(tool)) could not be started: \(error.localizedDescription)"))
    }
    // Give up on a PDF that keeps pdftotext busy too long.
    let deadline = DispatchWorkItem { if process.isRunning { process.terminate() } }
    DispatchQueue.global().asyncAfter(deadline: .now() + Self.timeout, execute: deadline)
    defer { deadline.cancel() }
    var bytes: [UInt8] = []
    var tooLarge = false
    while true {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      if !tooLarge { bytes.append(contentsOf: chunk) }
      if bytes.count > Self.maximumOutput, !tooLarge {
        tooLarge = true
        process.terminate()
      }
    }
    let message = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile().prefix(500), as: UTF8.self)
    process.waitUntilExit()
    if tooLarge {
      throw ReadError(
        path: path, reason: .tooLarge("its text is larger than \(Self.maximumOutput) bytes"))
    }
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
      let detail =
        message.split(whereSeparator: \.isNewline).first.map(String.init)
        ?? "exit status \(process.terminationStatus)"
      throw ReadError(path: path, reason: .malformed("pdftotext could not read the PDF: \(detail)"))
    }
    return bytes
  }
}
