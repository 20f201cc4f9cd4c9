/// Escaping for text and attribute values in HTML.
enum HTMLEscaping {
  /// The text with `& < > " '` escaped and control characters (form feeds from PDF page breaks,
  /// stray C0/C1 codes), which HTML forbids, replaced by spaces.
  static func escape(_ text: some StringProtocol) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      append(scalar, to: &result)
    }
    return result
  }

  /// Appends one scalar, escaped.
  static func append(_ scalar: Unicode.Scalar, to result: inout String) {
    switch scalar {
    case "&": result += "&amp;"
    case "<": result += "&lt;"
    case ">": result += "&gt;"
    case "\"": result += "&quot;"
    case "'": result += "&#39;"
    case "\n", "\t": result.unicodeScalars.append(scalar)
    default:
      if scalar.properties.generalCategory == .control {
        result += " "
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
}
