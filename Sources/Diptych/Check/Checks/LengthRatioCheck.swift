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
  /// space), with ideographs, most of a Chinese text, counted without the property tables.
  static func length(of text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value != 0x20 && !(0x09...0x0D).contains(value) { count += 1 }
      } else if scalar.isHan || !scalar.properties.isWhitespace {
        count += 1
      }
    }
    return count
  }
}
