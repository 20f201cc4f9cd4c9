/// A number, date or reference stated in a text, normalized so the two versions can be compared.
package struct Fact: Sendable, Hashable, Codable {
  /// What the fact states.
  public var kind: FactKind
  /// The normalized, comparable key: "2017", "0.3", "2025-03-01", "2025..2027", "62/217".
  public var value: String
  /// The fact as printed in the text.
  public var text: String
  /// The offset of the fact's first Unicode scalar in the input.
  public var offset: Int
  /// Whether a faithful translation may drop or rephrase the fact ("one", "first", "一项", "both"),
  /// so that it counts only when the other side states a different number.
  public var isElidable: Bool
  /// Whether the fact only answers a number of the other side and never disagrees with one: a
  /// count the text implies without stating it (the four of "one …, one …, one … and one …").
  public var onlyAnswers: Bool

  /// Creates a fact.
  public init(
    kind: FactKind, value: String, text: String, offset: Int, isElidable: Bool = false,
    onlyAnswers: Bool = false
  ) {
    self.kind = kind
    self.value = value
    self.text = text
    self.offset = offset
    self.isElidable = isElidable || onlyAnswers
    self.onlyAnswers = onlyAnswers
  }
}

extension Fact: CustomStringConvertible {
  /// "year 2017 '2017'@12".
  public var description: String {
    "\(kind.rawValue) \(value) '\(text)'@\(offset)\(isElidable ? " (elidable)" : "")"
  }
}
