import Diptych
import Foundation

/// The development / held-out split of a folder of sentence-alignment gold (`NNN.en`, `NNN.zh`,
/// `NNN.gold`), fixed before any tuning so that no one tunes on the held-out part:
///
/// - several documents: the last third by name is held out (mac-dev: 001–004 dev, 005–006 held
/// out);
/// - one document: its gold beads are cut at 60%, at a bead boundary, and both texts with them;
///   the last 40% is held out (pol). The parts are written to a temporary folder, never to the
///   repository (the gold's licence forbids copying it there).
struct SentenceGoldSplit {
  /// One document to align: its two texts and gold.
  struct Document {
    var name: String
    var english: URL
    var chinese: URL
    var gold: [GoldPair]
  }

  var development: [Document] = []
  var heldOut: [Document] = []

  /// The share of a lone document's beads used for development.
  static let developmentShare = 0.6

  /// Splits the documents of `directory`; a lone document's parts go to `scratch`.
  init(directory: URL, scratch: URL) throws {
    let fileManager = FileManager.default
    let names = ((try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? [])
      .filter { $0.hasSuffix(".gold") }.map { String($0.dropLast(5)) }.sorted()
    guard !names.isEmpty else { throw EvaluationError.notASentenceGoldFolder(directory.path) }
    let documents = try names.map { name in
      let document = Document(
        name: name, english: directory.appendingPathComponent("\(name).en"),
        chinese: directory.appendingPathComponent("\(name).zh"), gold: [])
      for file in [document.english, document.chinese]
      where !fileManager.fileExists(atPath: file.path) {
        throw EvaluationError.unreadable(
          file: file.path, reason: "missing (its gold is \(name).gold)")
      }
      let gold = directory.appendingPathComponent("\(name).gold")
      do {
        return Document(
          name: name, english: document.english, chinese: document.chinese,
          gold: try GoldAlignment.parse(try String(contentsOf: gold, encoding: .utf8)))
      } catch {
        throw EvaluationError.unreadable(file: gold.path, reason: String(describing: error))
      }
    }
    if documents.count == 1 {
      (development, heldOut) = try Self.cut(documents[0], into: scratch)
    } else {
      let heldOutCount = (documents.count + 2) / 3
      development = Array(documents.dropLast(heldOutCount))
      heldOut = Array(documents.suffix(heldOutCount))
    }
  }

  /// Cuts one document after 60% of its beads: beads are in order on both sides, so the sentences
  /// before the cut are exactly those of the first beads. The held-out part is renumbered from 0.
  private static func cut(_ document: Document, into scratch: URL) throws -> (
    [Document], [Document]
  ) {
    let cut = Int((Double(document.gold.count) * developmentShare).rounded())
    let first = Array(document.gold.prefix(cut))
    let second = Array(document.gold.dropFirst(cut))
    let englishCut = (first.flatMap(\.source).max() ?? -1) + 1
    let chineseCut = (first.flatMap(\.target).max() ?? -1) + 1
    guard
      second.allSatisfy({
        $0.source.allSatisfy { $0 >= englishCut } && $0.target.allSatisfy { $0 >= chineseCut }
      })
    else {
      throw EvaluationError.unreadable(file: document.name + ".gold", reason: "beads out of order")
    }
    let english = try lines(document.english)
    let chinese = try lines(document.chinese)
    func write(_ part: String, _ en: ArraySlice<String>, _ zh: ArraySlice<String>) throws -> (
      URL, URL
    ) {
      let englishFile = scratch.appendingPathComponent("\(document.name)-\(part).en")
      let chineseFile = scratch.appendingPathComponent("\(document.name)-\(part).zh")
      try en.map { $0 + "\n" }.joined().write(to: englishFile, atomically: true, encoding: .utf8)
      try zh.map { $0 + "\n" }.joined().write(to: chineseFile, atomically: true, encoding: .utf8)
      return (englishFile, chineseFile)
    }
    let dev = try write("dev", english.prefix(englishCut), chinese.prefix(chineseCut))
    let held = try write("heldout", english.dropFirst(englishCut), chinese.dropFirst(chineseCut))
    let shifted = second.map {
      GoldPair(source: $0.source.map { $0 - englishCut }, target: $0.target.map { $0 - chineseCut })
    }
    return (
      [Document(name: "\(document.name)-dev", english: dev.0, chinese: dev.1, gold: first)],
      [Document(name: "\(document.name)-heldout", english: held.0, chinese: held.1, gold: shifted)]
    )
  }

  /// The lines of a one-sentence-a-line file, without the empty line after the last line end.
  static func lines(_ file: URL) throws -> [String] {
    var lines = try String(contentsOf: file, encoding: .utf8)
      .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}
