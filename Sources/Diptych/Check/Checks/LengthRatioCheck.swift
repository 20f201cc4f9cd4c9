/// `length-ratio`: a 1:1 unit far outside the length ratio calibrated on official UN text — a
/// sign of an omission or an addition.
struct LengthRatioCheck: DivergenceCheck {
  var codes: [FindingCode] { [.lengthRatio] }

  /// Units shorter than this (non-space characters of the source) are too short to judge.
  static let minimumSourceLength = 80
  /// How far beyond the 5th and 95th percentiles of sentence pairs a paragraph must fall.
  static let tolerance = 1.8

  func findings(in context: CheckContext) -> [Finding] {
    context.alignment.units.compactMap { unit -> Finding? in
      guard unit.source.count == 1, unit.target.count == 1 else { return nil }
      let source = context.blocks(of: unit, .source)[0]
      let target = context.blocks(of: unit, .target)[0]
      guard source.kind.isBody, target.kind.isBody else { return nil }
      let sourceLength = source.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
      let targetLength = target.text.unicodeScalars.filter { !$0.properties.isWhitespace }.count
      guard sourceLength >= Self.minimumSourceLength else { return nil }
      let ratio = Double(targetLength) / Double(sourceLength)
      let low = LengthCalibration.ratioP05 / Self.tolerance
      let high = LengthCalibration.ratioP95 * Self.tolerance
      guard ratio < low || ratio > high else { return nil }
      let expected = LengthCalibration.meanRatio * Double(sourceLength)
      let what = ratio < low ? "much shorter" : "much longer"
      return context.finding(
        .lengthRatio, .warning, unit,
        "the \(context.name(.target)) is \(what) than expected: \(targetLength) characters for \(sourceLength) (about \(Int(expected.rounded())) expected); part may be missing or added",
        facts: ["\(sourceLength)", "\(targetLength)"])
    }
  }
}
