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
    switch line.utf8.withContiguousStorageIfAvailable({ Self.read($0, loneNumber: loneNumber) }) {
    case .marker(let number, let style)?: self.init(number: number, style: style)
    case .noMarker?: return nil
    case .undecided?, nil: self.init(characters: line, loneNumber: loneNumber)
    }
  }

  /// What ``read(_:loneNumber:)`` tells from a line's bytes.
  private enum ByteAnswer {
    case marker(Int, Style)
    case noMarker
    /// A byte past ASCII where a character decides: the characters must tell.
    case undecided
  }

  /// ``init(characters:loneNumber:)`` read from the bytes of the line, where every byte it looks
  /// at, and the byte after each, is ASCII: each is then a character of its own.
  private static func read(_ bytes: UnsafeBufferPointer<UInt8>, loneNumber: Bool) -> ByteAnswer {
    /// Whether the byte at `index` is a character of its own: it and the next are ASCII, and
    /// it is no CR (which an LF joins).
    func isCharacter(_ index: Int) -> Bool {
      bytes[index] < 0x80 && bytes[index] != 0x0D
        && (index + 1 == bytes.count || bytes[index + 1] < 0x80)
    }
    /// `mayFollow` of the character at `index`, nil where the characters must tell.
    func mayFollow(at index: Int) -> Bool? {
      guard index < bytes.count else { return false }
      guard isCharacter(index) else { return nil }
      return Self.mayFollow(Character(Unicode.Scalar(bytes[index])))
    }
    guard !bytes.isEmpty, isCharacter(0) else { return .undecided }
    let bracketed = bytes[0] == UInt8(ascii: "[")
    var index = bracketed ? 1 : 0
    var number = 0
    while index < bytes.count, ASCIIBytes.isDigit(bytes[index]) {
      guard isCharacter(index) else { return .undecided }
      // Wrapping: a run of more digits than an Int holds is no marker (count > 3), not a trap.
      number = number &* 10 &+ Int(bytes[index] - 0x30)
      index += 1
    }
    let count = index - (bracketed ? 1 : 0)
    guard count >= 1, count <= 3 else { return .noMarker }
    let style: Style
    if bracketed {
      guard index < bytes.count, bytes[index] == UInt8(ascii: "]") else {
        return index < bytes.count && bytes[index] >= 0x80 ? .undecided : .noMarker
      }
      guard isCharacter(index) else { return .undecided }
      index += 1
      style = .bracketed
    } else if index < bytes.count, bytes[index] == UInt8(ascii: "/") {
      guard isCharacter(index) else { return .undecided }
      index += 1
      style = .slashed
    } else {
      if !loneNumber {
        guard let follows = mayFollow(at: index) else { return .undecided }
        guard follows else { return .noMarker }
      }
      style = .digits
    }
    if style != .digits, index < bytes.count {
      guard let follows = mayFollow(at: index) else { return .undecided }
      guard follows else { return .noMarker }
    }
    return .marker(number, style)
  }

  /// ``init(_:loneNumber:)`` by `Character`s: the reference the reading of bytes matches.
  init?(characters line: some StringProtocol, loneNumber: Bool) {
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
