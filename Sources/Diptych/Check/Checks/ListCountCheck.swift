/// `list-count`: a list with a different number of items on each side.
struct ListCountCheck: DivergenceCheck {
  var codes: [FindingCode] { [.listCount] }

  func findings(in context: CheckContext) -> [Finding] {
    let sourceLists = ListStructure(context.alignment.source)
    let targetLists = ListStructure(context.alignment.target)
    return context.alignment.units.compactMap { unit -> Finding? in
      guard !unit.source.isEmpty, !unit.target.isEmpty else { return nil }
      let source = sourceLists.items(of: unit.source).count
      let target = targetLists.items(of: unit.target).count
      guard source != target, source + target >= 2 else { return nil }
      return context.finding(
        .listCount, .error, unit,
        "the list here has \(source) item\(source == 1 ? "" : "s") in the \(context.name(.source)) and \(target) in the \(context.name(.target))",
        facts: ["\(source)", "\(target)"])
    }
  }
}
