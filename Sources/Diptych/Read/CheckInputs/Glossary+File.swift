extension Glossary {
  /// Reads a glossary file (CSV, TSV or TBX).
  public static func read(contentsOf path: String) throws(ReadError) -> Glossary {
    try parse(try TextFile.read(path), path: path)
  }
}
