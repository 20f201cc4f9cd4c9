/// `list-count`: a list with a different number of items on each side.
///
/// An item the alignment leaves without a counterpart is already `unit-missing`: the lists are
/// compared without such items, so one dropped item is reported once, where it is.
struct ListCountCheck: DivergenceCheck {
  var codes: [FindingCode] { [.listCount] }

  func findings(in context: CheckContext) -> [Finding] {
    let sourceLists = ListStructure(context.alignment.source)
    let targetLists = ListStructure(context.alignment.target)
    var sourceAlone = Set<Int>()
    var targetAlone = Set<Int>()
    for unit in context.alignment.units {
      if unit.target.isEmpty { sourceAlone.formUnion(unit.source) }
      if unit.source.isEmpty { targetAlone.formUnion(unit.target) }
    }
    return context.alignment.units.compactMap { unit -> Finding? in
      guard !unit.source.isEmpty, !unit.target.isEmpty else { return nil }
      let sourceItems = sourceLists.items(of: unit.source)
      let targetItems = targetLists.items(of: unit.target)
      let source = sourceItems.count
      let target = targetItems.count
      guard source != target, source + target >= 2 else { return nil }
      let pairedSource = sourceItems.count { !sourceAlone.contains($0) }
      let pairedTarget = targetItems.count { !targetAlone.contains($0) }
      guard pairedSource != pairedTarget else { return nil }
      return context.finding(
        .listCount, .error, unit,
        "the list here has \(source) item\(source == 1 ? "" : "s") in the \(context.name(.source))"
          + " and \(target) in the \(context.name(.target))",
        facts: ["\(source)", "\(target)"])
    }
  }
}
