/// Tells closing straight quotes (") from opening ones by counting them, since the character
/// is the same both ways.
struct StraightQuoteTracker {
  private var open = false

  /// Notes a scalar of the text, in order.
  mutating func see(_ scalar: Unicode.Scalar) {
    if scalar == "\"" { open.toggle() }
  }

  /// The index after the closing quotes and brackets that start at `index`, noting the quotes.
  mutating func endOfClosers(in scalars: [Unicode.Scalar], from index: Int) -> Int {
    var end = index
    while end < scalars.count {
      let scalar = scalars[end]
      if CharacterClass.closers.contains(scalar) {
        end += 1
      } else if scalar == "\"", open {
        open = false
        end += 1
      } else if scalar == "'",
        end + 1 == scalars.count || CharacterClass.isWhitespace(scalars[end + 1])
      {
        end += 1  // a straight single quote before a space closes
      } else {
        break
      }
    }
    return end
  }
}
