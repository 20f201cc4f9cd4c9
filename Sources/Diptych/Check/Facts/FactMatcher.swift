/// Pairs the facts of two versions as a faithful translation restates them, and returns the rest.
package enum FactMatcher {
  /// The facts of each side with no counterpart on the other.
  ///
  /// Facts pair as a multiset: first by kind and value; then quantities by value across kinds
  /// ("article 60" = "第60条"); then a range against its two ends stated separately
  /// ("2009-2011" = "2009年至2011年"). Elidable facts ("one", "both", "一项") left over count only
  /// when the other side has a different number left over too.
  ///
  /// - Complexity: O(*n* · *m*) in the worst case, O(*n* + *m*) when values are distinct.
  public static func unmatched(source: [Fact], target: [Fact]) -> (source: [Fact], target: [Fact]) {
    unmatched(source: source, target: target, sourceNames: [], targetNames: [])
  }

  /// The facts of each side with no counterpart on the other, where a quantity equal to a number
  /// the other side writes inside a name or a footnote call ("Hayabusa2" = "隼鸟二号", "U 235" =
  /// "铀-235") is that name or call, not a divergence.
  ///
  /// - Parameters:
  ///   - sourceNames: the values of numbers inside names (``NameNumbers``) and footnote calls of
  /// the source.
  ///   - targetNames: the same for the target.
  public static func unmatched(
    source: [Fact], target: [Fact], sourceNames: Set<String>, targetNames: Set<String>
  ) -> (source: [Fact], target: [Fact]) {
    var state = MatchState(source: source, target: target)
    // Firm facts pair first, so "first of all" cannot take the 第一 of "第一项" from "paragraph 1":
    // two firm facts, then a firm and an elidable one, then any two.
    for firmness in [2, 1, 0] {
      let firm = { (a: Fact, b: Fact) in (a.isElidable ? 0 : 1) + (b.isElidable ? 0 : 1) >= firmness
      }
      state.pair { firm($0, $1) && $0.kind == $1.kind && $0.value == $1.value }
      state.pair { firm($0, $1) && $0.kind.isScalar && $1.kind.isScalar && $0.value == $1.value }
      // Then a conference's number with its like ("Habitat III" = 人居三), so a firm count of the
      // same value beside it ("三个独特的机会" for "a unique opportunity") is not taken for it.
      // Only a roman numeral: other elidable numbers are words ("two", 两, "first") that a firm
      // count may well translate (一分为二 for "two sides", 第一项 for "paragraph 1").
      if firmness == 2 {
        state.pair {
          $0.isElidable && $1.isElidable && $0.kind == $1.kind && $0.value == $1.value
            && ($0.text.isRomanNumeral || $1.text.isRomanNumeral)
        }
      }
    }
    state.pairCodesByNumber()
    state.pairChemicalsWithFormulas()
    state.pairCompositesWithParts()
    state.pairCompatibleDates()
    state.pairRunTogetherRanges()
    state.closeNamed(sourceNames: sourceNames, targetNames: targetNames)
    return state.leftovers()
  }
}

/// The bookkeeping of one matching: which facts of each side are still unmatched.
private struct MatchState {
  let source: [Fact]
  let target: [Fact]
  var sourceOpen: [Bool]
  var targetOpen: [Bool]

  init(source: [Fact], target: [Fact]) {
    self.source = source
    self.target = target
    sourceOpen = Array(repeating: true, count: source.count)
    targetOpen = Array(repeating: true, count: target.count)
  }

  /// Pairs each open source fact with the first open target fact `matches` accepts.
  mutating func pair(_ matches: (Fact, Fact) -> Bool) {
    var byValue: [String: [Int]] = [:]
    for index in target.indices where targetOpen[index] {
      byValue[target[index].value, default: []].append(index)
    }
    for index in source.indices where sourceOpen[index] {
      guard let candidates = byValue[source[index].value],
        let found = candidates.first(where: { targetOpen[$0] && matches(source[index], target[$0]) }
        )
      else { continue }
      sourceOpen[index] = false
      targetOpen[found] = false
    }
  }

  /// "GEO-5" against "全球环境展望-5": a code one version writes with a name of its own words, whose
  /// key is its number alone, pairs with a code ending in that number.
  mutating func pairCodesByNumber() {
    for index in source.indices where sourceOpen[index] && source[index].kind == .code {
      guard
        let found = target.indices.first(where: {
          targetOpen[$0] && target[$0].kind == .code
            && Self.sameCodeNumber(source[index].value, target[$0].value)
        })
      else { continue }
      sourceOpen[index] = false
      targetOpen[found] = false
    }
  }

  /// "UF6" against 六氟化铀, "CO2" against 二氧化碳: a formula states the counts of a chemical
  /// name as digits after its symbols. A count pairs with a formula of the other side that has it;
  /// a formula may state several (P2O5 = 五氧化二磷).
  mutating func pairChemicalsWithFormulas() {
    func close(
      _ chemicals: [Fact], _ open: inout [Bool], _ codes: [Fact], _ codesOpen: inout [Bool]
    ) {
      for index in chemicals.indices where open[index] && chemicals[index].kind == .chemical {
        guard
          let formula = codes.indices.first(where: {
            codes[$0].kind == .code
              && codes[$0].value.split(whereSeparator: { !$0.isASCIIDigit }).contains {
                $0 == chemicals[index].value
              }
          })
        else { continue }
        open[index] = false
        codesOpen[formula] = false
      }
    }
    close(source, &sourceOpen, target, &targetOpen)
    close(target, &targetOpen, source, &sourceOpen)
  }

  /// Whether one code key is a number alone and the other ends in the same number.
  private static func sameCodeNumber(_ first: String, _ second: String) -> Bool {
    let isNumber = { (key: String) in key.allSatisfy(\.isASCIIDigit) }
    guard isNumber(first) != isNumber(second) else { return false }
    let trailing = { (key: String) in
      String(key.reversed().prefix(while: \.isASCIIDigit).reversed())
    }
    return trailing(first) == trailing(second)
  }

  /// "2009-2011" on one side against "2009" and "2011" on the other, likewise date ranges;
  /// "resolution 2127 (2013)" against "2127" and "2013" read apart.
  mutating func pairCompositesWithParts() {
    // The sides are passed as arrays, not key paths: each access through a key path is a call
    // into the runtime.
    Self.pairComposite(in: source, open: &sourceOpen, against: target, otherOpen: &targetOpen)
    Self.pairComposite(in: target, open: &targetOpen, against: source, otherOpen: &sourceOpen)
  }

  private static func pairComposite(
    in facts: [Fact], open: inout [Bool], against others: [Fact], otherOpen: inout [Bool]
  ) {
    for index in facts.indices where open[index] {
      guard let allParts = Self.parts(of: facts[index]) else { continue }
      // "resolution 2118" cites "2118 (2013)" without its year, which must then be the year the
      // number says ("2118 (2043)" is a changed year).
      let isCitable =
        facts[index].kind == .resolution && allParts.count == 2
        && SecurityCouncilYears.allows(number: allParts[0].1, year: allParts[1].1)
      let candidates = isCitable ? [allParts, Array(allParts.prefix(1))] : [allParts]
      for parts in candidates where open[index] {
        pairComposite(index, parts: parts, open: &open, against: others, otherOpen: &otherOpen)
      }
    }
  }

  private static func pairComposite(
    _ index: Int, parts: [(FactKind, String)], open: inout [Bool], against others: [Fact],
    otherOpen: inout [Bool]
  ) {
    var used: [Int] = []
    for part in parts {
      guard
        let found = others.indices.first(where: { candidate in
          otherOpen[candidate] && !used.contains(candidate)
            && Self.part(part, matches: others[candidate])
        })
      else { break }
      used.append(found)
    }
    guard used.count == parts.count else { return }
    open[index] = false
    for found in used { otherOpen[found] = false }
  }

  /// "women aged 1564" against "15至64岁", "Articles 4653" against "第46-53条": text extraction
  /// lost the dash of a range and ran its ends together; the digits still agree.
  mutating func pairRunTogetherRanges() {
    Self.pairRunTogether(in: source, open: &sourceOpen, against: target, otherOpen: &targetOpen)
    Self.pairRunTogether(in: target, open: &targetOpen, against: source, otherOpen: &sourceOpen)
  }

  private static func pairRunTogether(
    in facts: [Fact], open: inout [Bool], against others: [Fact], otherOpen: inout [Bool]
  ) {
    for index in facts.indices where open[index] {
      let fact = facts[index]
      guard fact.kind.isScalar, fact.value.count >= 3, fact.value.allSatisfy(\.isASCIIDigit) else {
        continue
      }
      // "for20112012b" against "2011-2012年".
      if let range = others.indices.first(where: { candidate in
        let other = others[candidate]
        return otherOpen[candidate] && other.kind == .yearRange
          && other.value.split(separator: ".").joined() == fact.value
      }) {
        open[index] = false
        otherOpen[range] = false
        continue
      }
      let candidates = others.indices.filter { candidate in
        let other = others[candidate]
        return otherOpen[candidate] && other.kind.isScalar
          && other.value.allSatisfy(\.isASCIIDigit)
      }
      search: for first in candidates {
        for second in candidates where second > first {
          let (low, high) = (others[first].value, others[second].value)
          guard low + high == fact.value, let a = Int(low), let b = Int(high), a < b else {
            continue
          }
          open[index] = false
          otherOpen[first] = false
          otherOpen[second] = false
          break search
        }
      }
    }
  }

  /// Closes the quantities equal to a number the other side writes inside a name or a call, and
  /// the year ranges the other side ran together with a word ("for20112012b" = "2011-2012年").
  mutating func closeNamed(sourceNames: Set<String>, targetNames: Set<String>) {
    for index in source.indices
    where sourceOpen[index] && Self.isNamed(source[index], in: targetNames) {
      sourceOpen[index] = false
    }
    for index in target.indices
    where targetOpen[index] && Self.isNamed(target[index], in: sourceNames) {
      targetOpen[index] = false
    }
  }

  private static func isNamed(_ fact: Fact, in names: Set<String>) -> Bool {
    if fact.kind.isScalar { return names.contains(fact.value) }
    return fact.kind == .yearRange && names.contains(fact.value.split(separator: ".").joined())
  }

  /// A date printed without its year or day on one side ("3 December", "11月底") against the
  /// fuller date on the other: translators add or drop what the context makes plain.
  mutating func pairCompatibleDates() {
    for index in source.indices where sourceOpen[index] {
      let fact = source[index]
      guard
        let found = target.indices.first(where: {
          targetOpen[$0] && target[$0].kind == fact.kind && Self.agree(fact, target[$0])
        })
      else { continue }
      sourceOpen[index] = false
      targetOpen[found] = false
    }
  }

  /// Whether two dates, date ranges or clock times can be the same once context is supplied.
  private static func agree(_ first: Fact, _ second: Fact) -> Bool {
    switch first.kind {
    case .date:
      return datesAgree(first.value, second.value)
    case .dateRange:
      let a = first.value.split(separator: ".").map(String.init)
      let b = second.value.split(separator: ".").map(String.init)
      return a.count == 2 && b.count == 2 && datesAgree(a[0], b[0]) && datesAgree(a[1], b[1])
    case .time:
      // "6 p.m." against "6时" printed without 下午.
      return hours(first.value).map { $0 % 12 } == hours(second.value).map { $0 % 12 }
        && first.value.split(separator: ":").last == second.value.split(separator: ":").last
    default:
      return false
    }
  }

  private static func hours(_ time: String) -> Int? {
    time.split(separator: ":").first.flatMap { Int($0) }
  }

  /// Whether two date keys agree on every field both state, and at least on the month.
  private static func datesAgree(_ first: String, _ second: String) -> Bool {
    let a = fields(of: first)
    let b = fields(of: second)
    guard let monthA = a.month, monthA == b.month else { return false }
    if let yearA = a.year, let yearB = b.year, yearA != yearB { return false }
    // A year one version adds ("13 August" = 2014年8月13日) must be one a document's present can
    // be, as a year the other names by context must: 1014年8月13日 is a changed year.
    if let year = a.year ?? b.year, a.year == nil || b.year == nil,
      !ContextualYears.plausibleYears.contains(Int(year) ?? 0)
    {
      return false
    }
    if let dayA = a.day, let dayB = b.day, dayA != dayB { return false }
    return true
  }

  private static func fields(of key: String) -> (
    year: Substring?, month: Substring?, day: Substring?
  ) {
    let parts = key.split(separator: "-", omittingEmptySubsequences: false)
    // "2025-03-01", "2025-03", "--03-01" (["", "", "03", "01"]), "--09".
    if key.hasPrefix("--") {
      return (nil, parts.count > 2 ? parts[2] : nil, parts.count > 3 ? parts[3] : nil)
    }
    return (parts.first, parts.count > 1 ? parts[1] : nil, parts.count > 2 ? parts[2] : nil)
  }

  /// The facts a composite fact can be restated as: a range's ends, a resolution's number and year.
  private static func parts(of fact: Fact) -> [(FactKind, String)]? {
    switch fact.kind {
    case .yearRange, .dateRange:
      let ends = fact.value.split(separator: ".", omittingEmptySubsequences: true).map(String.init)
      guard ends.count == 2 else { return nil }
      let kind: FactKind = fact.kind == .yearRange ? .year : .date
      return ends.map { (kind, $0) }
    case .resolution:
      guard let open = fact.value.firstIndex(of: "("), fact.value.hasSuffix(")") else { return nil }
      let number = String(fact.value[..<open])
      let year = String(
        fact.value[fact.value.index(after: open)..<fact.value.index(before: fact.value.endIndex)])
      return [(.number, number), (.year, year)]
    default:
      return nil
    }
  }

  private static func part(_ part: (FactKind, String), matches fact: Fact) -> Bool {
    guard fact.value == part.1 else { return false }
    return fact.kind == part.0 || part.0.isScalar && fact.kind.isScalar
  }

  func leftovers() -> (source: [Fact], target: [Fact]) {
    let sourceLeft = Self.withoutRepeats(
      source, open: sourceOpen, otherOpen: Self.openKinds(target, targetOpen)
    ).filter { !$0.onlyAnswers }
    let targetLeft = Self.withoutRepeats(
      target, open: targetOpen, otherOpen: Self.openKinds(source, sourceOpen)
    ).filter { !$0.onlyAnswers }
    // An elidable fact left over is a rephrasing, unless the other side has another number left
    // over.
    let sourceConflicts = sourceLeft.contains { !$0.isElidable && $0.kind.isScalar }
    let targetConflicts = targetLeft.contains { !$0.isElidable && $0.kind.isScalar }
    // Elidable facts of one kind left over on both sides ("two" against 一名) disagree too, and
    // so do a formula and a chemical count ("UF6" against 一氟化铀, once 六氟化铀).
    var clashing: Set<FactKind> = []
    for first in sourceLeft where first.isElidable {
      for second in targetLeft
      where second.isElidable && Self.comparable(first.kind, second.kind)
        && Self.clash(first, second)
      {
        clashing.formUnion([first.kind, second.kind])
      }
    }
    return (
      sourceLeft.filter { !$0.isElidable || targetConflicts || clashing.contains($0.kind) },
      targetLeft.filter { !$0.isElidable || sourceConflicts || clashing.contains($0.kind) }
    )
  }

  /// Whether elidable facts of these kinds left over on both sides state the same thing.
  private static func comparable(_ first: FactKind, _ second: FactKind) -> Bool {
    first == second || Set([first, second]) == [.code, .chemical]
  }

  /// Whether two elidable facts left over disagree: "both" is no count of what 一 counts
  /// ("both sides agreed on a timetable" = 双方商定一个时间表), "bilateral" counts only parties.
  /// A code named in Chinese words ("全球环境展望-5") clashes only with a code of its shape, a
  /// name, a hyphen and a number ("GEO-5"), not with a formula ("UF6").
  private static func clash(_ first: Fact, _ second: Fact) -> Bool {
    let isBoth = { (fact: Fact) in fact.text.lowercased() == "both" }
    let isPartyCount = { (fact: Fact) in
      EnglishNumberWords.partyCounts[fact.text.lowercased()] != nil
    }
    if isPartyCount(first) || isPartyCount(second) { return false }
    // Only a formula states the counts of a chemical name ("UF6"), not a grade ("P-4").
    let isHyphenatedCode = { (fact: Fact) in
      fact.kind == .code && fact.text.unicodeScalars.contains(where: \.isDash)
    }
    if first.kind != second.kind, isHyphenatedCode(first) || isHyphenatedCode(second) {
      return false
    }
    if first.kind == .code && second.kind == .code {
      let isNamedInWords = { (fact: Fact) in fact.value.allSatisfy(\.isASCIIDigit) }
      let isHyphenated = { (fact: Fact) in fact.text.unicodeScalars.contains(where: \.isDash) }
      if isNamedInWords(first) && !isHyphenated(second)
        || isNamedInWords(second) && !isHyphenated(first)
      {
        return false
      }
    }
    return !(isBoth(first) && second.value == "1" || isBoth(second) && first.value == "1")
  }

  /// The kinds of the firm facts left open.
  private static func openKinds(_ facts: [Fact], _ open: [Bool]) -> Set<FactKind> {
    Set(facts.indices.filter { open[$0] && !facts[$0].isElidable }.map { facts[$0].kind })
  }

  /// The open facts, less those that repeat a matched fact of the same side: a translation may
  /// state once what the original repeats ("Article 19 … Article 19", "in 2015 … September 2015").
  /// Not when the other side has a fact of that kind left over too: then one of the repeats was
  /// changed ("2015 … 2015" against "2015年 … 2016年" in a list of years).
  private static func withoutRepeats(_ facts: [Fact], open: [Bool], otherOpen: Set<FactKind>)
    -> [Fact]
  {
    var matchedValues: Set<String> = []
    for index in facts.indices where !open[index] {
      let fact = facts[index]
      if fact.kind.isScalar { matchedValues.insert(repeatKey(fact)) }
      if fact.kind == .date || fact.kind == .dateRange || fact.kind == .yearRange {
        for part in fact.value.split(whereSeparator: { $0 == "-" || $0 == "." })
        where part.count == 4 {
          matchedValues.insert(String(part))
        }
      }
    }
    // Small numbers repeat too often by chance ("第二次世界大战 … 二次") to be taken for a repeat.
    return facts.indices.filter { open[$0] }.map { facts[$0] }.filter {
      !($0.kind.isScalar && $0.value.count >= 2 && matchedValues.contains(repeatKey($0))
        && !otherOpen.contains($0.kind))
    }
  }

  /// What a repeat must share with the fact it repeats: the value, and whether it is a share. A
  /// percentage and an age or a count are two facts ("10%的女童" beside "10岁"), though a count may
  /// repeat as an ordinal or a year as a date.
  private static func repeatKey(_ fact: Fact) -> String {
    fact.kind == .percentage ? "%" + fact.value : fact.value
  }
}

extension String {
  /// Whether the text is a roman numeral in capitals ("III"), as conferences are numbered.
  fileprivate var isRomanNumeral: Bool {
    !isEmpty && unicodeScalars.allSatisfy { "IVXL".unicodeScalars.contains($0) }
  }
}
