import ArgumentParser
import Diptych

extension DiptychCommand {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the structure Diptych reads in a document: blocks, labels, footnote calls, repairs.")

    @Argument(help: "A document (text, DOCX, HTML, PDF, UN Parallel Corpus XML) with one language version, or a text file with both versions separated by a ***** rule.")
    var file: String

    @Option(help: "The language of the file: en, zh, or auto to detect it (a bilingual file is split).")
    var language: LanguageChoice = .auto

    @Option(help: "Output format: tree (readable) or json.")
    var format: SegmentFormat = .tree

    func run() throws {
      let options = ReadOptions(progress: ProgressLine.forInputs([file]))
      let documents = try Failure.guarding { () throws(ReadError) -> [Document] in
        switch language {
        case .auto:
          if let pair = try? DocumentReader.readBilingual(file, options: options) { return [pair.source, pair.target] }
          return [try DocumentReader.read(contentsOf: file, options: options)]
        case .en: return [try DocumentReader.read(contentsOf: file, language: .english, options: options)]
        case .zh: return [try DocumentReader.read(contentsOf: file, language: .simplifiedChinese, options: options)]
        }
      }
      switch format {
      case .tree: print(documents.map { DocumentTreeDump.dump($0) }.joined(separator: "\n"), terminator: "")
      case .json: print(try JSONReport.encode(documents))
      }
    }
  }
}

enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
  case en, zh, auto
}

enum SegmentFormat: String, ExpressibleByArgument, CaseIterable {
  case tree, json
}
