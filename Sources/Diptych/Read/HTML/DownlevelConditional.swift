/// Word's "downlevel-revealed" conditional comments, `<![if !supportFootnotes]>` … `<![endif]>`:
/// a browser shows what they enclose and not the markers, but libxml2 reads the markers as text.
enum DownlevelConditional {
  /// A marker is short and holds no tag: `<![if !supportLists]>`, `<![endif]>`.
  private static let longestMarker = 80

  /// `text` without the markers; text without `<![` is returned as it is.
  static func removingMarkers(_ text: String) -> String {
    guard text.contains("<![") else { return text }
    let characters = Array(text)
    var result = ""
    var index = 0
    while index < characters.count {
      if let end = markerEnd(characters, at: index) {
        index = end
      } else {
        result.append(characters[index])
        index += 1
      }
    }
    return result
  }

  /// The index after the marker starting at `start`, if one does.
  private static func markerEnd(_ characters: [Character], at start: Int) -> Int? {
    let opening: [Character] = ["<", "!", "["]
    guard characters[start...].starts(with: opening) else { return nil }
    let body = characters[(start + 3)...].prefix(longestMarker)
    guard body.starts(with: ["i", "f"]) || body.starts(with: ["e", "n", "d", "i", "f"]) else {
      return nil
    }
    for index in body.indices.dropLast() {
      if body[index] == "<" { return nil }
      if body[index] == "]" && body[index + 1] == ">" { return index + 2 }
    }
    return nil
  }
}
