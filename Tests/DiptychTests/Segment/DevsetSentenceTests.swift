import Diptych
import Foundation
import Testing

/// The UN devset has one sentence per line, nearly always: lines the splitter cuts are mostly
/// its mistakes. The limits are the measured figures with a little room, so a regression shows.
@Suite struct DevsetSentenceTests {
  static func linesSplit(_ language: String, as code: Language) throws -> (
    split: [String], total: Int
  ) {
    let lines = try RealText.devset(language)
    let split = lines.filter { SentenceSplitter.sentences(in: $0, language: code).count > 1 }
    // To read the cut lines: DIPTYCH_SPLITS_DIR=/tmp swift test --filter DevsetSentenceTests
    if let directory = ProcessInfo.processInfo.environment["DIPTYCH_SPLITS_DIR"] {
      let listing = split.map { line in
        SentenceSplitter.sentences(in: line, language: code).map(\.text).joined(separator: " ‖ ")
      }
      try listing.joined(separator: "\n").write(
        toFile: directory + "/devset-splits.\(language).txt", atomically: true, encoding: .utf8)
    }
    print(
      "devset.\(language): \(split.count) of \(lines.count) lines split into more than one sentence"
    )
    return (split, lines.count)
  }

  /// Joins consecutive devset lines that end with a stop, and counts the joins the splitter
  /// finds again exactly: how often it misses a real sentence end.
  static func joinsFound(_ language: String, as code: Language, separator: String) throws -> (
    found: Int, joins: Int, missed: [String]
  ) {
    let lines = try RealText.devset(language)
    let stops: Set<Character> = code.isChinese ? ["。", "！", "？"] : [".", "!", "?"]
    var joins = 0
    var missed: [String] = []
    for (first, second) in zip(lines, lines.dropFirst()) {
      guard let last = first.last, stops.contains(last) else { continue }
      if !code.isChinese, let initial = second.unicodeScalars.first,
        !initial.properties.isUppercase,
        !("0"..."9").contains(initial)
      {
        continue
      }
      joins += 1
      let joined = first + separator + second
      let expected =
        SentenceSplitter.sentences(in: first, language: code)
        + SentenceSplitter.sentences(in: second, language: code).map { sentence in
          Sentence(
            text: sentence.text,
            offset: sentence.offset + first.unicodeScalars.count + separator.unicodeScalars.count)
        }
      if SentenceSplitter.sentences(in: joined, language: code) != expected {
        missed.append(joined)
      }
    }
    if let directory = ProcessInfo.processInfo.environment["DIPTYCH_SPLITS_DIR"] {
      try missed.joined(separator: "\n").write(
        toFile: directory + "/devset-missed-joins.\(language).txt", atomically: true,
        encoding: .utf8)
    }
    print("devset.\(language): \(joins - missed.count) of \(joins) joined sentence ends found")
    return (joins - missed.count, joins, missed)
  }

  @Test func englishSentenceEndsBetweenJoinedDevsetLinesAreFound() throws {
    // Measured: 2,863 of 2,863.
    let (found, joins, missed) = try Self.joinsFound("en", as: .english, separator: " ")
    #expect(joins > 2800)
    #expect(found * 1000 >= joins * 998, "missed: \(missed.prefix(3))")
  }

  @Test func chineseSentenceEndsBetweenJoinedDevsetLinesAreFound() throws {
    // Measured: 2,838 of 2,839; the miss is a devset line that starts with "，".
    let (found, joins, missed) = try Self.joinsFound("zh", as: .simplifiedChinese, separator: "")
    #expect(joins > 2800)
    #expect(found * 1000 >= joins * 998, "missed: \(missed.prefix(3))")
  }

  @Test func englishDevsetLinesAreMostlyOneSentence() throws {
    // Measured: 0 of 4,000 (the lines hold "Mr.", "H.E.", "St. Croix", "v.", "51. The …").
    let (split, total) = try Self.linesSplit("en", as: .english)
    #expect(total == 4000)
    #expect(split.count <= 4, "split: \(split.prefix(4))")
  }

  @Test func chineseDevsetLinesAreMostlyOneSentence() throws {
    // Measured: 71 of 4,000, every cut after a semicolon between clauses ("…问题； ‖ 国际法协会认为…").
    let (split, total) = try Self.linesSplit("zh", as: .simplifiedChinese)
    #expect(total == 4000)
    #expect(split.count <= 80)
    for line in split {
      let sentences = SentenceSplitter.sentences(in: line, language: .simplifiedChinese)
      let cuts = sentences.dropLast().compactMap { $0.text.unicodeScalars.last }
      #expect(cuts.allSatisfy { $0 == "\u{FF1B}" || $0 == ";" }, "\(sentences.map(\.text))")
    }
  }
}
