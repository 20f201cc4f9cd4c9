/// Repairs damage that text extraction does to single characters: control characters, soft
/// hyphens, ligatures, and stray spaces at the start of a line.
enum CharacterRepairer {
  private static let ligatures: [Character: String] = [
    "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
    "\u{FB05}": "st", "\u{FB06}": "st",
  ]

  /// The line with character damage repaired, and the repairs made.
  static func repair(_ line: SourceLine) -> (text: String, repairs: [Repair]) {
    repairBytes(line) ?? repairCharacters(line)
  }

  /// `repair` by `Character`s, for any line: the reference the byte-level repairs match.
  static func repairCharacters(_ line: SourceLine) -> (text: String, repairs: [Repair]) {
    var repairs: [Repair] = []
    var output = ""
    // Printable ASCII has no soft hyphens, ligatures or controls: only its edges need a look.
    let plainASCII = line.text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    if plainASCII { output = line.text }
    for character in plainASCII ? "" : line.text {
      if character == "\u{00AD}" {
        repairs.append(
          Repair(kind: .softHyphen, line: line.number, original: "\u{00AD}", replacement: ""))
      } else if let expansion = ligatures[character] {
        repairs.append(
          Repair(
            kind: .ligature, line: line.number, original: String(character), replacement: expansion)
        )
        output += expansion
      } else if character.unicodeScalars.allSatisfy({ isControl($0) }) {
        repairs.append(
          Repair(
            kind: .controlCharacter, line: line.number, original: String(character),
            replacement: character == "\t" ? " " : ""))
        if character == "\t" { output.append(" ") }
      } else {
        output.append(character)
      }
    }
    // Only a line of running text has stray leading spaces; an indented empty line is just empty.
    let leading = output.prefix { $0 == " " || $0 == "\u{3000}" }
    if !leading.isEmpty, leading.count < output.count {
      repairs.append(
        Repair(kind: .leadingSpace, line: line.number, original: String(leading), replacement: ""))
      output.removeFirst(leading.count)
    }
    while output.last == " " { output.removeLast() }
    return (output, repairs)
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x200B, 0xFEFF, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }
}
