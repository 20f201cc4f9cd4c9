/// `length-ratio`: a paragraph far outside the length ratio calibrated on official UN text — a
/// sign of an omission or an addition. Judged on 1:1 units and on numbered paragraphs the
/// aligner grouped although their numbers pair them.
struct LengthRatioCheck: DivergenceCheck {
  var codes: [FindingCode] { [.lengthRatio] }

  /// Units shorter than this (non-space characters of the source) are too short to judge.
  static let minimumSourceLength = 80
  /// How far beyond the 5th and 95th percentiles of sentence pairs a paragraph must fall.
  static let tolerance = 1.8

  func findings(in context: CheckContext) -> [Finding] {
    var findings: [Finding] = []
    for unit in context.alignment.units {
      let parts =
        unit.source.count == 1 && unit.target.count == 1
        ? [(source: unit.source, target: unit.target)]
        : context.pairsByNumbers(unit) ? context.parts(of: unit) : []
      for part in parts {
        let source = context.alignment.source.blocks[part.source[0]]
        let target = context.alignment.target.blocks[part.target[0]]
        if let finding = finding(source, target, unit, part, context) { findings.append(finding) }
      }
    }
    return findings
  }

  private func finding(
    _ source: Block, _ target: Block, _ unit: AlignmentUnit, _ part: (source: [Int], target: [Int]),
    _ context: CheckContext
  ) -> Finding? {
    guard source.kind.isBody, target.kind.isBody else { return nil }
    let sourceLength = Self.length(of: source.text)
    guard sourceLength >= Self.minimumSourceLength else { return nil }
    let targetLength = Self.length(of: target.text)
    let ratio = Double(targetLength) / Double(sourceLength)
    let low = LengthCalibration.ratioP05 / Self.tolerance
    let high = LengthCalibration.ratioP95 * Self.tolerance
    guard ratio < low || ratio > high else { return nil }
    let expected = LengthCalibration.meanRatio * Double(sourceLength)
    let what = ratio < low ? "much shorter" : "much longer"
    return context.finding(
      .lengthRatio, .warning, unit,
      "the \(context.name(.target)) is \(what) than expected: \(targetLength) characters for "
        + "\(sourceLength) (about \(Int(expected.rounded())) expected); part may be missing or "
        + "added",
      facts: ["\(sourceLength)", "\(targetLength)"], sourceBlocks: part.source,
      targetBlocks: part.target)
  }

  /// The length the aligner measures (``LengthModel/length(of:)``: scalars that are not white
  /// space), counted on the UTF-8 bytes: one lead byte a scalar, less the 25 White_Space scalars.
  static func length(of text: String) -> Int {
    var text = text
    return text.withUTF8 { bytes in
      var count = 0
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          if byte != 0x20 && !(0x09...0x0D).contains(byte) { count += 1 }
          index += 1
          continue
        }
        let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        if !isWhitespace(bytes, at: index, width: width) { count += 1 }
        index += width
      }
      return count
    }
  }

  /// Whether the non-ASCII scalar at `index` is white space: U+0085, U+00A0, U+1680,
  /// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F or U+3000.
  private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int)
    -> Bool
  {
    guard index + width <= bytes.count else { return false }
    let first = bytes[index]
    let second = bytes[index + 1]
    switch (first, width) {
    case (0xC2, 2): return second == 0x85 || second == 0xA0
    case (0xE1, 3): return second == 0x9A && bytes[index + 2] == 0x80
    case (0xE2, 3):
      let third = bytes[index + 2]
      if second == 0x80 {
        return (0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF
      }
      return second == 0x81 && third == 0x9F
    case (0xE3, 3): return second == 0x80 && bytes[index + 2] == 0x80
    default: return false
    }
  }
}
