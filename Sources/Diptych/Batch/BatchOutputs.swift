import Foundation

/// Where a batch writes each pair's documents (TMX, aligned XML, HTML report…) and in which
/// formats.
public struct BatchOutputs: Sendable {
  /// The formats written by default: TMX, aligned XML and the HTML report.
  public static let defaultFormats: [OutputFormat] = [.tmx, .xml, .html]

  /// The output folder; created if missing.
  public var directory: String
  /// The formats; each writes `<id>.<extension>`.
  public var formats: [OutputFormat]
  /// The writers' settings; a pair's bilingual split is added to them.
  public var settings: OutputSettings

  /// Creates an output setting.
  public init(
    directory: String, formats: [OutputFormat] = defaultFormats,
    settings: OutputSettings = OutputSettings()
  ) {
    self.directory = directory
    self.formats = formats
    self.settings = settings
  }

  /// The path of a pair's output: the id's `/`-separated parts become folders, and no part can
  /// climb out of the output folder or hide the file.
  public func path(for id: String, extension ext: String) -> String {
    let parts = id.split(separator: "/").map { part in
      String(
        part.map {
          $0 == "\\" || $0 == ":"
            || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "_" : $0
        })
    }.map { $0.hasPrefix(".") ? "_" + $0.dropFirst() : $0 }
    let name = parts.isEmpty ? "_" : parts.joined(separator: "/")
    return (directory as NSString).appendingPathComponent(name + "." + ext)
  }

  /// Writes every output of one pair; returns the paths written.
  func write(_ result: PipelineResult, id: String) throws(WriteFailure) -> [String] {
    var written: [String] = []
    var settings = settings
    settings.split = result.pair.split
    for writer in formats.map({ $0.writer(settings) }) {
      let path = path(for: id, extension: writer.fileExtension)
      let text: String
      do {
        text = try writer.write(result.alignment, findings: result.findings)
      } catch {
        throw WriteFailure(path: path, reason: error.description)
      }
      let folder = (path as NSString).deletingLastPathComponent
      do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      } catch {
        throw WriteFailure(
          path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
      }
      try AtomicFile.write(text, to: path)
      written.append(path)
    }
    return written
  }
}
