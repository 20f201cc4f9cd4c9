import Foundation

/// Where a batch writes each pair's documents (TMX, aligned XML, HTML report) and with what.
public struct BatchOutputs: Sendable {
  /// The output folder; created if missing.
  public var directory: String
  /// The writers; each writes `<id>.<extension>`.
  public var writers: [any AlignmentWriter]

  /// Creates an output setting.
  public init(directory: String, writers: [any AlignmentWriter]) {
    self.directory = directory
    self.writers = writers
  }

  /// The path of a pair's output: the id's `/`-separated parts become folders, and no part can
  /// climb out of the output folder or hide the file.
  public func path(for id: String, extension ext: String) -> String {
    let parts = id.split(separator: "/").map { part in
      String(part.map { $0 == "\\" || $0 == ":" || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } ? "_" : $0 })
    }.map { $0.hasPrefix(".") ? "_" + $0.dropFirst() : $0 }
    let name = parts.isEmpty ? "_" : parts.joined(separator: "/")
    return (directory as NSString).appendingPathComponent(name + "." + ext)
  }

  /// Writes every output of one pair; returns the paths written.
  func write(_ result: PipelineResult, id: String) throws(WriteFailure) -> [String] {
    var written: [String] = []
    for writer in writers {
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
        throw WriteFailure(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
      }
      try AtomicFile.write(text, to: path)
      written.append(path)
    }
    return written
  }
}
