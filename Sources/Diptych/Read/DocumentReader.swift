import Foundation

/// Reads documents from files: decodes the bytes, detects the language, and segments the text.
public enum DocumentReader {
  /// The largest input file accepted.
  public static let maximumFileSize = 512 * 1024 * 1024

  /// Reads one language version from the file at `path`.
  ///
  /// - Parameter language: the language, or nil to detect it from the text.
  public static func read(contentsOf path: String, language: Language? = nil) throws(ReadError) -> Document {
    let text = try readText(path)
    let lines = SourceLine.lines(of: text)
    guard let language = language ?? LanguageDetector.detect(text) else {
      throw ReadError(path: path, reason: .content("no English or Chinese text found"))
    }
    return PlainTextSegmenter(language: language).document(from: lines, sourceName: path)
  }

  /// Reads the two versions: from two files, or from one file that holds both.
  ///
  /// The source is the English version and the target the Chinese one, whatever the order the
  /// files were given in; a pair in one language is an error.
  public static func readPair(source: String, target: String?) throws(ReadError) -> DocumentPair {
    guard let target else { return try readBilingual(source) }
    let first = try read(contentsOf: source)
    let second = try read(contentsOf: target)
    return try order(first, second, sourcePath: source, targetPath: target, split: nil)
  }

  /// Reads one file holding both versions, split at a `*****` rule or where the script changes.
  public static func readBilingual(_ path: String) throws(ReadError) -> DocumentPair {
    let text = try readText(path)
    let lines = SourceLine.lines(of: text)
    guard let (firstLines, secondLines, split) = BilingualSplit.split(lines) else {
      throw ReadError(
        path: path,
        reason: .content("one file must hold both versions (English, a ***** rule, then Chinese); give the other version as a second file"))
    }
    let first = segment(firstLines, path: path)
    let second = segment(secondLines, path: path)
    return try order(first, second, sourcePath: path, targetPath: path, split: split)
  }

  private static func segment(_ lines: [SourceLine], path: String) -> Document {
    let language = LanguageDetector.detect(lines.map(\.text).joined(separator: "\n")) ?? .english
    return PlainTextSegmenter(language: language).document(from: lines, sourceName: path)
  }

  /// English first, Chinese second; anything else is said plainly.
  private static func order(_ a: Document, _ b: Document, sourcePath: String, targetPath: String, split: BilingualSplit?) throws(ReadError) -> DocumentPair {
    switch (a.language.isChinese, b.language.isChinese) {
    case (false, true): return DocumentPair(source: a, target: b, split: split)
    case (true, false): return DocumentPair(source: b, target: a, split: split)
    case (false, false):
      throw ReadError(path: targetPath, reason: .content("both versions are in English; the target must be the Chinese version"))
    case (true, true):
      throw ReadError(path: sourcePath, reason: .content("both versions are in Chinese; the source must be the English version"))
    }
  }

  /// The decoded text of the file at `path`.
  static func readText(_ path: String) throws(ReadError) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ReadError(path: path, reason: .unreadable("no such file"))
    }
    guard !isDirectory.boolValue else { throw ReadError(path: path, reason: .unreadable("it is a directory")) }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= maximumFileSize else {
      throw ReadError(path: path, reason: .tooLarge("\(size) bytes; the limit is \(maximumFileSize)"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ReadError(path: path, reason: .unreadable("permission denied or unreadable"))
    }
    return try TextDecoder.decode([UInt8](data), path: path).text
  }
}

/// Reads small text files the user names (suppressions, glossaries), decoded like documents.
public enum TextFile {
  /// The decoded text of the file at `path`.
  public static func read(_ path: String) throws(ReadError) -> String {
    try DocumentReader.readText(path)
  }
}

extension Glossary {
  /// Reads a glossary file (CSV, TSV or TBX).
  public static func read(contentsOf path: String) throws(ReadError) -> Glossary {
    try parse(try TextFile.read(path), path: path)
  }
}
