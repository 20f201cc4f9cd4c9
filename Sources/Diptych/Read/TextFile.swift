/// Reads small text files the user names (suppressions, glossaries), decoded like documents.
package enum TextFile {
  /// The decoded text of the file at `path`.
  public static func read(_ path: String) throws(ReadError) -> String {
    try InputLoader.readText(path)
  }
}
