/// `untranslated`: a target unit still in the source language, or identical to the source.
struct UntranslatedCheck: DivergenceCheck {
  var codes: [FindingCode] { [.untranslated] }

  func findings(in context: CheckContext) -> [Finding] {
    let sourceLanguage = context.alignment.source.language
    var findings: [Finding] = []
    for unit in context.alignment.units where !unit.source.isEmpty && !unit.target.isEmpty {
      for part in context.parts(of: unit) {
        let source = part.source.map { context.alignment.source.blocks[$0].text }.joined(
          separator: " ")
        let target = part.target.map { context.alignment.target.blocks[$0].text }.joined(
          separator: " ")
        // Symbols, names and numbers are legitimately the same in both versions.
        guard Self.hasLetters(target, atLeast: 20) else { continue }
        let message: String
        // A target with two ideographs or more is not still in English, even with Latin names
        // and titles in it ("Prithivi Dass Bissessur先生(毛里求斯)"). That is asked before its
        // language: it spares reading most Chinese lines for their script counts.
        if Self.sameScripts(source, target), normalized(source) == normalized(target) {
          message = "the \(context.name(.target)) text is identical to the \(context.name(.source))"
        } else if sourceLanguage.isChinese || !Self.hasHan(target, atLeast: 2),
          let detected = LanguageDetector.detect(target),
          detected.isChinese == sourceLanguage.isChinese
        {
          message = "the \(context.name(.target)) text is still in \(context.name(.source))"
        } else {
          continue
        }
        findings.append(
          context.finding(
            .untranslated, .error, unit, message, sourceBlocks: part.source,
            targetBlocks: part.target))
      }
    }
    return findings
  }

  /// Whether `text` has at least `count` letters, read no further than needed. Scalars that are
  /// characters of their own are read without `Character` look-ups (a character is a letter when
  /// its first scalar is alphabetic); any other sends the text through ``charactersHaveLetters``.
  private static func hasLetters(_ text: String, atLeast count: Int) -> Bool {
    var letters = 0
    for scalar in text.unicodeScalars {
      guard UnicodeScalars.isStandalone(scalar) else {
        return charactersHaveLetters(text, atLeast: count)
      }
      let value = scalar.value
      let isLetter =
        value < 0x80
        ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        : (0x4E00...0x9FFF).contains(value) || scalar.properties.isAlphabetic
      if isLetter {
        letters += 1
        if letters >= count { return true }
      }
    }
    return false
  }

  /// ``hasLetters(_:atLeast:)`` told by `Character` properties.
  private static func charactersHaveLetters(_ text: String, atLeast count: Int) -> Bool {
    var letters = 0
    for character in text where character.isLetter {
      letters += 1
      if letters >= count { return true }
    }
    return false
  }

  /// Whether `text` has at least `count` Chinese ideographs, read no further than needed.
  private static func hasHan(_ text: String, atLeast count: Int) -> Bool {
    var found = 0
    for scalar in text.unicodeScalars where scalar.isHan {
      found += 1
      if found >= count { return true }
    }
    return false
  }

  /// Whether both texts have Chinese ideographs or neither has: texts that differ in that
  /// cannot be identical, and most pairs are told apart without normalizing them.
  private static func sameScripts(_ source: String, _ target: String) -> Bool {
    hasHan(source, atLeast: 1) == hasHan(target, atLeast: 1)
  }

  private func normalized(_ text: String) -> String {
    String(text.lowercased().filter { !$0.isWhitespace && !$0.isPunctuation })
  }
}
