import Foundation

extension Lexicon {
  /// The lexicon shipped with the library, loaded once on first use; an error when it cannot be
  /// found, so that callers can align without it.
  package static let bundled: Result<Lexicon, LexiconError> = Result { () throws(LexiconError) in
    try Lexicon(contentsOf: try bundledPath())
  }

  /// The environment variable that names a lexicon file to use instead of the bundled one.
  package static let pathVariable = "DIPTYCH_LEXICON"

  /// Reads a lexicon file.
  package init(contentsOf path: String) throws(LexiconError) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw LexiconError(message: "cannot read \(path)")
    }
    try self.init(bytes: [UInt8](data), name: path)
  }

  /// Where the lexicon file is, without `Bundle.module`: on Linux its generated accessor stops the
  /// process when the resource bundle is not beside the binary (an installed `diptych`).
  ///
  /// Looks at `$DIPTYCH_LEXICON` if set; else, in order, at the resource bundle beside the
  /// executable (by its path and by its resolved path) and the source tree the library was built
  /// from.
  package static func bundledPath() throws(LexiconError) -> String {
    try bundledPath(environment: ProcessInfo.processInfo.environment)
  }

  /// `bundledPath()` with the environment given: `$DIPTYCH_LEXICON`, when set, is the only place
  /// looked at, so that a wrong path is an error rather than a silent fallback.
  static func bundledPath(environment: [String: String]) throws(LexiconError) -> String {
    let fileManager = FileManager.default
    if let override = environment[pathVariable], !override.isEmpty {
      guard fileManager.isReadableFile(atPath: override) else {
        throw .notFound(searched: [override])
      }
      return override
    }
    var candidates: [String] = []
    let bundleName = "Diptych_Diptych.resources"
    var directories = [
      Bundle.main.bundleURL, Bundle.main.executableURL?.deletingLastPathComponent(),
    ]
    directories.append(
      Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent())
    for directory in directories.compactMap({ $0 }) {
      candidates.append(
        directory.appendingPathComponent(bundleName).appendingPathComponent(fileName).path)
      // macOS bundles keep resources one level down.
      candidates.append(
        directory.appendingPathComponent("Diptych_Diptych.bundle/Contents/Resources")
          .appendingPathComponent(fileName).path)
    }
    candidates.append(sourceTreePath)
    var seen: Set<String> = []
    for path in candidates where seen.insert(path).inserted {
      if fileManager.isReadableFile(atPath: path) { return path }
    }
    throw .notFound(searched: Array(seen).sorted())
  }

  /// The resource's file name in the bundle.
  static let fileName = "lexicon.txt"

  /// The file in the source tree, for test runs and development builds.
  static let sourceTreePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Resources").appendingPathComponent(fileName).path
}
