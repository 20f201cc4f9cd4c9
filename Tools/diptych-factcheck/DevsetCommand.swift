import ArgumentParser
import Diptych
import Foundation

/// Counts the pairs of a faithful corpus with any unmatched fact.
struct DevsetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "devset",
    abstract: "Count pairs with unmatched numeric facts (false alarms on a faithful corpus).")

  @OptionGroup var corpus: CorpusOptions

  @Flag(help: "Print every pair with an unmatched fact.")
  var show = false

  func run() throws {
    let corpus = try corpus.load()
    let clock = ContinuousClock()
    var flagged = 0
    var factCount = 0
    var kinds: [FactKind: Int] = [:]
    var checks: [PairCheck] = []
    let elapsed = clock.measure {
      checks = zip(corpus.english, corpus.chinese).map { PairCheck(english: $0, chinese: $1) }
    }
    for (index, check) in checks.enumerated() {
      factCount += check.english.count + check.chinese.count
      for fact in check.english + check.chinese { kinds[fact.kind, default: 0] += 1 }
      guard !check.isClean else { continue }
      flagged += 1
      if show {
        print("#\(index + 1)")
        print("  EN: \(corpus.english[index])")
        print("  ZH: \(corpus.chinese[index])")
        print("  EN only: \(check.unmatchedEnglish.map(\.description).joined(separator: "; "))")
        print("  ZH only: \(check.unmatchedChinese.map(\.description).joined(separator: "; "))")
      }
    }
    let withFacts = checks.filter { !$0.english.isEmpty || !$0.chinese.isEmpty }.count
    let percent = Double(flagged) * 100 / Double(max(checks.count, 1))
    print("pairs: \(checks.count), with facts: \(withFacts), facts: \(factCount)")
    print(
      "by kind: "
        + kinds.sorted { $0.value > $1.value }.map { "\($0.key.rawValue) \($0.value)" }.joined(
          separator: ", "))
    print("pairs with an unmatched fact: \(flagged) (\(String(format: "%.2f", percent))%)")
    print("extraction and matching time: \(elapsed)")
  }
}

/// Prints the facts of one English and one Chinese text.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print the facts of a pair of texts.")

  @Argument(help: "English text.") var english: String
  @Argument(help: "Chinese text.") var chinese: String

  func run() {
    let check = PairCheck(english: english, chinese: chinese)
    print("EN: " + check.english.map(\.description).joined(separator: "; "))
    print("ZH: " + check.chinese.map(\.description).joined(separator: "; "))
    print("EN only: " + check.unmatchedEnglish.map(\.description).joined(separator: "; "))
    print("ZH only: " + check.unmatchedChinese.map(\.description).joined(separator: "; "))
  }
}
