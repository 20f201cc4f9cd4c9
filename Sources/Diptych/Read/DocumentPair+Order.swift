extension DocumentPair {
  /// English first, Chinese second; anything else is said plainly.
  static func ordered(
    _ a: Document, _ b: Document, sourcePath: String, targetPath: String, split: BilingualSplit?
  ) throws(ReadError) -> DocumentPair {
    switch (a.language.isChinese, b.language.isChinese) {
    case (false, true): return DocumentPair(source: a, target: b, split: split)
    case (true, false):
      let note =
        sourcePath == targetPath
        ? "\(sourcePath): the Chinese version comes first;"
          + " read it as the target and the English as the source"
        : "\(sourcePath) is the Chinese version and \(targetPath) the English one:"
          + " the two were swapped"
      return DocumentPair(source: b, target: a, split: split, notes: [note])
    case (false, false):
      throw ReadError(
        path: targetPath,
        reason: .content("both versions are in English; the target must be the Chinese version"))
    case (true, true):
      throw ReadError(
        path: sourcePath,
        reason: .content("both versions are in Chinese; the source must be the English version"))
    }
  }
}
