import Foundation
import Testing

@testable import Diptych

/// The `corpus/footnotes-*` entries (`Tools/make-footnote-corpus.py`): one document pair whose
/// footnotes are printed as PDF superscript digits, as "[1]" calls and bodies (text saved from
/// HTML), and in the older UN "1/" style. Whichever the convention, the same document model and
/// the same findings.
@Suite struct FootnoteConventionCorpusTests {
  static let conventions = ["bracketed", "slash"]
  static let reference = "footnotes-superscript"

  private func pair(_ entry: String) throws -> DocumentPair {
    try DocumentReader.readPair(
      source: Corpus.path(entry, "en.txt"), target: Corpus.path(entry, "zh.txt"))
  }

  /// The blocks with each call's marker blanked: the marker is the one thing a convention
  /// changes ("1", "[1]", "1/").
  private func model(_ document: Document) -> [Block] {
    document.blocks.map { block in
      var block = block
      block.footnoteReferences = block.footnoteReferences.map {
        FootnoteReference(number: $0.number, offset: $0.offset, marker: "")
      }
      return block
    }
  }

  @Test func theSuperscriptVersionHasEveryCallAndBody() throws {
    let pair = try pair(Self.reference)
    #expect(pair.source.footnoteReferences.map(\.reference.number) == [1, 2, 3, 4, 5])
    #expect(pair.target.footnoteReferences.map(\.reference.number) == [1, 2, 4, 5])
    #expect(pair.source.footnoteBodies.keys.sorted() == [1, 2, 3, 4, 5])
    #expect(pair.target.footnoteBodies.keys.sorted() == [1, 2, 3, 4, 5])
  }

  @Test(arguments: conventions) func theDocumentModelIsTheSuperscriptOne(convention: String)
    throws
  {
    let reference = try pair(Self.reference)
    let converted = try pair("footnotes-\(convention)")
    for side in [Side.source, .target] {
      let expected = model(side == .source ? reference.source : reference.target)
      let found = model(side == .source ? converted.source : converted.target)
      #expect(found.count == expected.count, "\(side)")
      for (block, wanted) in zip(found, expected) {
        #expect(block == wanted, "\(side) \(block.id)")
      }
    }
  }

  @Test(arguments: conventions) func checkFindsTheSameDivergences(convention: String) throws {
    let expected = Pipeline().run(try pair(Self.reference)).findings
    let found = Pipeline().run(try pair("footnotes-\(convention)")).findings
    #expect(found == expected)
  }

  @Test(arguments: [reference] + conventions.map { "footnotes-\($0)" })
  func theDroppedCallIsFoundWhereItIs(entry: String) throws {
    let findings = Pipeline().run(try pair(entry)).findings
    let expected = try String(contentsOfFile: Corpus.path(entry, "expected.txt"), encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let missing = findings.filter { $0.code == .footnoteMissing }
      .map { "\($0.code.rawValue) \($0.sourceLines?.first ?? 0)" }
    #expect(missing == expected)
  }

  @Test(arguments: [reference] + conventions.map { "footnotes-\($0)" })
  func theDroppedCallIsNamedByItsNumber(entry: String) throws {
    let findings = Pipeline().run(try pair(entry)).findings
    #expect(findings.map(\.message) == ["English footnote 3 has no Chinese counterpart"])
  }
}

/// The seed submission (real PDF text) with its calls printed "[1]" or "1/"
/// (`corpus/footnotes-seed-*`): the seed's blocks, calls and findings, among them English
/// footnotes 1–3 numbered 4–6 in the Chinese and Chinese footnotes 7 and 8 alone.
@Suite struct FootnoteConventionSeedTests {
  static let entries = ["footnotes-seed-bracketed", "footnotes-seed-slash"]

  private func pair(_ entry: String) throws -> DocumentPair {
    try DocumentReader.readBilingual(Corpus.path(entry, "bilingual.txt"))
  }

  @Test(arguments: entries) func theDocumentModelIsTheSeeds(entry: String) throws {
    let seed = try DocumentReader.readBilingual(Corpus.seed)
    let converted = try pair(entry)
    for (found, expected) in [(converted.source, seed.source), (converted.target, seed.target)] {
      #expect(found.blocks.count == expected.blocks.count)
      for (block, wanted) in zip(found.blocks, expected.blocks) {
        #expect(block.footnoteReferences.map(\.number) == wanted.footnoteReferences.map(\.number))
        #expect(block.footnoteReferences.map(\.offset) == wanted.footnoteReferences.map(\.offset))
        var unmarked = block
        unmarked.footnoteReferences = wanted.footnoteReferences
        #expect(unmarked == wanted, "\(block.id)")
      }
    }
    #expect(converted.target.footnoteReferences.map(\.reference.number) == [4, 5, 6, 7, 8])
  }

  @Test(arguments: entries) func checkFindsTheSeedsDivergences(entry: String) throws {
    let expected = Pipeline().run(try DocumentReader.readBilingual(Corpus.seed)).findings
    let found = Pipeline().run(try pair(entry)).findings
    #expect(found == expected)
    #expect(found.contains { $0.message.contains("footnotes 1–3 are numbered 4–6") })
  }
}

/// Footnote conventions in small texts: where bodies stand, and "[1]" and "1/" that are no calls.
@Suite struct FootnoteConventionTests {
  private func document(_ text: String, _ language: Language = .english) -> Document {
    PlainTextSegmenter(language: language).document(from: SourceLine.lines(of: text))
  }

  private func bodies(_ document: Document) -> [Int: String] {
    document.footnoteBodies.mapValues(\.text)
  }

  @Test func bracketedCallsAndBodiesAfterARuleOrAHeadingOrNothing() {
    for separator in ["__________\n", "Notes\n", "\n", ""] {
      let read = document(
        """
        1. The Council met in Geneva.[1] It adopted a resolution[2] by consensus.

        \(separator)[1] See A/79/53.
        [2] For the text, see chapter I.
        """)
      #expect(read.blocks.map(\.kind) == [.paragraph, .footnote, .footnote], "\(separator)")
      #expect(
        read.blocks[0].text == "The Council met in Geneva. It adopted a resolution by consensus.")
      #expect(read.blocks[0].footnoteReferences.map(\.marker) == ["[1]", "[2]"])
      #expect(bodies(read) == [1: "See A/79/53.", 2: "For the text, see chapter I."])
    }
  }

  @Test func slashedCallsWithBodiesAtAPageEndBeforeTheTextGoesOn() {
    let read = document(
      """
      1. The Assembly adopted the resolution 1/ and the Council took note of it.2/

      1/ See A/79/53.
      2/ Official Records of the General Assembly.

      2. The Council met again in Geneva.
      """)
    #expect(read.blocks.map(\.kind) == [.paragraph, .footnote, .footnote, .paragraph])
    #expect(
      read.blocks[0].text == "The Assembly adopted the resolution and the Council took note of it.")
    #expect(read.blocks[0].footnoteReferences.map(\.number) == [1, 2])
    #expect(bodies(read) == [1: "See A/79/53.", 2: "Official Records of the General Assembly."])
    #expect(read.blocks[3].text == "The Council met again in Geneva.")
  }

  @Test func slashedBodiesUnderARuleAtEachPageEndInBothLanguages() {
    let pages = [
      (
        Language.english,
        """
        1. The Assembly adopted the resolution 1/ and the Council took note of it.2/

        __________
        1/ See A/79/53.
        2/ Official Records of the General Assembly.

        2. The Council met again in Geneva.3/

        3/ See S/2015/1.
        """, "The Council met again in Geneva."
      ),
      (
        .simplifiedChinese,
        """
        1. 大会通过了该决议1/，安理会也注意到了该决议2/。

        __________
        1/ 见A/79/53。
        2/ 大会正式记录。

        2. 安理会再次在日内瓦举行会议3/。

        3/ 见S/2015/1。
        """, "安理会再次在日内瓦举行会议。"
      ),
    ]
    for (language, text, second) in pages {
      let read = document(text, language)
      #expect(
        read.blocks.map(\.kind) == [.paragraph, .footnote, .footnote, .paragraph, .footnote])
      #expect(read.footnoteReferences.map(\.reference.number) == [1, 2, 3])
      #expect(read.blocks[3].text == second)
      #expect(read.footnoteBodies.keys.sorted() == [1, 2, 3])
    }
  }

  @Test func chineseBracketedAndSlashedCalls() {
    for (call, body) in [("[1]", "[1]"), ("1/", "1/"), ("[2]", "[2]")] {
      let number = call.contains("2") ? 2 : 1
      let read = document(
        """
        1. 委员会审议了该报告\(call)。

        \(body) 见A/79/53。
        """, .simplifiedChinese)
      #expect(read.blocks.map(\.kind) == [.paragraph, .footnote], "\(call)")
      #expect(read.blocks[0].text == "委员会审议了该报告。")
      #expect(read.blocks[0].footnoteReferences.map(\.number) == [number])
      #expect(bodies(read) == [number: "见A/79/53。"])
    }
  }

  @Test func aBracketedListIsNoFootnotes() {
    let read = document(
      """
      1. The options are the following:
      [1] to adopt the text;
      [2] to defer the decision.
      """)
    #expect(read.blocks.allSatisfy { $0.kind != .footnote })
    #expect(read.footnoteReferences.isEmpty)
    #expect(read.blocks.map(\.text).joined(separator: " ").contains("[1] to adopt the text;"))
  }

  @Test func aLoneBracketedReferenceIsNoCall() {
    // "[18]" cites an article of a draft, as in the devset; no body 18, no sequence.
    let read = document("1. This is explicitly brought out in article [18] of the draft code.")
    #expect(read.footnoteReferences.isEmpty)
    #expect(read.blocks[0].text.contains("article [18] of"))
  }

  @Test func aSlashedCallWrappedToTheStartOfALineIsACallNotABody() {
    let read = document(
      """
      1. The text was adopted by the General Assembly
      1/ and by the Council.

      1/ See A/79/53.
      """)
    #expect(read.blocks.map(\.kind) == [.paragraph, .footnote])
    #expect(
      read.blocks[0].text == "The text was adopted by the General Assembly and by the Council.")
    #expect(bodies(read) == [1: "See A/79/53."])
  }

  @Test func symbolsFractionsAndDecisionsAreNoSlashedCalls() {
    let read = document(
      """
      1. See A/RES/55/1/ and decision 1/CP.21, adopted by a 2/3 majority on 12/05/2015.
      """)
    #expect(read.footnoteReferences.isEmpty)
    #expect(read.blocks[0].text.contains("A/RES/55/1/ and decision 1/CP.21, adopted by a 2/3"))
  }
}
