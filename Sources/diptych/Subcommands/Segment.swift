import ArgumentParser
import Diptych

extension DiptychCommand {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "segment",
      abstract:
        "Show the structure Diptych reads in a document: blocks, labels, footnote calls, repairs.",
      discussion:
        "Blocks are written as they are read: a plain-text input of any size is never held whole.")

    @Argument(
      help: """
        A document (text, DOCX, HTML, PDF, UN Parallel Corpus XML) with one language version, or \
        a text file with both versions separated by a ***** rule.
        """
    )
    var file: String

    @Option(
      help: "The language of the file: en, zh, or auto to detect it (a bilingual file is split).")
    var language: LanguageChoice = .auto

    @Option(help: "Output format: tree (readable) or json.")
    var format: SegmentFormat = .tree

    func run() throws {
      let options = ReadOptions(progress: ProgressLine.forInputs([file]))
      let write: (String) -> Void = { print($0, terminator: "") }
      switch format {
      case .tree:
        var writer = DocumentTreeWriter(write)
        try read(into: &writer, options: options)
      case .json:
        // Each block's bytes go out as they are, with no `String` made of them.
        var writer = DocumentJSONWriter(utf8: StandardOutputStream.write(utf8:))
        try read(into: &writer, options: options)
        writer.finish()
      }
    }

    private func read(into sink: inout some DocumentSink, options: ReadOptions) throws {
      let language: Language? =
        switch self.language {
        case .auto: nil
        case .en: .english
        case .zh: .simplifiedChinese
        }
      try DocumentReader.stream(contentsOf: file, language: language, options: options, into: &sink)
    }
  }
}

enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
  case en, zh, auto
}

enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
  case tree, json
}
