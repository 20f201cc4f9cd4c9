/// The language of one version of a document.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// English.
  case english = "en"
  /// Chinese in simplified characters.
  case simplifiedChinese = "zh-Hans"
  /// Chinese in traditional characters.
  case traditionalChinese = "zh-Hant"

  /// Whether the language is written in Chinese script.
  public var isChinese: Bool { self != .english }

  /// The default BCP 47 tag written into bitexts (TMX consumers expect `zh-CN`, not `zh-Hans`).
  public var defaultBitextTag: String {
    switch self {
    case .english: "en"
    case .simplifiedChinese: "zh-CN"
    case .traditionalChinese: "zh-TW"
    }
  }
}
