import Testing

@testable import Diptych

/// Footnotes in HTML, recognised from the links between calls and bodies: Word's `_ftn`/`_edn`
/// markup, bare `fn`/`fnref` links, LibreOffice's `sdfootnote` links.
@Suite struct HTMLFootnoteTests {
  static func read(_ html: String, language: Language? = nil) throws -> Document {
    let scratch = try ScratchDirectory()
    return try DocumentReader.read(
      contentsOf: try scratch.write(html, to: "page.html"), language: language)
  }

  static func page(_ body: String) -> String {
    "<html><head><title>x</title></head><body>\(body)</body></html>"
  }

  /// A call as Word's "Save as Web Page" writes it; `kind` is `ftn` or `edn`.
  static func wordCall(_ kind: String, _ id: Int, mark: String) -> String {
    """
    <a style='mso-\(kind == "ftn" ? "footnote" : "endnote")-id:\(kind)\(id)' href="#_\(kind)\(id)" \
    name="_\(kind)ref\(id)" title=""><span class=MsoFootnoteReference><span \
    style='mso-special-character:footnote'><![if !supportFootnotes]><span \
    class=MsoFootnoteReference>\(mark)</span><![endif]></span></span></a>
    """
  }

  /// A note as Word writes it at the end of the page, opening with its link back.
  static func wordNote(_ kind: String, _ id: Int, mark: String, _ paragraphs: [String]) -> String {
    let back =
      "<a style='mso-footnote-id:\(kind)\(id)' href=\"#_\(kind)ref\(id)\" name=\"_\(kind)\(id)\" "
      + "title=\"\">\(mark)</a> "
    let body = paragraphs.enumerated().map { index, text in
      "<p class=MsoFootnoteText>\(index == 0 ? back : "")\(text)</p>"
    }.joined(separator: "\n")
    return
      "<div style='mso-element:\(kind == "ftn" ? "footnote" : "endnote")' id=\(kind)\(id)"
      + ">\n\(body)\n</div>"
  }

  static func noteList(_ kind: String, _ notes: [String]) -> String {
    """
    <div style='mso-element:\(kind == "ftn" ? "footnote" : "endnote")-list'><![if \
    !supportFootnotes]><br clear=all>
    <hr align=left size=1 width="33%">
    <![endif]>
    \(notes.joined(separator: "\n"))
    </div>
    """
  }

  // MARK: Word

  @Test func wordFootnotesAndEndnotesGiveTheModelTheSameDOCXGives() throws {
    let html = Self.page(
      """
      <p class=MsoNormal>1. The Council met.\(Self.wordCall("ftn", 1, mark: "[1]")) It adopted a \
      text.\(Self.wordCall("ftn", 2, mark: "*")) It heard a \
      report.\(Self.wordCall("edn", 1, mark: "[i]")) \
      It closed.\(Self.wordCall("ftn", 3, mark: "[2]"))</p>
      \(Self.noteList("ftn", [
        Self.wordNote("ftn", 1, mark: "[1]", ["See A/79/53."]),
        Self.wordNote("ftn", 2, mark: "*", ["Not an official record."]),
        Self.wordNote("ftn", 3, mark: "[2]", ["Resolution 55/1."]),
      ]))
      \(Self.noteList("edn", [Self.wordNote("edn", 1, mark: "[i]", ["An endnote."])]))
      """)
    let body = """
      <w:p><w:r><w:t>1. The Council met.</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r>\
      <w:r><w:t xml:space="preserve"> It adopted a text.</w:t></w:r><w:r><w:footnoteReference \
      w:customMarkFollows="1" w:id="9"/><w:t>*</w:t></w:r>\
      <w:r><w:t xml:space="preserve"> It heard a report.</w:t></w:r><w:r><w:endnoteReference \
      w:id="2"/></w:r>\
      <w:r><w:t xml:space="preserve"> It closed.</w:t></w:r><w:r><w:footnoteReference \
      w:id="7"/></w:r></w:p>
      """
    let footnotes = """
      <w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See \
      A/79/53.</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> \
      Resolution 55/1.</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="9"><w:p><w:r><w:t>Not an official record.</w:t></w:r></w:p></w:footnote>
      """
    let endnotes =
      #"<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r>"#
      + #"<w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote>"#
    let docx = try DOCXReaderTests.read(
      DOCXBuilder(body: body, footnotes: footnotes, endnotes: endnotes))
    let document = try Self.read(html)
    let paragraph = try #require(document.blocks.first)
    #expect(paragraph.text == "The Council met. It adopted a text. It heard a report. It closed.")
    #expect(paragraph.footnoteReferences.map(\.marker) == ["1", "*", "i", "2"])
    // Endnote i follows the last footnote, 2, as in the DOCX; bodies come in the calls' order.
    #expect(paragraph.footnoteReferences.map(\.number) == [1, 0, 3, 2])
    #expect(
      document.blocks.filter { $0.kind == .footnote }.map(\.text) == [
        "See A/79/53.", "Not an official record.", "An endnote.", "Resolution 55/1.",
      ])
    let shapes = document.blocks.map(FormatEquivalenceTests.BlockShape.init)
    #expect(shapes == docx.blocks.map(FormatEquivalenceTests.BlockShape.init))
  }

  @Test func aWordNoteOfSeveralParagraphsIsOneBody() throws {
    let html = Self.page(
      """
      <p class=MsoNormal>The Group met in Vienna.\(Self.wordCall("ftn", 1, mark: "[1]"))</p>
      \(Self.noteList("ftn", [
        Self.wordNote("ftn", 1, mark: "[1]", ["See A/75/20.", "See also A/76/20."])
      ]))
      <p class=MsoNormal>Annex text after the notes.</p>
      """)
    let document = try Self.read(html)
    #expect(document.footnoteBodies[1]?.text == "See A/75/20. See also A/76/20.")
    #expect(
      document.blocks.map(\.kind) == [.paragraph, .paragraph, .footnote]
        && document.blocks[1].text == "Annex text after the notes.")
    #expect(!document.blocks.contains { $0.text.contains("<![") || $0.text.contains("[1]") })
  }

  @Test func wordHTMLInChineseGivesItsCallsAndBodies() throws {
    let html = Self.page(
      """
      <p class=MsoNormal>工作组于2021年举行会议。\(Self.wordCall("ftn", 1, mark: "[1]"))\
      会议通过了报告。\(Self.wordCall("ftn", 2, mark: "[2]"))</p>
      \(Self.noteList("ftn", [
        Self.wordNote("ftn", 1, mark: "[1]", ["见A/75/20。"]),
        Self.wordNote("ftn", 2, mark: "[2]", ["见大会第1472(XIV)号决议。"]),
      ]))
      """)
    let document = try Self.read(html)
    #expect(document.language == .simplifiedChinese)
    #expect(document.blocks.first?.text == "工作组于2021年举行会议。会议通过了报告。")
    #expect(document.blocks.first?.footnoteReferences.map(\.offset) == [14, 22])
    #expect(document.footnoteBodies[2]?.text == "见大会第1472(XIV)号决议。")
  }

  // MARK: Other conventions

  @Test func libreOfficeNotesAreFoundByTheirLinkBack() throws {
    let html = Self.page(
      """
      <p>The Council met.<a class="sdfootnoteanc" name="sdfootnote1anc" \
      href="#sdfootnote1sym"><sup>1</sup></a> It closed.</p>
      <div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" \
      href="#sdfootnote1anc">1</a> See A/79/53.</p></div>
      """)
    let document = try Self.read(html)
    #expect(document.blocks.first?.footnoteReferences.map(\.number) == [1])
    #expect(document.blocks.map(\.kind) == [.paragraph, .footnote])
    #expect(document.footnoteBodies[1]?.text == "See A/79/53.")
  }

  @Test func fnLinksToAPlainListGiveBodiesNotListItems() throws {
    let html = Self.page(
      """
      <p>The Council met.<sup><a href="#fn1" id="fnref1">1</a></sup> It closed.<sup><a href="#fn2" \
      id="fnref2">2</a></sup></p>
      <hr><ol><li id="fn1"><p>See A/79/53. <a href="#fnref1">↩</a></p></li>
      <li id="fn2"><p>Resolution 55/1. <a href="#fnref2">↩</a></p></li></ol>
      """)
    let document = try Self.read(html)
    #expect(document.blocks.map(\.kind) == [.paragraph, .footnote, .footnote])
    #expect(document.blocks.first?.footnoteReferences.map(\.number) == [1, 2])
    #expect(document.footnoteBodies[2]?.text == "Resolution 55/1.")
  }

  // MARK: Not calls

  @Test func aShortLinkToTheFootnoteSectionLeavesItsNotesAlone() throws {
    let html = Self.page(
      """
      <p>The Council met.<a href="#fn1" class="footnote-ref" id="fnref1"><sup>1</sup></a> See the \
      <a href="#footnotes">Notes</a>.</p>
      <section id="footnotes" class="footnotes"><ol><li id="fn1"><p>See A/79/53.<a href="#fnref1" \
      class="footnote-back">↩</a></p></li>
      <li id="fn2"><p>Resolution 55/1.</p></li></ol></section>
      """)
    let document = try Self.read(html)
    // The section is not one note's body: its items stay the notes, numbered by their ids.
    #expect(document.footnoteBodies.keys.sorted() == [1, 2])
    #expect(document.footnoteBodies[2]?.text == "Resolution 55/1.")
  }

  @Test func bracketedNumbersThatAreNotLinksStayText() throws {
    let html = Self.page(
      """
      <p>The Council met [1] and heard the report <a href="#annex">[2]</a>.</p>
      <p id="annex">2. The report is annexed.</p>
      """)
    let document = try Self.read(html)
    #expect(document.footnoteReferences.isEmpty && document.footnoteBodies.isEmpty)
    #expect(document.blocks.first?.text == "The Council met [1] and heard the report [2].")
  }

  @Test func aSuperscriptNumberBesideLinkedNotesIsText() throws {
    let html = Self.page(
      """
      <p>The area is 20 km<sup>2</sup>.\(Self.wordCall("ftn", 1, mark: "[1]"))</p>
      \(Self.noteList("ftn", [Self.wordNote("ftn", 1, mark: "[1]", ["Estimate."])]))
      """)
    let document = try Self.read(html)
    #expect(document.blocks.first?.text == "The area is 20 km2.")
    #expect(document.blocks.first?.footnoteReferences.map(\.number) == [1])
  }

  // MARK: Bad HTML

  /// Cut, shuffled and unbalanced versions of a Word page with notes: each is read or refused
  /// with a read error, never a crash or a hang.
  @Test func damagedWordPagesAreReadOrRefused() throws {
    let page = Array(
      Self.page(
        """
        <p class=MsoNormal>1. The Council met.\(Self.wordCall("ftn", 1, mark: "[1]")) It \
        heard.\(Self.wordCall("edn", 1, mark: "[i]"))</p>
        \(Self.noteList("ftn", [Self.wordNote("ftn", 1, mark: "[1]", ["See A/79/53.", "Also."])]))
        \(Self.noteList("edn", [Self.wordNote("edn", 1, mark: "[i]", ["An endnote."])]))
        """
      ).utf8)
    var generator = SplitMix64(seed: 20_261_127)
    let scratch = try ScratchDirectory()
    var read = 0
    for round in 0..<200 {
      var bytes = page
      for _ in 0..<(1 + round % 6) {
        let at = Int(generator.next() % UInt64(bytes.count))
        switch generator.next() % 4 {
        case 0: bytes.removeSubrange(at..<min(bytes.count, at + Int(generator.next() % 40)))
        case 1:
          bytes.insert(contentsOf: Array("<div id=ftn1><a name=_ftn1 href=#_ftnref1>".utf8), at: at)
        case 2: bytes.insert(contentsOf: Array("</div></p><![if x]>".utf8), at: at)
        default: bytes = Array(bytes[..<at])
        }
        if bytes.isEmpty { bytes = page }
      }
      let path = try scratch.write(bytes, to: "page\(round).html")
      // The reader throws only read errors (typed), so reaching the next round is the test.
      if (try? DocumentReader.read(contentsOf: path, language: .english)) != nil { read += 1 }
    }
    #expect(read > 100)
  }
}
