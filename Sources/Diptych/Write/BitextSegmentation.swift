/// How finely a bitext output pairs the two versions.
public enum BitextSegmentation: String, Sendable, Hashable, CaseIterable {
  /// One pair per aligned sentence group, falling back to the unit when it has no sentence pairs.
  case sentence
  /// One pair per alignment unit: whole paragraphs, headings, list items.
  case paragraph
}
