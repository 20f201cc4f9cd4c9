/// The number a footnote body line opens with, in each convention seen in real files: "1 See …"
/// (superscript digits as PDF extraction leaves them), "[1] See …" (text saved from HTML) and
/// "1/ See …" (the older UN style). Whichever the convention, the body becomes the same block.
struct FootnoteBodyMarker: Sendable, Hashable {
  /// How the body's number is printed.
  enum Style: Sendable, Hashable {
    /// "1 See …": digits alone.
    case digits
    /// "[1] See …".
    case bracketed
    /// "1/ See …".
    case slashed
  }

  /// The footnote number.
  var number: Int
  /// How the number is printed.
  var style: Style

  init(number: Int, style: Style) {
    self.number = number
    self.style = style
  }

  /// The marker `line` opens with, if it opens like a footnote body: one to three digits, alone
  /// on the line (`loneNumber`), or followed by white space or by a character that is neither a
  /// digit nor punctuation ("1See"); the same in brackets ("[1] See") or before a slash ("1/ See").
  init?(_ line: some StringProtocol, loneNumber: Bool) {
    // Only a line opening with "[" or a digit may: its first byte tells most lines, with no
    // `Character` made.
    guard let first = line.utf8.first, first == UInt8(ascii: "[") || ASCIIBytes.isDigit(first)
    else { return nil }
    let bracketed = line.first == "["
    let digits = line.dropFirst(bracketed ? 1 : 0).prefix(while: \.isASCIIDigit)
    guard !digits.isEmpty, digits.count <= 3, let number = Int(digits) else { return nil }
    var after = line.dropFirst((bracketed ? 1 : 0) + digits.count)
    if bracketed {
      guard after.first == "]" else { return nil }
      after = after.dropFirst()
      style = .bracketed
    } else if after.first == "/" {
      after = after.dropFirst()
      style = .slashed
    } else {
      guard loneNumber || Self.mayFollow(after.first) else { return nil }
      style = .digits
    }
    // A marked number needs no company: "[1]" or "1/" alone on its line opens a body.
    guard style == .digits || after.isEmpty || Self.mayFollow(after.first) else { return nil }
    self.number = number
  }

  /// Whether a body's text may start with `character` right after its number: white space, or
  /// a character that is neither a digit nor punctuation ("12.5" and "3, 4" are no bodies).
  private static func mayFollow(_ character: Character?) -> Bool {
    guard let character else { return false }
    return character.isWhitespace || !character.isASCIIDigit && !character.isPunctuation
  }

  /// The text of a body's first line without its marker: "1/ See A/79/53." → "See A/79/53.".
  static func text(after line: String) -> String {
    let bracketed = line.first == "["
    var rest = line.dropFirst(bracketed ? 1 : 0).drop(while: \.isASCIIDigit)
    if rest.first == (bracketed ? "]" : "/") { rest = rest.dropFirst() }
    return rest.trimmingWhitespace()
  }
}
