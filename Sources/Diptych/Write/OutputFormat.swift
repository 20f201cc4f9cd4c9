/// The formats an alignment can be written in: the one list that `align`, `batch --emit` and
/// library users choose from.
///
/// To add a format, add a case here and its writer in `writer(_:)`: the compiler then asks for
/// nothing else, and the command line offers it in `--format`, in `batch --emit` and by the
/// extension of `-o`.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
  /// The JSON report (`AlignmentReport`), the machine-readable contract.
  case json
  /// A TMX 1.4b translation memory.
  case tmx
  /// Aligned XML: both documents' structure and the links.
  case xml
  /// Tab-separated values, one unit or sentence pair a line.
  case tsv
  /// The parity report: one self-contained HTML page.
  case html
  /// Sentence beads, `[English ids]:[Chinese ids]` a line, as sentence aligners and their gold
  /// write them.
  case beads

  /// The writer for this format.
  public func writer(_ settings: OutputSettings = OutputSettings()) -> any AlignmentWriter {
    switch self {
    case .json: JSONReportWriter(split: settings.split)
    case .tmx:
      TMXWriter(
        options: TMXWriter.Options(
          sourceLanguage: settings.sourceLanguage, targetLanguage: settings.targetLanguage,
          segmentation: settings.segmentation))
    case .xml: AlignedXMLWriter()
    case .tsv: TSVWriter(segmentation: settings.segmentation)
    case .html:
      HTMLReportWriter(
        sourceLanguage: settings.sourceLanguage, targetLanguage: settings.targetLanguage,
        title: settings.title)
    case .beads: BeadsWriter()
    }
  }

  /// The file name extension of this format's files, without the dot.
  public var fileExtension: String { writer().fileExtension }

  /// The format a file name asks for by its extension (`out.tmx`), matched without regard to
  /// case; nil when the extension is not one of ours or the name has none.
  public init?(fileName: String) {
    let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    let ext = name[name.index(after: dot)...].lowercased()
    guard let format = Self.allCases.first(where: { $0.fileExtension == ext }) else { return nil }
    self = format
  }

  /// The names of all formats, for messages: "json, tmx, xml, tsv or html".
  public static var names: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
  }
}

/// What the writers of `OutputFormat` are told; each reads the settings that concern it.
public struct OutputSettings: Sendable, Hashable {
  /// Sentence pairs or whole units (TMX, TSV).
  public var segmentation: BitextSegmentation
  /// The BCP 47 tag of the source version (TMX, HTML); nil takes the document's (`en`).
  public var sourceLanguage: String?
  /// The BCP 47 tag of the target version (TMX, HTML); nil takes the document's (`zh-CN`).
  public var targetLanguage: String?
  /// The page title (HTML); nil for one made from the file names.
  public var title: String?
  /// Where a bilingual file was split, recorded in the JSON report.
  public var split: BilingualSplit?

  /// Creates settings.
  public init(
    segmentation: BitextSegmentation = .sentence, sourceLanguage: String? = nil,
    targetLanguage: String? = nil,
    title: String? = nil, split: BilingualSplit? = nil
  ) {
    self.segmentation = segmentation
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.title = title
    self.split = split
  }
}
