/// `untranslated`: a target unit still in the source language, or identical to the source.
struct UntranslatedCheck: DivergenceCheck {
  var codes: [FindingCode] { [.untranslated] }

  func findings(in context: CheckContext) -> [Finding] {
    let sourceLanguage = context.alignment.source.language
    return context.alignment.units.compactMap { unit -> Finding? in
      guard !unit.source.isEmpty, !unit.target.isEmpty else { return nil }
      let source = context.blocks(of: unit, .source).map(\.text).joined(separator: " ")
      let target = context.blocks(of: unit, .target).map(\.text).joined(separator: " ")
      let letters = target.filter { $0.isLetter }.count
      // Symbols, names and numbers are legitimately the same in both versions.
      guard letters >= 20 else { return nil }
      if normalized(source) == normalized(target) {
        return context.finding(.untranslated, .error, unit, "the \(context.name(.target)) text is identical to the \(context.name(.source))")
      }
      if let detected = LanguageDetector.detect(target), detected.isChinese == sourceLanguage.isChinese {
        return context.finding(
          .untranslated, .error, unit, "the \(context.name(.target)) text is still in \(context.name(.source))")
      }
      return nil
    }
  }

  private func normalized(_ text: String) -> String {
    String(text.lowercased().filter { !$0.isWhitespace && !$0.isPunctuation })
  }
}
