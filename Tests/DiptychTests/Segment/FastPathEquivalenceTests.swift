import Foundation
import Testing

@testable import Diptych

/// Segmentation reads most lines by UTF-8 bytes and scalars, and falls back to `Character`s
/// where the bytes cannot settle it: every fast path must answer exactly what the `Character`
/// path answers, on real text and on the characters that make the two differ.
@Suite struct FastPathEquivalenceTests {
  /// Every line of every plain-text corpus input.
  static let corpusLines: [String] = Corpus.entries.flatMap { entry in
    ["bilingual.txt", "en.txt", "zh.txt"].map { Corpus.path(entry, $0) }.flatMap {
      path -> [String] in
      guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
      return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
  }

  /// Lines where bytes and characters part: combining marks after spaces and digits, other
  /// white space, controls, ligatures, soft hyphens, emoji, and labels of every style.
  static let trickyLines: [String] = [
    "1. The Council", "12345. The Council decided", "123456. Text", "1234567. Text", "12345.",
    "9999. Text",
    "2015.", "2022 (Stocktaking)", "2022: review", "2022 年", "Year 2: review", "year 12. x",
    "Year : x",
    "(a) the first", "(iv) fourth", "(12) twelfth", "(abcdef) no", "II. General", "I. e. no",
    "A. Smith",
    "xviii. item", "abcde. no", "abcdef. no", "a) item", "1)", "1.5 million", " 1. indented",
    "\t2. tabbed",
    "1\u{301}. combining", "1.\u{301} combining", "a\u{301}) item", " \u{301}leading combining",
    "\u{00A0}1. no-break",
    "\u{3000}\u{3000}一、总体建议", "\u{3000}中文缩进", "一、总体建议", "十二、其他事项", "（一）工作方法", "第一条　宗旨",
    "第一年：盘点", "第五十", "一\u{301}、", "É. Accent", "Éric went", "trailing spaces   ", "   ",
    "\u{3000}  ",
    "  \u{3000}", "soft\u{00AD}hyphen", "of\u{FB01}ce", "tab\there", "zero\u{200B}width",
    "\u{FEFF}bom", "del\u{7F}",
    "c1\u{85}control", "emoji 👍🏽 here", "flag 🇨🇳 here", "“quoted”", "……", "中文“引号”……", "Ｆｕｌｌ　ｗｉｄｔｈ",
    "e\u{301}te\u{301}", "the ﬁrst ﬂoor", "\u{0600} prepended", "x \u{0600}", "Kelvin \u{212A}",
    "under_score",
    "一些国家", "一、", "一、总体", "二十三、", "一二三四五、", "一二三四、", "一二三四．x", "一.", "一\u{301}、", "第二", "第二条",
    "第二年：",
    "第二年", "第", "（注）", "（一）", "（一）工作", "(一)", "（一二三四五）", "（一", "（\u{301}一）", "两千", "十",
    "万\u{3000}、",
    "w orking and followin g", "long -term COVID -19", "the Committee's third", "a unique", "I s",
    "the x-ray",
    // A label, or digits, then text past ASCII.
    "1. 第六十九届会议", "1.第", "1.\u{3000}第", "1.\u{3000}", "12\u{3000}", "2015年", "2015：审查",
    "2015\u{3000}(x)", "2015\u{3000}：x", "15个国家", "1234. Text é", "2015. Text é", "2015(x) é",
    "2015: é", "2015 (é)", "abcdef第", "abcde第", "(a第) x", "(一) x", "(a)第", "(a)\u{3000}第",
    "A. 第", "A.\u{3000}Smith", "A.\u{3000}smith", "1\u{301}第", "9999.第", "a)\u{00A0}é",
    "12345.\u{3000}第", "Year 1：第", "II.\u{3000}Général", "x.\u{2003}é",
    // Words to join, or not, beside punctuation past ASCII.
    "the Committee’s third", "“w orking” and", "long –term", "— followin g", "x’ s", "“I s",
    "working —working", "café w orking", "w orking café", "The “ab out”", "n° 3 w orking",
  ]

  static var allLines: [String] { corpusLines + trickyLines }

  @Test func labelsParsedFromBytesAreTheCharacterParsersLabels() {
    for line in Self.allLines {
      #expect(
        LabelParser.parse(line) == LabelParser.parseCharacters(line), "\(line.debugDescription)")
    }
  }

  @Test func characterRepairsFromBytesAreTheCharacterRepairs() {
    Self.expectRepairsByBytesAndByCharacterAlike(Self.allLines)
  }

  static func expectRepairsByBytesAndByCharacterAlike(_ texts: [String]) {
    for (index, text) in texts.enumerated() {
      let line = SourceLine(number: index + 1, text: text)
      let fast = CharacterRepairer.repair(line)
      let reference = CharacterRepairer.repairCharacters(line)
      #expect(
        fast.text == reference.text && fast.repairs == reference.repairs, "\(text.debugDescription)"
      )
    }
  }

  @Test func scalarsSurelyWideAreWideByTheirProperties() {
    let wide = (0...0xFFFF).compactMap(Unicode.Scalar.init).filter(DisplayWidth.isSurelyWide)
    #expect(wide.count > 20_000)
    for scalar in wide where UnicodeScalars.isStandalone(scalar) {
      #expect(DisplayWidth.scalarColumns(scalar) == 2, "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func damageSeenInBytesIsTheDamageSeenByCharacter() {
    // Every scalar of the Latin-1, punctuation and compatibility blocks that damage lies in, in
    // the middle of a line and at either end, and every devset line.
    let scalars =
      (0x80...0x2100).compactMap(Unicode.Scalar.init)
      + (0xFB00...0xFFFF).compactMap(Unicode.Scalar.init)
    let devset = ((try? RealText.devset("en")) ?? []) + ((try? RealText.devset("zh")) ?? [])
    #expect(devset.count == 8_000)
    // Long lines with damage (or its neighbours) at every place.
    let long = "1. 国际空间站的建设是一项长期的国际合作，“各国”共同参与。 Space – station"
    let marks: [Unicode.Scalar] = [
      "\u{80}", "\u{9F}", "\u{A0}", "\u{AD}", "\u{200B}", "\u{200C}", "\u{FEFF}", "\u{FFFD}",
      "\u{FFFE}", "\u{FFFF}", "\u{FB00}", "\u{FB06}", "\u{FB07}", "\u{1F}", "\u{7F}",
    ]
    let placed = marks.flatMap { mark in
      (0...long.unicodeScalars.count).map { place in
        var scalars = Array(long.unicodeScalars)
        scalars.insert(mark, at: place)
        return String(String.UnicodeScalarView(scalars))
      }
    }
    Self.expectRepairsByBytesAndByCharacterAlike(
      scalars.flatMap { ["中\($0)文", "x\($0)", "\($0)x", "\($0)"] } + placed + devset)
  }

  @Test func lettersAndDigitsOfAClauseAreThoseTheScalarPropertiesName() {
    for value in 0...0x10FFFF {
      guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
      let properties = scalar.properties
      #expect(
        ChineseSentenceSplitter.isLetterOrDigit(scalar)
          == (properties.isAlphabetic || properties.numericType != nil), "U+\(value)")
    }
  }

  @Test func paragraphNumbersOfDigitsAreParagraphNumbersByTheirString() {
    let texts =
      [
        "2", "12.3", "(3)", " 4 ", "1..2", "123456789012", "1234567890123", "1.2.3.4.5.6.7",
        "(1)(2)", "..", "", " ", "()", "1a", "IV", "2 December",
      ]
      + (0..<200).map { "\($0 * 37 % 1000)" + ($0 % 3 == 0 ? ".\($0)" : "") }
    var fast = 0
    for text in texts {
      let scalars = Array(text.unicodeScalars)[...]
      guard EnglishSentenceSplitter.isNumberedLikeAParagraph(scalars) else { continue }
      fast += 1
      #expect(EnglishAbbreviations.isParagraphNumber(text), "\(text.debugDescription)")
    }
    #expect(fast >= 200)
  }

  @Test func abbreviationsAfterASeparatorAreFoundWithoutOne() {
    // The fast path skips the split only where no separator is written.
    #expect(EnglishAbbreviations.isNonTerminal("Korea-U.S", previousWord: ""))
    #expect(EnglishAbbreviations.isNonTerminal("A/Rev", previousWord: ""))
    #expect(EnglishAbbreviations.isNonTerminal("x\u{2013}Mr", previousWord: ""))
    #expect(EnglishAbbreviations.isNonTerminal("Mr", previousWord: ""))
    #expect(!EnglishAbbreviations.isNonTerminal("States", previousWord: ""))
    #expect(!EnglishAbbreviations.isNonTerminal("x\u{2014}y", previousWord: ""))
  }

  @Test func widthsSummedByScalarAreTheWidthsByCharacter() throws {
    for line in Self.allLines + (try RealText.devset("zh")) + ["\u{3000}“中文”……", "…“x”"] {
      #expect(
        DisplayWidth.columns(of: line) == DisplayWidth.characterColumns(of: line),
        "\(line.debugDescription)")
    }
  }

  @Test func wordRepairsTestedOnBytesAreTheTokenRepairs() {
    var words = WordRepairer(lines: Self.allLines)
    words.learn("working following working following")
    for (index, line) in Self.allLines.enumerated() {
      let fast = words.repair(line, line: index)
      let reference = words.repairTokens(line, line: index)
      #expect(
        fast.text == reference.text && fast.repairs == reference.repairs, "\(line.debugDescription)"
      )
    }
  }

  @Test func asciiPairsJoinedOnBytesAreThePairsJoinedByCharacter() {
    var words = WordRepairer(lines: Self.allLines)
    words.learn("working following working following long-term COVID-19 re-elected")
    let crafted = [
      "w orking", "followin g", "long -term", "COVID -19", "a unique", "Committee's third",
      "I am", "x ray", "(b) w", "re -elected", "ab -", "- x", "worki ng.", "A B", "e g",
    ]
    var pairs = 0
    for line in Self.allLines + crafted {
      let tokens = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      for (left, right) in zip(tokens, tokens.dropFirst()) {
        guard let fast = words.asciiJoins(left, right) else { continue }
        let reference = (words.hyphenJoin(left, right) ?? words.splitJoin(left, right)) != nil
        #expect(fast == reference, "\(left) | \(right)")
        pairs += 1
      }
    }
    #expect(pairs > 1_000)
  }

  @Test func wordsCountAsOneWhenTheirLowerCasedStringsAreEqual() {
    var words = WordRepairer()
    words.learn("Café cafe\u{301} CAFÉ")
    #expect(words.occurs("café", times: 3))
    #expect(words.occurs("CAFE\u{301}", times: 3))
    #expect(!words.occurs("cafe"))
    words.learn("Working working")
    #expect(words.occurs("WORKING", times: 2))
    #expect(!words.occurs("work"))
  }

  @Test func controlCharactersSeenInWordsAreTheControlCharactersByCharacter() {
    // Every ASCII byte at every place of a line longer than three words of eight bytes, so that
    // each falls in every lane of a word and in the tail.
    let line = Array("Paragraph 12: text – more ".unicodeScalars)
    let lines = (0...0x7F).compactMap(Unicode.Scalar.init).flatMap { scalar in
      (0...line.count).map { place in
        var scalars = line
        scalars.insert(scalar, at: place)
        return String(String.UnicodeScalarView(scalars))
      }
    }
    Self.expectRepairsByBytesAndByCharacterAlike(lines)
  }

  @Test(arguments: [Language.english, .simplifiedChinese])
  func linesJoinedByScalarAreTheLinesJoinedByCharacter(language: Language) {
    let words = WordRepairer(lines: Self.corpusLines)
    let joiner = LineJoiner(language: language, words: words)
    let lines = Self.allLines.enumerated().map {
      SourceLine(number: $0.offset + 1, text: $0.element)
    }
    for start in stride(from: 0, to: lines.count, by: 2) {
      let block = Array(lines[start..<min(lines.count, start + 3)])
      let lone = Set(block.filter { $0.text.allSatisfy(\.isASCIIDigit) }.map(\.number))
      let fast = joiner.joinedText(block, loneNumberLines: lone)
      let reference = joiner.join(block, loneNumberLines: lone)
      #expect(fast.text == String(reference.text), "\(block.map(\.text))")
      #expect(
        fast.lone == reference.lone && fast.repairs == reference.repairs, "\(block.map(\.text))")
    }
  }

  @Test(arguments: [Language.english, .simplifiedChinese])
  func callCandidatesReadByScalarAreTheCandidatesReadByCharacter(language: Language) {
    let assembler = BlockAssembler(language: language, words: nil)
    let raw = RawBlock(kind: .paragraph, lines: [])
    for (index, text)
      in (Self.allLines + [
        "Declaration8 aiming", "in 2021, 1 aiming", "磋商4，意见5。", "基石。7工作组", "¹² and [3]",
      ])
      .enumerated()
    {
      let standalone = text.unicodeScalars.allSatisfy(UnicodeScalars.isStandalone)
      let joined = BlockAssembler.Joined(text: text, lone: [], repairs: [], standalone: standalone)
      let reference = FootnoteCallFinder.candidates(
        in: Array(text), block: index, language: language, loneLines: [])
      #expect(
        assembler.candidates(raw, joined, index: index) == reference, "\(text.debugDescription)")
    }
  }

  @Test func quantityWordsToldFromBytesAreTheLowerCasedWordsOfTheSet() {
    // Each quantity word in three cases, cut short and run on, words of nine and ten letters,
    // and words with letters past ASCII (the Kelvin sign lower-cases to "k").
    let words =
      FootnoteCallFinder.quantityWords.flatMap { word in
        [
          word, word.uppercased(), word.capitalized, String(word.dropLast()), word + "s",
          word + "ly",
        ]
      } + [
        "countries", "countriess", "Décembre", "ＭARCH", "\u{212A}ilometres", "per-cent", "and5",
        "", "x",
      ]
    for word in words {
      let letters = word.prefix { $0.isLetter }
      let expected = FootnoteCallFinder.quantityWords.contains(String(letters).lowercased())
      for text in [word, word + " next", "\(word)."] {
        #expect(
          FootnoteCallFinder.isQuantityWord(Array(text), from: 0) == expected, "\(text)")
        let scalars = Array(text.unicodeScalars)
        if scalars.allSatisfy(UnicodeScalars.isPlainCharacter) {
          #expect(FootnoteCallFinder.isQuantityWord(scalars, from: 0) == expected, "\(text)")
        }
      }
    }
  }

  @Test func scalarsAnswerTheCallFindersQuestionsAsTheirCharactersDo() {
    for scalar in (0..<0x3000).compactMap(Unicode.Scalar.init)
    where UnicodeScalars.isPlainCharacter(scalar) {
      let character = Character(scalar)
      #expect(scalar.isUppercase == character.isUppercase, "U+\(String(scalar.value, radix: 16))")
      #expect(scalar.asciiValue == character.asciiValue, "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func sentenceStartsOfASCIIAreThoseTheScalarPropertiesTell() {
    for scalar in (0..<0x100).compactMap(Unicode.Scalar.init) {
      #expect(
        EnglishSentenceSplitter.startsSentence(scalar)
          == EnglishSentenceSplitter.startsSentenceByProperties(scalar),
        "U+\(String(scalar.value, radix: 16))")
    }
  }

  @Test func callsSeenInBytesAreTheScalarsThatMayStartACall() {
    // Every scalar of the blocks that hold the digits (Latin-1, the superscripts, the
    // full-width forms), alone and between letters, and every line.
    let scalars =
      (0x20...0x3000).compactMap(Unicode.Scalar.init)
      + (0xFE00...0xFFFD).compactMap(Unicode.Scalar.init)
    let texts = scalars.flatMap { ["\($0)", "x\($0)y", "中\($0)"] } + Self.allLines
    for text in texts {
      #expect(
        FootnoteCallFinder.mayHoldCall(text)
          == text.unicodeScalars.contains(where: FootnoteCallFinder.mayStartCall),
        "\(text.debugDescription)")
    }
  }

  @Test func wordCountsHoldEveryWordAsTheTableGrows() {
    // Far past the first table's 1,024 slots: each growth must carry every word and its count.
    var counts = WordCounts()
    let words = (0..<5_000).map { "Word\($0)" }
    for (index, word) in words.enumerated() {
      for _ in 0...(index % 3) { counts.add(word, limit: 4_000) }
    }
    #expect(counts.count == 4_000)
    for (index, word) in words.enumerated() {
      #expect(
        counts.occurrences(word.uppercased()) == (index < 4_000 ? index % 3 + 1 : 0), "\(word)")
    }
    #expect(counts.occurrences("word") == 0)
  }

  @Test func theFilterOfWordsCountedNeverDeniesAWordCounted() {
    // Through every growth of the table, which rebuilds the filter: a word counted may occur,
    // and most words never counted are denied (the filter is what spares their lookups).
    var counts = WordCounts()
    let words = (0..<20_000).map { "word\($0)" }
    var denied = 0
    for (index, word) in words.enumerated() {
      counts.add(word, limit: .max)
      var key = word.uppercased()
      #expect(key.withUTF8 { counts.mayOccur($0) }, "\(word)")
      var absent = "absent\(index)"
      if !absent.withUTF8({ counts.mayOccur($0) }) { denied += 1 }
      #expect(counts.occurrences(absent) == 0)
    }
    for word in words {
      var key = word
      #expect(key.withUTF8 { counts.mayOccur($0) }, "\(word)")
    }
    #expect(denied > 19_000)
  }

  @Test func theShapesOfWordsCountedNeverDenyAWordCounted() {
    // Through every growth of the table: a word counted may occur by its shape, in any case;
    // most shapes never counted are denied (what spares a pair of fragments its hash).
    var counts = WordCounts()
    let words =
      (0..<20_000).map { "w\($0)rd" }
      + Self.corpusLines.flatMap { $0.split(separator: " ") }.map(String.init)
    func mayOccur(_ word: String) -> Bool {
      let bytes = Array(word.utf8)
      return counts.mayOccur(
        count: bytes.count, first: bytes[0], second: bytes[1], penultimate: bytes[bytes.count - 2],
        last: bytes[bytes.count - 1])
    }
    for word in words where word.utf8.count >= 2 && word.utf8.allSatisfy({ $0 < 0x80 }) {
      counts.add(word, limit: .max)
      #expect(mayOccur(word) && mayOccur(word.uppercased()), "\(word)")
    }
    for word in words where word.utf8.count >= 2 && word.utf8.allSatisfy({ $0 < 0x80 }) {
      #expect(mayOccur(word), "\(word)")
    }
    let absent = (0..<10_000).map { "absent\($0)x" }
    #expect(absent.count(where: mayOccur) < 2_000)
  }

  @Test(arguments: [Language.english, .simplifiedChinese])
  func sentencesSlicedFromBytesAreTheSentencesBuiltFromScalars(language: Language) {
    for text in Self.allLines + [Self.corpusLines.joined(separator: " ")] {
      let scalars = Array(text.unicodeScalars)
      let ends =
        language.isChinese
        ? ChineseSentenceSplitter.sentenceEnds(in: scalars)
        : EnglishSentenceSplitter.sentenceEnds(in: scalars)
      #expect(
        SentenceSplitter.sentences(in: text, language: language)
          == SentenceAssembly.sentences(from: scalars, ends: ends))
    }
  }

  @Test func scalarsDecodedFromBytesAreTheStringsScalars() {
    let edges = "é\u{301}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF} 12345678 abcdefghi"
    for line in Self.allLines + ["𠀀𝄞 four-byte scalars", edges, Self.corpusLines.joined()] {
      #expect(UnicodeScalars.array(line) == Array(line.unicodeScalars), "\(line.debugDescription)")
    }
  }

  @Test func aLinesScriptIsTheLanguageDetectorsAnswer() {
    // The script skips decoding the ideographs whose lead byte tells them (U+5000–U+9FFF).
    let scalars = (0x3000...0xA000).compactMap(Unicode.Scalar.init).map { "\($0)" }
    for line in Self.allLines + scalars + ["a中", "abc中", "abcd中", "伱abc", "㐀 abc"] {
      let expected: Int =
        switch LanguageDetector.detect(line) {
        case nil: 0
        case .english?: 1
        case .simplifiedChinese?, .traditionalChinese?: -1
        }
      #expect(LanguageDetector.script(of: line) == expected, "\(line.debugDescription)")
    }
  }

  @Test func ruleLinesAndBlankLinesReadFromBytesAreThoseReadByCharacter() {
    for line in Self.allLines + [
      "*****", "  ＊＊＊  ", "**", "\u{3000}*** ", "*** x", "\u{00A0}\u{3000}", " \u{301}*****",
      "中文 ***",
    ] {
      let trimmed = line.trimmingWhitespace()
      #expect(
        RuleLine.isRule(line)
          == (trimmed.count >= 3 && trimmed.allSatisfy { $0 == "*" || $0 == "＊" }),
        "\(line.debugDescription)")
      #expect(RuleLine.hasText(line) == !trimmed.isEmpty, "\(line.debugDescription)")
    }
  }

  @Test func sentenceEndsToldByTheLastScalarAreThoseToldByTheLastCharacter() {
    // U+037E (Greek question mark) is a semicolon as a Character; a mark after a stop makes
    // another character.
    let lines =
      Self.allLines + [
        "", "x;", "x\u{037E}", "x.\u{301}", "x。", "x！", "x?\u{FE0F}", "x：", "x；", "x；\u{3000}",
        ";", "\u{037E}", "x.\r",
        // U+0600 is a Prepend scalar: it joins the stop after it into one character.
        "x\u{0600}.", "\u{0600}。", "x\u{110BD}?",
      ]
    for line in lines {
      #expect(
        PageFurniture.endsSentence(line) == PageFurniture.endsSentenceByCharacter(line),
        "\(line.debugDescription)")
    }
    #expect(Self.allLines.contains(where: PageFurniture.endsSentence))
  }

  @Test func footnoteMarkersReadFromBytesAreThoseReadByCharacter() {
    let lines =
      Self.allLines + [
        "1 See", "12 See", "123 See", "1234 See", "[1] See", "[1]", "[12]See", "[1", "[]", "[1]]",
        "1/ See", "1/", "1/2", "1/.", "12.5", "3, 4", "1See", "1$", "1+", "1\u{301} See",
        "1 \u{301}See", "[1\u{301}] See", "[1]\u{301} See", "1/\u{301} See", "1\r\nSee", "1\r",
        "[\u{301}1] See", "1é", "1\u{3000}See", "007 See", "1", "[", "1]", "1\tSee", "1 ",
        // More digits than an Int holds: no marker, and no overflow on the way.
        "12345678901234567890123 See", String(repeating: "9", count: 400),
      ]
    for line in lines {
      for loneNumber in [false, true] {
        #expect(
          FootnoteBodyMarker(line, loneNumber: loneNumber)
            == FootnoteBodyMarker(characters: line, loneNumber: loneNumber),
          "\(line.debugDescription) \(loneNumber)")
      }
    }
    #expect(lines.contains { FootnoteBodyMarker($0, loneNumber: false) != nil })
  }

  @Test func furnitureSeenFromBytesIsTheFurnitureSeenByCharacter() {
    let lines =
      Self.allLines + [
        "A/AC.105/C.2/2021/CRP.12", "V.21-01234", "GE.21-12345(E) 3", "- 3 -", "Page 12", "第 3 页",
        "3/12", "______",
      ]
    for line in lines where PageFurniture.isSurelyText(line) {
      let text = line.trimmingWhitespace()
      #expect(
        !PageFurniture.isRule(text) && !PageFurniture.isPageNumber(text), "\(line.debugDescription)"
      )
      #expect(!PageFurniture.isRunningHeader(text), "\(line.debugDescription)")
    }
    #expect(
      lines.filter(PageFurniture.isSurelyText).count > lines.count / 2,
      "most lines are settled by their bytes")
    for line in lines {
      let wide = DisplayWidth.characterColumns(of: line.trimmingWhitespace()) > 40
      #expect(!PageFurniture.isWiderThanRunningHeader(line) || wide, "\(line.debugDescription)")
    }
  }
}
