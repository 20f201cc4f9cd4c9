/// Folds full-width ASCII forms to ASCII, for comparing text, never for changing it.
///
/// "２０２１" and "2021" fold alike, so numbers can be compared across an English text and a
/// Chinese one. Each scalar folds to exactly one scalar: offsets into the folded text are
/// offsets into the original.
package enum WidthFolding {
  /// `text` with U+FF01–U+FF5E (！ to ～) as U+0021–U+007E and the ideographic space U+3000 as
  /// a space; everything else unchanged.
  public static func folded(_ text: some StringProtocol) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { result.append(folded(scalar)) }
    return String(result)
  }

  /// `scalar` folded to ASCII if it is a full-width ASCII form or the ideographic space.
  public static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
    case 0x3000: " "
    default: scalar
    }
  }
}
