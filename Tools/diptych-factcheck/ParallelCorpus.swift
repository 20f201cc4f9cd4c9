import Diptych
import Foundation

/// Line-aligned English and Chinese sentences.
struct ParallelCorpus {
  var english: [String]
  var chinese: [String]
  /// The number of the first pair in the whole corpus (pairs keep their numbers in a slice).
  var firstNumber = 1

  init(english: [String], chinese: [String]) {
    self.english = english
    self.chinese = chinese
  }

  init(englishPath: String, chinesePath: String) throws {
    english = try Self.lines(englishPath)
    chinese = try Self.lines(chinesePath)
    guard english.count == chinese.count else {
      throw ValidationErrorMessage(
        "\(englishPath) has \(english.count) lines, \(chinesePath) has \(chinese.count)")
    }
  }

  /// The pairs numbered `numbers` (from 1), keeping their numbers.
  func slice(_ numbers: ClosedRange<Int>) -> ParallelCorpus {
    var part = self
    part.english = Array(english[(numbers.lowerBound - 1)...(numbers.upperBound - 1)])
    part.chinese = Array(chinese[(numbers.lowerBound - 1)...(numbers.upperBound - 1)])
    part.firstNumber = numbers.lowerBound
    return part
  }

  private static func lines(_ path: String) throws -> [String] {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// The facts of one pair and those left unmatched.
struct PairCheck {
  var english: [Fact]
  var chinese: [Fact]
  var unmatchedEnglish: [Fact]
  var unmatchedChinese: [Fact]

  init(english englishText: String, chinese chineseText: String) {
    english = FactExtractor.facts(in: englishText, language: .english)
    chinese = FactExtractor.facts(in: chineseText, language: .simplifiedChinese)
    let englishNames = NameNumbers.counts(in: englishText)
    let chineseNames = NameNumbers.counts(in: chineseText)
    (unmatchedEnglish, unmatchedChinese) = FactMatcher.unmatched(
      source: english, target: chinese,
      sourceNames: NameNumbers.surplus(of: englishNames, over: chineseNames),
      targetNames: NameNumbers.surplus(of: chineseNames, over: englishNames))
  }

  var isClean: Bool { unmatchedEnglish.isEmpty && unmatchedChinese.isEmpty }
}

struct ValidationErrorMessage: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
