/// One line of input text with its 1-based line number in the file.
package struct SourceLine: Sendable, Hashable {
  /// The line number in the file.
  public var number: Int
  /// The line's text, without its line break.
  public var text: String
  /// The last input line this line holds text from (a stranded "。" joined to it), if not its own.
  public var through: Int?

  /// Creates a line.
  public init(number: Int, text: String, through: Int? = nil) {
    self.number = number
    self.text = text
    self.through = through
  }

  /// Splits `text` into lines numbered from `firstNumber`.
  public static func lines(of text: String, firstNumber: Int = 1) -> [SourceLine] {
    var lines: [SourceLine] = []
    var number = firstNumber
    for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lines.append(SourceLine(number: number, text: String(piece)))
      number += 1
    }
    if lines.last?.text.isEmpty == true, lines.count > 1 { lines.removeLast() }
    return lines
  }
}
