import Testing

@testable import Diptych

@Suite struct LexiconTests {
  static let lexicon = try! Lexicon.bundled.get()

  @Test func porterStemmerMatchesThePublishedExamples() {
    let cases = [
      "caresses": "caress", "ponies": "poni", "cats": "cat", "agreed": "agre",
      "plastered": "plaster",
      "motoring": "motor", "hopping": "hop", "filing": "file", "happy": "happi",
      "relational": "relat", "conditional": "condit", "rational": "ration", "digitizer": "digit",
      "hopefulness": "hope", "formalize": "formal", "electrical": "electr", "adjustment": "adjust",
      "nations": "nation", "organization": "organ", "development": "develop",
      "controlling": "control",
      "generalizations": "gener", "oscillators": "oscil", "probate": "probat", "rate": "rate",
      // Steps 3 and 4, whose suffixes the stemmer picks by their last letters.
      "triplicate": "triplic", "formative": "form", "electriciti": "electr", "hopeful": "hope",
      "goodness": "good", "revival": "reviv", "allowance": "allow", "inference": "infer",
      "airliner": "airlin", "gyroscopic": "gyroscop", "adjustable": "adjust",
      "defensible": "defens", "irritant": "irrit", "replacement": "replac",
      "dependent": "depend", "adoption": "adopt", "homologous": "homolog",
      "communism": "commun", "activate": "activ", "angulariti": "angular",
      "effective": "effect", "bowdlerize": "bowdler",
    ]
    for (word, stem) in cases {
      #expect(
        String(decoding: PorterStemmer.stem(Array(word.utf8)), as: UTF8.self) == stem, "\(word)")
    }
  }

  @Test func theBundledLexiconHoldsCEDICTAndItsIrregularForms() throws {
    let lexicon = Self.lexicon
    #expect(lexicon.chineseWordCount > 100_000)
    #expect(lexicon.stemCount > 20_000)
    let memberStates = try #require(lexicon.chineseWordID("会员国"))
    let member = try #require(lexicon.stemID(lexicon.stem(Array("members".utf8))))
    #expect(lexicon.stems(ofChinese: memberStates).contains(member))
    #expect(lexicon.chineseWords(ofStem: member).contains(memberStates))
    #expect(lexicon.stem(Array("went".utf8)) == lexicon.stem(Array("go".utf8)))
    #expect(lexicon.isStopWord(Array("the".utf8)))
    #expect(lexicon.chineseWordID("的") == nil)
  }

  @Test func chineseIsSegmentedByLongestMatchWithNumeralsAndLatinWords() {
    let lexicon = Self.lexicon
    var interner = TokenInterner(lexicon: lexicon)
    let tokens = ChineseContentWords(lexicon: lexicon).tokens(
      in: "安全理事会第十八次会议，包括Hawari总医院", interner: &interner)
    #expect(tokens.first == .headword(lexicon.chineseWordID("安全理事会")!))
    var englishInterner = interner
    let english = EnglishContentWords(lexicon: lexicon).ids(
      in: "18th Hawari", interner: &englishInterner)
    #expect(tokens.contains(.english(english[0])))
    #expect(tokens.contains(.english(english[1])))
    #expect(tokens.contains(.headword(lexicon.chineseWordID("医院")!)))
  }

  @Test func aWordStartingWithAFunctionWordYieldsToTheWordAfterIt() {
    let lexicon = Self.lexicon
    var interner = TokenInterner(lexicon: lexicon)
    let reader = ChineseContentWords(lexicon: lexicon)
    // From the devset: "…改善卫生和服务…" is "and services", not "kimono".
    let tokens = reader.tokens(in: "改善卫生和服务", interner: &interner)
    #expect(tokens.contains(.headword(lexicon.chineseWordID("服务")!)))
    #expect(!tokens.contains(.headword(lexicon.chineseWordID("和服")!)))
    #expect(
      reader.tokens(in: "和平进程", interner: &interner).first
        == .headword(lexicon.chineseWordID("和平")!))
  }

  @Test func englishNumbersLoseSeparatorsAndOrdinalSuffixes() {
    let lexicon = Self.lexicon
    var interner = TokenInterner(lexicon: lexicon)
    let reader = EnglishContentWords(lexicon: lexicon)
    let ids = reader.ids(in: "1,000 States in the 56th session; 2.5 per cent", interner: &interner)
    let same = reader.ids(in: "1000 state 56 session 2.5 per cent", interner: &interner)
    #expect(ids == same)
    #expect(ids.count == 7)
  }

  /// Paragraph 2 of corpus/unpc-synth-clean (UN Parallel Corpus sentences), split by hand.
  static let english = [
    "Armed groups also occupied a number of other medical facilities, among them the Hawari "
      + "General Hospital.",
    "The demonstration quickly developed into a potentially threatening situation, but was "
      + "eventually defused without serious incident.",
    "The Security Council has repeatedly emphasized, including most recently in resolution 2167 "
      + "(2014), the need to enhance the predictability, sustainability and flexibility of "
      + "financing for regional organizations when they undertake peacekeeping operations under a "
      + "United Nations mandate.",
  ]
  static let chinese = [
    "武装团体还占领了其他一些医疗设施，其中包括Hawari总医院。",
    "示威很快演变成具有潜在威胁的局势，但最终被化解，没有造成严重事件。",
    "安全理事会一再强调，包括最近在第2167(2014)号决议中强调，有必要在区域组织根据安全理事会授权开展维和行动时加强它们筹供经费的可预测性、可持续性和灵活性。",
  ]

  @Test func theRightPairIsBetterCoveredThanItsNeighbours() throws {
    let evidence = TranslationEvidence(
      english: Self.english, chinese: Self.chinese, lexicon: Self.lexicon)
    for sentence in 0..<3 {
      let right = evidence.coverage(
        english: sentence..<(sentence + 1), chinese: sentence..<(sentence + 1))
      for other in 0..<3 where other != sentence {
        let wrong = evidence.coverage(
          english: sentence..<(sentence + 1), chinese: other..<(other + 1))
        #expect(right.coverage > wrong.coverage + 0.2, "\(sentence) vs \(other): \(right) \(wrong)")
        #expect(right.excessEnglishUncovered() < wrong.excessEnglishUncovered())
      }
    }
    let rightRate = try #require(evidence.englishUncoveredRate(in: [(0, 0), (1, 1), (2, 2)]))
    let wrongRate = try #require(evidence.englishUncoveredRate(in: [(0, 1), (1, 2), (2, 0)]))
    #expect(rightRate < 0.5 && wrongRate > 0.8)
    #expect(evidence.englishUncoveredRate(in: []) == nil)
    let merged = evidence.coverage(english: 0..<2, chinese: 0..<2)
    let first = evidence.coverage(english: 0..<1, chinese: 0..<1)
    #expect(merged.englishWords > first.englishWords)
    #expect(
      evidence.coverage(english: 0..<0, chinese: 0..<1).chineseUncovered
        == evidence.coverage(english: 0..<0, chinese: 0..<1).chineseWords)
  }

  @Test func bitRowsAndSortedIdsAnswerAlike() {
    var generator = SplitMix64(seed: 12)
    // Rows in no order, with repeats (40 draws of 300 ids; rows 0 and 1 longer than the 64 ids
    // sorted by insertion).
    let rows = (0..<40).map { row in
      (0..<(row < 2 ? 90 : 20)).map { _ in Int32(generator.next() % 300) }
    }
    #expect(rows.contains { $0 != $0.sorted() } && rows.contains { Set($0).count < $0.count })
    let bits = SentenceMembership(rows: rows, universe: 300)
    let sorted = SentenceMembership(rows: rows, universe: 300, byteBudget: 0)
    for row in rows.indices {
      for id in Int32(0)..<300 {
        #expect(bits.contains(row, id) == rows[row].contains(id))
        #expect(sorted.contains(row, id) == rows[row].contains(id))
      }
      for membership in [bits, sorted] {
        var listed: [Int32] = []
        membership.forEachID(inRow: row) { listed.append($0) }
        #expect(listed.sorted() == Set(rows[row]).sorted())
      }
    }
    // A text none of whose words the lexicon translates has no ids at all.
    var none: [Int32] = []
    SentenceMembership(rows: [[], []], universe: 0).forEachID(inRow: 1) { none.append($0) }
    #expect(none.isEmpty)
  }

  @Test func aWindowsMasksCoverEveryBeadAsTheEvidenceDoes() {
    let pairs = Array(DevsetSample.pairs.prefix(12))
    let plain = TranslationEvidence(
      english: pairs.map(\.english), chinese: pairs.map(\.chinese), lexicon: Self.lexicon)
    let learned = plain.learning(from: (0..<12).map { ($0, $0) })
    for evidence in [plain, learned] {
      for (english, chinese) in [(0..<12, 0..<12), (3..<8, 2..<9), (5..<5, 4..<6)] {
        let window = try! #require(evidence.windowCoverage(english: english, chinese: chinese))
        for s in 0...english.count {
          for e in s...english.count {
            for t in 0...chinese.count {
              for f in t...chinese.count {
                let expected = evidence.coverage(
                  english: (english.lowerBound + s)..<(english.lowerBound + e),
                  chinese: (chinese.lowerBound + t)..<(chinese.lowerBound + f))
                #expect(window.coverage(english: s..<e, chinese: t..<f) == expected)
              }
            }
          }
        }
      }
    }
    #expect(plain.windowCoverage(english: 0..<65, chinese: 0..<1) == nil)
  }

  @Test func markedCoverageOfEachPartIsTheSearchedCoverage() {
    let pairs = Array(DevsetSample.pairs.prefix(12))
    let plain = TranslationEvidence(
      english: pairs.map(\.english), chinese: pairs.map(\.chinese), lexicon: Self.lexicon)
    let learned = plain.learning(from: (0..<12).map { ($0, $0) })
    let parts = [0..<2, 2..<3, 3..<3, 3..<7, 7..<12]
    var scratch = WindowScratch()
    for evidence in [plain, learned] {
      for other in [0..<12, 2..<5, 6..<6, 11..<12] {
        var english: [BeadCoverage] = []
        evidence.englishCoverage(of: parts, by: other, scratch: &scratch) { english.append($0) }
        #expect(
          english
            == parts.map {
              evidence.coverage(
                english: $0, chinese: other, countsEnglish: true, countsChinese: false)
            })
        var chinese: [BeadCoverage] = []
        evidence.chineseCoverage(of: parts, by: other, scratch: &scratch) { chinese.append($0) }
        #expect(
          chinese
            == parts.map {
              evidence.coverage(
                english: other, chinese: $0, countsEnglish: false, countsChinese: true)
            })
        #expect(scratch.masks.allSatisfy { $0 == 0 })
      }
    }
  }

  @Test func widerBeadsCoverMoreAndCountEveryWordOnce() {
    let evidence = TranslationEvidence(
      english: Self.english, chinese: Self.chinese, lexicon: Self.lexicon)
    let singles = (0..<3).map { evidence.coverage(english: $0..<($0 + 1), chinese: 0..<0) }
    let all = evidence.coverage(english: 0..<3, chinese: 0..<3)
    #expect(all.englishWords == singles.map(\.englishWords).reduce(0, +))
    for english in 0..<3 {
      var previous = Int.max
      for end in 0...3 {
        let uncovered = evidence.coverage(english: english..<(english + 1), chinese: 0..<end)
          .englishUncovered
        #expect(uncovered <= previous)
        previous = uncovered
      }
      #expect(previous < singles[english].englishWords / 2)
    }
  }

  @Test func aMissingOrBrokenLexiconIsAnErrorNotACrash() throws {
    let missing = "/nonexistent/lexicon.txt"
    #expect(throws: LexiconError.notFound(searched: [missing])) {
      try Lexicon.bundledPath(environment: [Lexicon.pathVariable: missing])
    }
    #expect(try Lexicon.bundledPath(environment: [:]).hasSuffix("lexicon.txt"))
    #expect(throws: LexiconError.self) {
      try Lexicon(bytes: Array("@english\nstate\n".utf8), name: "short.txt")
    }
    #expect(throws: LexiconError.self) {
      try Lexicon(bytes: Array("@english\nstate\n@chinese\n国\t7\n".utf8), name: "bad.txt")
    }
    let tiny = try Lexicon(
      bytes: Array("@stop the\n@english\nstates\n@chinese\n国\t0\n".utf8), name: "tiny.txt")
    #expect(
      tiny.stems(ofChinese: tiny.chineseWordID("国")!).first == tiny.stemID(Array("state".utf8)))
  }

  @Test func headwordsInAnyOrderLoadAlike() throws {
    let header = "@english\nmeets\nmember\nstates\nsecurity\ncouncil\n@chinese\n"
    let entries = ["会\t0", "会员\t1", "会员国\t1 2 1", "安全\t3", "安全理事会\t3 4", "理事\t4"]
    let sorted = try Lexicon(
      bytes: Array((header + entries.joined(separator: "\n")).utf8), name: "sorted.txt")
    let reversed = try Lexicon(
      bytes: Array((header + entries.reversed().joined(separator: "\n")).utf8), name: "reversed.txt"
    )
    #expect(sorted.stemCount == 5)
    for lexicon in [sorted, reversed] {
      // The stems of a headword (nil for none), and whether a longer headword starts with it.
      func segment(_ text: String) -> (stems: [Int32]?, continues: Bool) {
        let found = lexicon.chineseSegment(hash: LexiconKey.hash(text.utf8))
        return (found.word.map { Array(lexicon.stems(ofChinese: $0)) }, found.continues)
      }
      let stem = { (word: String) in lexicon.stemID(lexicon.stem(Array(word.utf8)))! }
      #expect(segment("会") == ([stem("meets")], true))
      #expect(segment("会员") == ([stem("member")], true))
      // Repeated stems are kept once, ascending.
      #expect(segment("会员国") == ([stem("member"), stem("states")].sorted(), false))
      #expect(segment("安全") == ([stem("security")], true))
      // Prefixes only, and what is neither.
      for prefix in ["安", "安全理", "安全理事", "理"] {
        #expect(segment(prefix) == (nil, true), "\(prefix)")
      }
      #expect(segment("国") == (nil, false))
      #expect(lexicon.longestHeadword == 5)
    }
  }

  @Test func aDirectiveAmongTheEntriesApplies() throws {
    let lexicon = try Lexicon(
      bytes: Array("@english\nstates\n@chinese\n国\t0\n@stop the\n会\t0\n".utf8), name: "x.txt")
    #expect(lexicon.isStopWord(Array("the".utf8)))
    let state = lexicon.stemID(Array("state".utf8))
    #expect(lexicon.stems(ofChinese: try #require(lexicon.chineseWordID("会"))).first == state)
  }

  @Test func aRepeatedHeadwordIsReportedAtItsFirstRepeat() {
    let text = "@english\nstate\n@chinese\n会\t0\n国\t0\n国\t0\n会\t0\n"
    #expect(
      throws: LexiconError.malformed("x.txt", line: 6, "headword repeated (first as entry 1)")
    ) {
      try Lexicon(bytes: Array(text.utf8), name: "x.txt")
    }
  }

  @Test func stemsAreNumberedInTheOrderOfTheirFirstWord() throws {
    let lexicon = try Lexicon(
      bytes: Array("@english\nnations\nstate\nnation\nstates\nagreed\n@chinese\n国\t3 2 0\n".utf8),
      name: "tiny.txt")
    #expect(
      ["nation", "state", "agre"].map { lexicon.stemID(Array($0.utf8)) } == [0, 1, 2])
    #expect(lexicon.stems(ofChinese: lexicon.chineseWordID("国")!) == [0, 1])
    #expect(lexicon.chineseWords(ofStem: 1) == [0])
  }

  /// Paragraph 6 of corpus/unpc-synth-numbered, split by hand: Abyei twice, in sentences 1 and 2.
  static let abyeiEnglish = [
    "He indicated that while substantial progress had been made towards the implementation of the "
      + "1995 resolution and in undertaking preparations for the 2012 conference, it was clear "
      + "that further and intensified efforts were needed by the facilitator, the conveners and "
      + "the States of the region.",
    "Such an approach would be consistent with the decision of 3 May 2013 of the Abyei Joint "
      + "Oversight Committee to make Abyei a \"weapons-free zone\".",
    "While the Government of South Sudan is seeking support and recognition for a Ngok Dinka "
      + "administration over Ngok Dinka communities, the Government of the Sudan is proceeding "
      + "with the preparations for the organization of its national elections in Abyei.",
    "We welcome further ideas and robust discussion on the key elements of an amendment "
      + "identified below.",
  ]
  static let abyeiChinese = [
    "他指出，虽然在执行1995年决议和筹备2012年大会方面取得了长足进展，但是协调人、召集国和该区域各国明显需要进一步加强努力。",
    "这种办法也符合阿卜耶伊联合监督委员会2013年5月3日作出的使阿卜耶伊成为\"无武器区\"的决定。",
    "南苏丹政府正寻求支持和承认由恩哥克-丁卡族行政当局管理恩哥克-丁卡社群，而苏丹政府则正在筹备在阿卜耶伊举行全国选举。",
    "我们欢迎各方就下述的该修正案的关键要素进一步提出意见并开展充分讨论。",
  ]

  @Test func confidentPairsTeachTheDocumentsOwnNames() throws {
    // A lexicon that lacks the name, as CC-CEDICT lacks most place names of UN documents.
    let lexicon = try Lexicon(
      bytes: Array("@stop the of a\n@english\ngovernment\n@chinese\n政府\t0\n".utf8), name: "tiny.txt"
    )
    // Probe sentences after the paragraph, not among the pairs learned from.
    let english = Self.abyeiEnglish + ["Abyei", "Ngok Dinka", "preparations"]
    let evidence = TranslationEvidence(
      english: english, chinese: Self.abyeiChinese, lexicon: lexicon)
    let learned = evidence.learning(from: (0..<4).map { ($0, $0) })
    func uncovered(_ evidence: TranslationEvidence, _ probe: Int, _ chinese: Int) -> Int {
      evidence.coverage(english: probe..<(probe + 1), chinese: chinese..<(chinese + 1))
        .englishUncovered
    }
    for chinese in 1...2 {
      #expect(uncovered(evidence, 4, chinese) == 1)
      #expect(uncovered(learned, 4, chinese) == 0)
    }
    #expect(uncovered(learned, 4, 3) == 1)
    // Seen in one pair only: not learned.
    #expect(uncovered(learned, 5, 2) == 2)
    // 筹备 is in pairs 0 and 2, as "preparations" is.
    #expect(uncovered(evidence, 6, 0) == 1)
    #expect(uncovered(learned, 6, 0) == 0)
    // Chinese words are not added by learning.
    #expect(
      learned.coverage(english: 0..<1, chinese: 0..<1).chineseWords
        == evidence.coverage(english: 0..<1, chinese: 0..<1).chineseWords)
  }
}
