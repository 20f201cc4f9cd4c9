import ArgumentParser
import Diptych
import Foundation

/// Changes one number in the Chinese text of random faithful paragraphs, runs the whole pipeline
/// on the numbered document and counts the changed paragraphs a user would see flagged.
struct SeedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seed",
    abstract:
      "Change one number in random Chinese paragraphs and count how many get a number-mismatch "
      + "error."
  )

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Seed of the pseudo-random generator.") var seed: UInt64 = 42
  @Option(help: "How many paragraphs to change.") var count = 500
  @Flag(help: "Print every change that was not caught.") var show = false
  @Flag(help: "Pair paragraphs by their numbers instead of aligning them (the checks alone).")
  var pairedByNumbers = false

  func run() throws {
    let corpus = try corpus.load()
    let faithful = NumberedDocument(
      english: corpus.english, chinese: corpus.chinese, firstNumber: corpus.firstNumber)
    let falseErrors = Set(
      faithful.flagged(faithful.run(pairedByNumbers: pairedByNumbers), code: .numberMismatch).keys)
    // Paragraphs already flagged when faithful cannot show whether a change is caught.
    let candidates = corpus.chinese.indices.filter { index in
      !falseErrors.contains(index + corpus.firstNumber)
        && !ChineseNumberSeeder.numbers(in: corpus.chinese[index]).isEmpty
    }
    var generator = SplitMix64(seed: seed)
    var chosen = Array(candidates.shuffled(using: &generator).prefix(count))
    chosen.sort()
    var changed = corpus.chinese
    var kinds: [Int: String] = [:]
    for index in chosen {
      let numbers = ChineseNumberSeeder.numbers(in: corpus.chinese[index])
      guard let number = numbers.randomElement(using: &generator) else { continue }
      changed[index] = ChineseNumberSeeder.change(corpus.chinese[index], number, using: &generator)
      kinds[index] = number.kind
    }
    let document = NumberedDocument(
      english: corpus.english, chinese: changed, firstNumber: corpus.firstNumber)
    let flagged = document.flagged(
      document.run(pairedByNumbers: pairedByNumbers), code: .numberMismatch)
    var caught = 0
    var byKind: [String: (planted: Int, caught: Int)] = [:]
    for index in chosen {
      let isCaught = flagged[index + corpus.firstNumber] != nil
      let kind = kinds[index] ?? "?"
      byKind[kind, default: (0, 0)].planted += 1
      if isCaught {
        caught += 1
        byKind[kind, default: (0, 0)].caught += 1
      } else if show {
        print("#\(index + corpus.firstNumber) [\(kind)]")
        print("  EN: \(corpus.english[index])")
        print("  ZH: \(changed[index])")
        print("  was: \(corpus.chinese[index])")
      }
    }
    let percent = Double(caught) * 100 / Double(max(chosen.count, 1))
    print(
      "pairs: \(corpus.english.count), faithful with a false error: \(falseErrors.count), "
        + "candidates: \(candidates.count)"
    )
    print(
      "changed: \(chosen.count), caught: \(caught) (\(String(format: "%.1f", percent))%),"
        + " missed: \(chosen.count - caught)"
    )
    print(
      "by kind: "
        + byKind.sorted { $0.value.planted > $1.value.planted }
        .map { "\($0.key) \($0.value.caught)/\($0.value.planted)" }.joined(separator: ", "))
  }
}
