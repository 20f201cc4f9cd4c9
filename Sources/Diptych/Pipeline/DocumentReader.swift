import Foundation

/// Reads documents from files of any format Diptych knows: recognises the format by content,
/// reads it, detects the language, and builds the ``Document``.
public enum DocumentReader {
  /// The largest input file accepted.
  public static let maximumFileSize = InputLoader.maximumFileSize

  /// Reads one language version from the file at `path`.
  ///
  /// - Parameter language: the language, or nil to detect it from the text.
  public static func read(
    contentsOf path: String, language: Language? = nil, options: ReadOptions = ReadOptions()
  ) throws(ReadError) -> Document {
    try document(
      try InputLoader.load(path, options: options), language: language, path: path, options: options
    )
  }

  private static func document(
    _ loaded: InputLoader.Loaded, language: Language?, path: String, options: ReadOptions
  ) throws(ReadError) -> Document {
    switch loaded {
    case .text(let lines):
      let detected =
        language == nil
        ? try LanguageDetector.detect(lines, sample: BilingualSplit.languageSample) : nil
      guard let language = language ?? detected else {
        throw ReadError(path: path, reason: .content("no English or Chinese text found"))
      }
      let segmenter = PlainTextSegmenter(
        language: language, progress: options.scaled(to: 0.1...1).progress)
      let document = try segmenter.document(from: lines, sourceName: path)
      options.report(1)
      return document
    case .structured(let paragraphs):
      let document = try structured(paragraphs, language: language, path: path)
      options.report(1)
      return document
    case .pair(let pair):
      if let language,
        let document = [pair.source, pair.target].first(where: {
          $0.language.isChinese == language.isChinese
        })
      {
        return document
      }
      throw ReadError(
        path: path,
        reason: .content("it is aligned XML holding both versions; give it as the only file"))
    }
  }

  /// Reads the file at `path` into `sink`, a block at a time: plain text, the input that grows
  /// large, is never held whole, so memory stays bounded whatever the file's size.
  ///
  /// A text file holding both versions gives both documents, English first, unless `language`
  /// says which one language the file is in; so does Diptych's aligned XML.
  package static func stream(
    contentsOf path: String, language: Language? = nil, options: ReadOptions = ReadOptions(),
    into sink: inout some DocumentSink
  ) throws(ReadError) {
    let loaded = try InputLoader.load(path, options: options)
    switch loaded {
    case .text(let lines):
      var documents: [(lines: LineSource, language: Language)] = []
      // The split's first pass reads every line unless many rules stop it: then its sample of
      // the first lines is whole, and tells the language of a text in one language.
      var sample = LanguageDetector.Sample(limit: BilingualSplit.languageSample)
      if language == nil {
        if let halves = try BilingualSplit.split(lines, sample: &sample) {
          let (a, b) = halves.languages
          if a.isChinese != b.isChinese {
            documents =
              a.isChinese
              ? [(halves.second, b), (halves.first, a)] : [(halves.first, a), (halves.second, b)]
          }
        }
      }
      if documents.isEmpty {
        var detected: Language? = nil
        if language == nil {
          detected =
            sample.isFull || sample.sawEveryLine
            ? sample.language
            : try LanguageDetector.detect(lines, sample: BilingualSplit.languageSample)
        }
        guard let language = language ?? detected else {
          throw ReadError(path: path, reason: .content("no English or Chinese text found"))
        }
        documents = [(lines, language)]
      }
      for (index, document) in documents.enumerated() {
        let share = 0.9 / Double(documents.count)
        let start = 0.1 + share * Double(index)
        let segmenter = PlainTextSegmenter(
          language: document.language,
          progress: options.scaled(to: start...(start + share)).progress)
        sink.begin(language: document.language, sourceName: path)
        let notes: SegmentationNotes
        do {
          notes = try segmenter.segment(document.lines) { sink.add($0) }
        } catch var error {
          // A failure of the blocks' temporary file names no file: name the input.
          if error.path.isEmpty { error.path = path }
          throw error
        }
        sink.end(language: document.language, sourceName: path, notes: notes)
      }
    case .pair(let pair) where language == nil:
      sink.add(pair.source)
      sink.add(pair.target)
    case .structured, .pair:
      sink.add(try self.document(loaded, language: language, path: path, options: options))
    }
    options.report(1)
  }

  /// Reads one language version from bytes in any format but PDF (which needs a file for
  /// `pdftotext`): the content of a file, standard input, or a fuzzer's input.
  ///
  /// - Parameter format: the format, or nil to recognise it from the bytes.
  public static func read(
    bytes: [UInt8], sourceName: String, language: Language? = nil, format: InputFormat? = nil
  ) throws(ReadError) -> Document {
    let format = format ?? InputFormat.detect(bytes)
    guard format != .pdf else {
      throw ReadError(path: sourceName, reason: .unreadable("a PDF must be read from a file"))
    }
    let loaded: InputLoader.Loaded
    if format == .docx {
      // A ZIP archive is read from a file (see DOCXArchive): the bytes go to a private one.
      let file = try TemporaryFile(bytes, name: sourceName)
      loaded = try InputLoader.load(
        bytes, format: format, path: sourceName, file: file.path, options: ReadOptions())
    } else {
      loaded = try InputLoader.load(
        bytes, format: format, path: sourceName, file: nil, options: ReadOptions())
    }
    return try document(loaded, language: language, path: sourceName, options: ReadOptions())
  }

  /// Reads the two versions: from two files, or from one file that holds both.
  ///
  /// The source is the English version and the target the Chinese one, whatever the order the
  /// files were given in (the pair's `notes` say when they were swapped); a pair in one language
  /// is an error.
  public static func readPair(source: String, target: String?, options: ReadOptions = ReadOptions())
    throws(ReadError) -> DocumentPair
  {
    guard let target else { return try readBilingual(source, options: options) }
    guard ConcurrentReads.worthIt([source, target]) else {
      let first = try read(contentsOf: source, options: options.scaled(to: 0...0.5))
      let second = try read(contentsOf: target, options: options.scaled(to: 0.5...1))
      return try DocumentPair.ordered(
        first, second, sourcePath: source, targetPath: target, split: nil)
    }
    let progress = ConcurrentReads.SharedProgress(options)
    let (first, second) = try ConcurrentReads.both(
      { () throws(ReadError) in try read(contentsOf: source, options: progress.options(for: 0)) },
      { () throws(ReadError) in try read(contentsOf: target, options: progress.options(for: 1)) },
      besideReads: options.besideReads)
    options.report(1)
    return try DocumentPair.ordered(
      first, second, sourcePath: source, targetPath: target, split: nil)
  }

  /// Reads one file holding both versions: text split at a `*****` rule or where the script
  /// changes, or Diptych's aligned XML.
  public static func readBilingual(_ path: String, options: ReadOptions = ReadOptions())
    throws(ReadError) -> DocumentPair
  {
    let lines: LineSource
    switch try InputLoader.load(path, options: options) {
    case .pair(let pair):
      options.report(1)
      return pair
    case .structured:
      throw ReadError(
        path: path,
        reason: .content(
          "one file must hold both versions (English, a ***** rule, then Chinese); give the other "
            + "version as a second file"
        ))
    case .text(let source):
      lines = source
    }
    guard let halves = try BilingualSplit.split(lines) else {
      throw ReadError(
        path: path,
        reason: .content(
          "one file must hold both versions (English, a ***** rule, then Chinese); give the other "
            + "version as a second file"
        ))
    }
    // The two halves are segmented at once when the file is large.
    let progress = ConcurrentReads.SharedProgress(options.scaled(to: 0.1...1))
    let firstHalf = { @Sendable () throws(ReadError) in
      try PlainTextSegmenter(
        language: halves.languages.first, progress: progress.options(for: 0).progress
      )
      .document(from: halves.first, sourceName: path)
    }
    let secondHalf = { @Sendable () throws(ReadError) in
      try PlainTextSegmenter(
        language: halves.languages.second, progress: progress.options(for: 1).progress
      )
      .document(from: halves.second, sourceName: path)
    }
    let (first, second) =
      lines.size >= ConcurrentReads.minimumPairSize
      ? try ConcurrentReads.both(firstHalf, secondHalf) : (try firstHalf(), try secondHalf())
    options.report(1)
    return try DocumentPair.ordered(
      first, second, sourcePath: path, targetPath: path, split: halves.split)
  }

  private static func structured(
    _ paragraphs: [StructuredParagraph], language: Language?, path: String
  ) throws(ReadError) -> Document {
    guard let language = language ?? StructuredDocumentBuilder.detectLanguage(paragraphs) else {
      throw ReadError(path: path, reason: .content("no English or Chinese text found"))
    }
    return StructuredDocumentBuilder.document(paragraphs, language: language, sourceName: path)
  }
}
