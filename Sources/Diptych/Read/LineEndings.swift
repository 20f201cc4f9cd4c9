/// Line-ending normalisation: every later stage sees LF only.
enum LineEndings {
  /// `scalars` with CRLF and lone CR replaced by LF.
  static func normalized(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var result = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in scalars {
      if scalar == "\r" {
        result.append("\n")
        previousWasCR = true
        continue
      }
      // The LF of a CRLF pair was already written when the CR was seen.
      if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
      previousWasCR = false
    }
    return String(result)
  }
}
