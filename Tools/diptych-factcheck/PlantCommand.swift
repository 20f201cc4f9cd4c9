import ArgumentParser
import Diptych
import Foundation

/// Plants one changed number in clean pairs and counts how many the matcher catches.
struct PlantCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plant",
    abstract: "Change one number in random faithful pairs and count how many are caught.")

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Seed of the pseudo-random generator.") var seed: UInt64 = 42
  @Option(help: "How many pairs to change.") var count = 500
  @Flag(help: "Print every change that was not caught.") var show = false

  func run() throws {
    let corpus = try corpus.load()
    var generator = SplitMix64(seed: seed)
    let checks = zip(corpus.english, corpus.chinese).map { PairCheck(english: $0, chinese: $1) }
    // Clean pairs only, so a finding can only come from the planted change.
    let candidates = checks.indices.filter {
      checks[$0].isClean && !(checks[$0].english.isEmpty && checks[$0].chinese.isEmpty)
    }
    var planted = 0
    var caught = 0
    var attempts = 0
    var missed: [String] = []
    while planted < count, attempts < count * 50 {
      attempts += 1
      let changeEnglish = planted % 2 == 0
      guard let index = candidates.randomElement(using: &generator) else { break }
      let facts = changeEnglish ? checks[index].english : checks[index].chinese
      guard let fact = facts.randomElement(using: &generator) else { continue }
      let original = changeEnglish ? corpus.english[index] : corpus.chinese[index]
      guard let changed = NumberPlanter.plant(in: original, fact: fact, using: &generator),
        changed != original
      else {
        continue
      }
      planted += 1
      let check =
        changeEnglish
        ? PairCheck(english: changed, chinese: corpus.chinese[index])
        : PairCheck(english: corpus.english[index], chinese: changed)
      if check.isClean {
        missed.append("#\(index + 1) \(changeEnglish ? "EN" : "ZH") \(fact.text)\n  \(changed)")
      } else {
        caught += 1
      }
    }
    if show { for line in missed { print(line) } }
    let percent = Double(caught) * 100 / Double(max(planted, 1))
    print("clean pairs with facts: \(candidates.count)")
    print(
      "planted: \(planted), caught: \(caught) (\(String(format: "%.1f", percent))%),"
        + " missed: \(planted - caught)"
    )
  }
}
