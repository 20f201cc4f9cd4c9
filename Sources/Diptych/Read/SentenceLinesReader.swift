/// Reads text already split into sentences, one a line, as hunalign and the other sentence
/// aligners take it: each line is one sentence, kept exactly as given (only its line end removed);
/// an empty line, or a line `<p>`, ends a paragraph.
///
/// Each paragraph becomes one `.paragraph` block whose sentences are its lines, so the n-th
/// sentence of the document (0-based, markers not counted) is the n-th sentence line of the file.
public enum SentenceLinesReader {
  /// The document of one language version given as sentence lines.
  ///
  /// - Parameter language: the language, or nil to detect it from the text.
  public static func read(contentsOf path: String, language: Language? = nil) throws(ReadError)
    -> Document
  {
    let text = try InputLoader.readText(path)
    guard let language = language ?? LanguageDetector.detect(text) else {
      throw ReadError(path: path, reason: .content("no English or Chinese text found"))
    }
    let document = document(text: text, language: language, sourceName: path)
    guard !document.blocks.isEmpty else { throw ReadError(path: path, reason: .empty) }
    return document
  }

  /// Reads the two versions from two files of sentence lines, English as the source whatever the
  /// order given (the pair's `notes` say when they were swapped).
  public static func readPair(source: String, target: String) throws(ReadError) -> DocumentPair {
    let first = try read(contentsOf: source)
    let second = try read(contentsOf: target)
    return try DocumentPair.ordered(
      first, second, sourcePath: source, targetPath: target, split: nil)
  }

  /// The document of `text`, one sentence a line.
  public static func document(text: String, language: Language, sourceName: String = "") -> Document
  {
    var builder = ParagraphBuilder()
    var lineNumber = 0
    // "\r\n" is one Character in Swift, so both line ends are separators here.
    for sentence in text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    {
      lineNumber += 1
      if isParagraphEnd(sentence) {
        builder.endParagraph()
      } else {
        builder.add(String(sentence), line: lineNumber)
      }
    }
    builder.endParagraph()
    return Document(language: language, blocks: builder.blocks, sourceName: sourceName)
  }

  /// An empty (or blank) line, or `<p>` alone on its line.
  static func isParagraphEnd(_ line: Substring) -> Bool {
    let trimmed = line.trimmingWhitespace()
    return trimmed.isEmpty || trimmed == "<p>"
  }

  /// Gathers the lines of one paragraph into a block.
  private struct ParagraphBuilder {
    var blocks: [Block] = []
    var sentences: [Sentence] = []
    var text = ""
    var textLength = 0
    var firstLine = 0
    var lastLine = 0

    mutating func add(_ sentence: String, line: Int) {
      if sentences.isEmpty {
        firstLine = line
      } else {
        text += " "
        textLength += 1
      }
      sentences.append(Sentence(text: sentence, offset: textLength))
      text += sentence
      textLength += sentence.unicodeScalars.count
      lastLine = line
    }

    mutating func endParagraph() {
      guard !sentences.isEmpty else { return }
      blocks.append(
        Block(
          id: "b\(blocks.count + 1)", kind: .paragraph, text: text, sentences: sentences,
          lines: LineRange(firstLine, lastLine)))
      sentences = []
      text = ""
      textLength = 0
    }
  }
}
