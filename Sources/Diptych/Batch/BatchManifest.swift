import Foundation

/// Reads a manifest: the pairs of a batch listed in CSV, TSV or JSON lines.
///
/// CSV and TSV have the columns `source,target,id`, in that order or named by a header line;
/// JSON lines have one object a line with the keys `source`, `target` and `id`. Only the source
/// is required: an empty target means the source holds both versions, and a missing id is the
/// source's file name without its extension and language tag. Relative paths are relative to the
/// manifest's folder. Ids must be unique, since results and shards are keyed by them.
public enum BatchManifest {
  /// The pairs listed in the manifest at `path`, in the manifest's order.
  public static func read(contentsOf path: String) throws(BatchInputError) -> [BatchPair] {
    let text: String
    do {
      text = try TextFile.read(path)
    } catch {
      throw BatchInputError(
        location: error.path, message: error.description.dropPrefix("\(error.path): "))
    }
    let base = (path as NSString).deletingLastPathComponent
    return try parse(text, name: path, baseDirectory: base)
  }

  /// The pairs listed in manifest text; `name` is used in errors, `baseDirectory` to resolve paths.
  public static func parse(_ text: String, name: String, baseDirectory: String)
    throws(BatchInputError) -> [BatchPair]
  {
    let ext = (name as NSString).pathExtension.lowercased()
    let firstCharacter = text.first { !$0.isWhitespace }
    let entries: [(line: Int, source: String, target: String, id: String)]
    if ["jsonl", "ndjson", "json"].contains(ext)
      || (firstCharacter == "{" && ext != "csv" && ext != "tsv")
    {
      entries = try jsonLines(text, name: name)
    } else {
      entries = try delimited(text, delimiter: ext == "tsv" ? "\t" : ",", name: name)
    }
    var seen: [String: Int] = [:]
    var pairs: [BatchPair] = []
    for entry in entries {
      let source = resolve(entry.source, against: baseDirectory)
      let id = entry.id.isEmpty ? defaultID(for: entry.source) : entry.id
      if let earlier = seen[id] {
        throw BatchInputError(
          location: "\(name):\(entry.line)",
          message: "the id '\(id)' is already used on line \(earlier)")
      }
      seen[id] = entry.line
      pairs.append(
        BatchPair(
          id: id, source: source,
          target: entry.target.isEmpty ? nil : resolve(entry.target, against: baseDirectory)))
    }
    return pairs
  }

  private static func jsonLines(_ text: String, name: String) throws(BatchInputError) -> [(
    line: Int, source: String, target: String, id: String
  )] {
    struct Entry: Decodable {
      var source: String
      var target: String?
      var id: String?
    }
    var entries: [(line: Int, source: String, target: String, id: String)] = []
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !trimmed.isEmpty else { continue }
      guard let entry = try? JSONDecoder().decode(Entry.self, from: Data(trimmed.utf8)) else {
        throw BatchInputError(
          location: "\(name):\(offset + 1)",
          message: "not a JSON object with a 'source' string (and optional 'target', 'id')")
      }
      guard !entry.source.isEmpty else {
        throw BatchInputError(
          location: "\(name):\(offset + 1)", message: "the source path is empty")
      }
      entries.append((offset + 1, entry.source, entry.target ?? "", entry.id ?? ""))
    }
    return entries
  }

  private static func delimited(_ text: String, delimiter: Character, name: String)
    throws(BatchInputError) -> [(line: Int, source: String, target: String, id: String)]
  {
    var records = CSVRecords.parse(text, delimiter: delimiter)
      .filter { !($0.fields.first?.hasPrefix("#") ?? false) }
      .map { (line: $0.line, fields: $0.fields.map { $0.trimmingCharacters(in: .whitespaces) }) }
    var columns = (source: 0, target: 1, id: 2)
    if let header = records.first?.fields.map({ $0.lowercased() }), header.contains("source") {
      guard let source = header.firstIndex(of: "source") else { return [] }
      columns = (source, header.firstIndex(of: "target") ?? -1, header.firstIndex(of: "id") ?? -1)
      records.removeFirst()
    }
    return try records.map { record throws(BatchInputError) in
      func field(_ index: Int) -> String {
        record.fields.indices.contains(index) ? record.fields[index] : ""
      }
      guard !field(columns.source).isEmpty else {
        throw BatchInputError(location: "\(name):\(record.line)", message: "no source path")
      }
      return (record.line, field(columns.source), field(columns.target), field(columns.id))
    }
  }

  private static func resolve(_ path: String, against base: String) -> String {
    path.hasPrefix("/") || base.isEmpty ? path : (base as NSString).appendingPathComponent(path)
  }

  /// `reports/A-78-1-E.docx` → `A-78-1`.
  static func defaultID(for source: String) -> String {
    let stem = ((source as NSString).lastPathComponent as NSString).deletingPathExtension
    guard let (base, _) = LanguageTag.split(stem), !base.isEmpty else { return stem }
    return base
  }
}

extension String {
  fileprivate func dropPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
