import Foundation

/// Finds the pairs in a folder by the naming conventions translators use.
///
/// A file's language comes from a tag at the end of its name (`X.en.txt`, `X-zh.txt`,
/// `A-78-123-E.docx` / `A-78-123-C.docx`) or, failing that, of a folder it is in (`X_en/1.txt`,
/// `en/1.txt`). Two files pair when their paths are the same once the tags are taken out and
/// they have the same extension; the id is that path without the extension. Hidden files are
/// ignored; every other file left out is reported with the reason: a tagged file with no partner,
/// or with two, a document with no language tag, a file in no document format.
public enum BatchDiscovery {
  /// The file name extensions read as documents, lower case.
  public static let documentExtensions: Set<String> = [
    "txt", "text", "docx", "html", "htm", "xhtml", "pdf", "xml",
  ]

  /// What a folder holds.
  public struct Result: Sendable, Hashable {
    /// The pairs found, ordered by id.
    public var pairs: [BatchPair]
    /// Tagged files left out, as `relative/path: reason`, ordered by path.
    public var unpaired: [String]
    /// The other files left out (not hidden): documents with no language tag, one line each as
    /// `relative/path: reason`, then files in no document format, one line per extension.
    public var skipped: [String] = []
  }

  /// The pairs in the folder at `directory`, searched recursively.
  public static func discover(in directory: String) throws(BatchInputError) -> Result {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw BatchInputError(location: directory, message: "no such folder")
    }
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
      throw BatchInputError(location: directory, message: "cannot list the folder")
    }
    var relativePaths: [String] = []
    var others: [String] = []
    while let next = enumerator.nextObject() as? String {
      let name = (next as NSString).lastPathComponent
      if name.hasPrefix(".") {
        enumerator.skipDescendants()
        continue
      }
      var isFolder: ObjCBool = false
      let full = (directory as NSString).appendingPathComponent(next)
      guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      if documentExtensions.contains((name as NSString).pathExtension.lowercased()) {
        relativePaths.append(next)
      } else {
        others.append(next)
      }
    }
    var result = pair(relativePaths.sorted(), in: directory)
    result.skipped += notDocuments(others)
    return result
  }

  /// One line per extension for files in no document format:
  /// `2 .md files skipped, not a document format: a/README.md, b/README.md`.
  static func notDocuments(_ paths: [String]) -> [String] {
    let byExtension = Dictionary(grouping: paths) { (($0 as NSString).pathExtension.lowercased()) }
    return byExtension.keys.sorted().map { ext in
      let files = (byExtension[ext] ?? []).sorted()
      let kind =
        ext.isEmpty
        ? "file\(files.count == 1 ? "" : "s") without extension"
        : ".\(ext) file\(files.count == 1 ? "" : "s")"
      let listed =
        files.prefix(3).joined(separator: ", ")
        + (files.count > 3 ? " and \(files.count - 3) more" : "")
      return "\(files.count) \(kind) skipped, not a document format: \(listed)"
    }
  }

  /// Pairs relative paths; `directory` is prefixed to the paths in the pairs.
  ///
  /// Folder names count as part of the name at first (so `report-zh/en.txt` and
  /// `report-zh/zh.txt` pair as `report-zh`); files left over are tried again with the language
  /// tags of folders taken out too (so `en/X-E.txt` and `zh/X-C.txt` pair as `X`).
  static func pair(_ relativePaths: [String], in directory: String) -> Result {
    let first = group(relativePaths, strippingFolders: false)
    let second = group(first.leftOver.map(\.path), strippingFolders: true)
    let found = first.found + second.found
    // X.en.txt and X.en.docx both give the id X; their extensions tell them apart.
    let counts = Dictionary(found.map { ($0.id, 1) }, uniquingKeysWith: +)
    let pairs = found.map { item in
      BatchPair(
        id: item.id.isEmpty
          ? (directory as NSString).lastPathComponent
          : counts[item.id, default: 0] > 1 ? "\(item.id).\(item.ext)" : item.id,
        source: (directory as NSString).appendingPathComponent(item.english),
        target: (directory as NSString).appendingPathComponent(item.chinese))
    }
    let unpaired =
      first.ambiguous + second.ambiguous + second.leftOver.map { "\($0.path): \($0.problem)" }
    let untagged = first.untagged.map {
      "\($0): skipped, no language tag in its name or folders (X.en.txt, X-E.docx, en/X.txt); "
        + "a file holding both versions goes in a manifest"
    }
    return Result(
      pairs: pairs.sorted { $0.id < $1.id }, unpaired: unpaired.sorted(), skipped: untagged.sorted()
    )
  }

  private struct Found {
    var id: String
    var ext: String
    var english: String
    var chinese: String
  }

  private static func group(_ paths: [String], strippingFolders: Bool) -> (
    found: [Found], leftOver: [(path: String, problem: String)], ambiguous: [String],
    untagged: [String]
  ) {
    struct Key: Hashable {
      var name: String
      var ext: String
    }
    var groups: [Key: (english: [String], chinese: [String])] = [:]
    var keys: [Key] = []
    var untagged: [String] = []
    for path in paths {
      guard let (name, ext, chinese) = key(of: path, strippingFolders: strippingFolders) else {
        untagged.append(path)
        continue
      }
      let groupKey = Key(name: name, ext: ext)
      if groups[groupKey] == nil { keys.append(groupKey) }
      if chinese {
        groups[groupKey, default: ([], [])].chinese.append(path)
      } else {
        groups[groupKey, default: ([], [])].english.append(path)
      }
    }
    var found: [Found] = []
    var leftOver: [(path: String, problem: String)] = []
    var ambiguous: [String] = []
    for groupKey in keys {
      guard let group = groups[groupKey] else { continue }
      switch (group.english.count, group.chinese.count) {
      case (1, 1):
        found.append(
          Found(
            id: groupKey.name, ext: groupKey.ext, english: group.english[0],
            chinese: group.chinese[0]))
      case (0, _):
        leftOver += group.chinese.map { ($0, "no English counterpart") }
      case (_, 0):
        leftOver += group.english.map { ($0, "no Chinese counterpart") }
      default:
        ambiguous += (group.english + group.chinese).map {
          "\($0): ambiguous (\(group.english.count) English and \(group.chinese.count) Chinese "
            + "files share its name)"
        }
      }
    }
    return (found, leftOver, ambiguous, untagged)
  }

  /// The path without its extension and with language tags taken out, the extension, and
  /// whether the file is Chinese: the file name's tag decides, else the innermost tagged
  /// folder's. Folder tags are taken out when they decide, or when `strippingFolders` is set.
  static func key(of relativePath: String, strippingFolders: Bool) -> (
    name: String, ext: String, chinese: Bool
  )? {
    var components = relativePath.split(separator: "/").map(String.init)
    guard let file = components.popLast() else { return nil }
    let ext = (file as NSString).pathExtension
    let stem = (file as NSString).deletingPathExtension
    let fileTag = LanguageTag.split(stem)
    var language = fileTag?.chinese
    var bases: [String] = []
    for component in components {
      if let (base, chinese) = LanguageTag.split(component), fileTag == nil || strippingFolders {
        if fileTag == nil { language = chinese }
        if !base.isEmpty { bases.append(base) }
      } else {
        bases.append(component)
      }
    }
    if let fileTag {
      if !fileTag.base.isEmpty { bases.append(fileTag.base) }
    } else {
      bases.append(stem)
    }
    guard let chinese = language else { return nil }
    return (bases.joined(separator: "/"), ext.lowercased(), chinese)
  }
}
