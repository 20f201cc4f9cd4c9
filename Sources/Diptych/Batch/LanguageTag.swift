/// The language tags people put in file and folder names: `X.en.txt`, `X-E.docx`, `X_zh/`.
enum LanguageTag {
  /// Lower-case tags, matched without regard to case, longest first so `zh-cn` wins over `cn`.
  private static let tags: [(tag: String, chinese: Bool)] = [
    ("english", false), ("chinese", true), ("zh-hans", true), ("zh_hans", true), ("zh-cn", true),
    ("zh_cn", true), ("eng", false), ("zho", true), ("chi", true), ("chs", true), ("en", false),
    ("zh", true), ("cn", true),
  ]
  /// UN document symbols end in an upper-case `E` or `C` (`A-78-123-E.docx`); lower-case single
  /// letters are too common in ordinary names ("annex-c") to mean a language.
  private static let letters: [(tag: String, chinese: Bool)] = [("E", false), ("C", true)]
  private static let separators: [Character] = [".", "-", "_", " "]

  /// The name without its language tag and whether the tag is Chinese; nil when the name has no
  /// tag.
  ///
  /// A name that is only a tag (`en`, `zh`) gives an empty base.
  static func split(_ name: String) -> (base: String, chinese: Bool)? {
    let lower = name.lowercased()
    for (tag, chinese) in tags {
      if lower == tag { return ("", chinese) }
      for separator in separators where lower.hasSuffix(String(separator) + tag) {
        return (String(name.dropLast(tag.count + 1)), chinese)
      }
    }
    for (tag, chinese) in letters {
      for separator in separators where name.hasSuffix(String(separator) + tag) {
        return (String(name.dropLast(tag.count + 1)), chinese)
      }
    }
    return nil
  }
}
