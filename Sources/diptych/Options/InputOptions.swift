import ArgumentParser
import Diptych

/// The two versions to work on: two files, or one file holding both.
struct InputOptions: ParsableArguments {
  @Argument(
    help: """
      The English version, or one file holding both versions (English, a ***** rule, then \
      Chinese).
      """
  )
  var source: String

  @Argument(help: "The Chinese version. Omit it when the first file holds both.")
  var target: String?

  @Option(
    help: """
      lines: one sentence a line, kept as given; an empty line or <p> ends a paragraph (two \
      files).
      """
  )
  var inputFormat: LinesInputFormat?

  /// Reads the pair; what the reader noticed (versions given the wrong way round) is said on
  /// standard error.
  /// - Parameter besideReads: work to run beside the reads of a large pair (see
  ///   `ReadOptions.besideReads`).
  func read(besideReads: (@Sendable () -> Void)? = nil) throws -> DocumentPair {
    if inputFormat == .lines {
      guard let target else {
        throw ReadError(path: source, reason: .content("--input-format lines takes two files"))
      }
      return try SentenceLinesReader.readPair(source: source, target: target)
    }
    let options = ReadOptions(
      progress: ProgressLine.forInputs([source] + (target.map { [$0] } ?? [])),
      besideReads: besideReads)
    let pair = try DocumentReader.readPair(source: source, target: target, options: options)
    for note in pair.notes { StandardError.warning(note) }
    return pair
  }
}

/// An input format chosen by the user instead of recognised by content.
enum LinesInputFormat: String, ExpressibleByArgument, CaseIterable {
  case lines
}
