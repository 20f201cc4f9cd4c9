/// `unit-merged`: paragraphs the translator merged or split (an n:m unit other than 1:1).
struct UnitMergedCheck: DivergenceCheck {
  var codes: [FindingCode] { [.unitMerged] }

  func findings(in context: CheckContext) -> [Finding] {
    context.alignment.units.compactMap { unit -> Finding? in
      guard !unit.source.isEmpty, !unit.target.isEmpty,
        unit.source.count > 1 || unit.target.count > 1,
        // Numbered paragraphs whose numbers pair them were grouped by the aligner, not merged.
        !context.pairsByNumbers(unit)
      else { return nil }
      let source = context.name(.source)
      let target = context.name(.target)
      let message: String
      if unit.target.count == 1 {
        message =
          "\(unit.source.count) \(source) blocks are one \(target) block (merged in translation)"
      } else if unit.source.count == 1 {
        message =
          "one \(source) block is \(unit.target.count) \(target) blocks (split in translation)"
      } else {
        message =
          "\(unit.source.count) \(source) blocks correspond to \(unit.target.count) \(target) "
          + "blocks"
      }
      return context.finding(.unitMerged, .warning, unit, message)
    }
  }
}
