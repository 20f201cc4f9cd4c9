import Diptych
import Testing

/// The DOCX reader on small packages, one WordprocessingML feature at a time.
@Suite struct DOCXReaderTests {
  static let numbering = """
    <w:abstractNum w:abstractNumId="0">
      <w:lvl w:ilvl="0"><w:start w:val="1"/>\
    <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/>\
    <w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
      <w:lvl w:ilvl="2"><w:start w:val="1"/>\
    <w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="1">
      <w:lvl w:ilvl="0"><w:start w:val="3"/>\
    <w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    </w:abstractNum>
    <w:abstractNum w:abstractNumId="2">
      <w:lvl w:ilvl="0"><w:start w:val="1"/>\
    <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    </w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride \
    w:val="10"/></w:lvlOverride></w:num>
    <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
    <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
    """

  static let styles = """
    <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn \
    w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn \
    w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="UN Heading"/><w:basedOn \
    w:val="Heading2"/></w:style>
    <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
    <w:style w:type="paragraph" w:styleId="Numbered"><w:name \
    w:val="Numbered"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    """

  static func read(_ builder: DOCXBuilder, language: Language? = nil) throws -> Document {
    let scratch = try ScratchDirectory()
    let path = try scratch.write(try builder.bytes(), to: "test.docx")
    return try DocumentReader.read(contentsOf: path, language: language)
  }

  typealias P = DOCXBuilder

  @Test func automaticNumberingIsComputedAsWordShowsIt() throws {
    let body = [
      P.p("The Committee met in Vienna.", numID: 1),
      P.p("to review the reports;", numID: 1, level: 1),
      P.p("to adopt the agenda;", numID: 1, level: 1),
      P.p("for the three sessions;", numID: 1, level: 2),
      P.p("The Committee adopted the report.", numID: 1),
      P.p("to publish it.", numID: 1, level: 1),
      P.p("The numbering restarted here at ten.", numID: 2),
      P.p("A numbered style carries on.", style: "Numbered"),
    ].joined()
    let document = try Self.read(
      DOCXBuilder(body: body, styles: Self.styles, numbering: Self.numbering))
    #expect(
      document.blocks.map { $0.label?.text ?? "-" } == [
        "1.", "(a)", "(b)", "(i)", "2.", "(a)", "10.", "11.",
      ])
    #expect(
      document.blocks.map(\.kind) == [
        .paragraph, .listItem, .listItem, .listItem, .paragraph, .listItem, .paragraph, .paragraph,
      ])
    #expect(document.blocks[1].parent == 0 && document.blocks[5].parent == 4)
    #expect(document.blocks[0].text == "The Committee met in Vienna.")
  }

  @Test func headingsComeFromStylesAndNumberedOutlines() throws {
    let body = [
      P.p("Report of the Committee", style: "Title"),
      P.p("Organizational matters", style: "Heading1", numID: 3),
      P.p("Opening of the session", style: "MyHeading"),
      P.p("The session was opened on 3 May 2024."),
    ].joined()
    let document = try Self.read(
      DOCXBuilder(body: body, styles: Self.styles, numbering: Self.numbering))
    #expect(document.blocks.map(\.kind) == [.title, .heading, .heading, .paragraph])
    #expect(
      document.blocks[1].label?.text == "III." && document.blocks[1].label?.style == .upperRoman)
    #expect(document.blocks[1].text == "Organizational matters" && document.blocks[1].level == 1)
    #expect(document.blocks[2].level == 2)
  }

  @Test func chineseCountingNumbersMakeChineseHeadings() throws {
    let body = [P.p("总体建议", numID: 4), P.p("工作组应向所有成员国开放。"), P.p("工作方法", numID: 4)].joined()
    let document = try Self.read(DOCXBuilder(body: body, numbering: Self.numbering))
    #expect(document.language == .simplifiedChinese)
    #expect(document.blocks.map { $0.label?.text ?? "-" } == ["一、", "-", "二、"])
    #expect(document.blocks.map(\.kind) == [.heading, .paragraph, .heading])
  }

  @Test func footnotesAndEndnotesGetTheNumbersWordDisplays() throws {
    let body = """
      <w:p><w:r><w:t>1. The Council met.</w:t></w:r><w:r><w:footnoteReference w:id="5"/></w:r>\
      <w:r><w:t xml:space="preserve"> It adopted a text.</w:t></w:r><w:r><w:footnoteReference \
      w:customMarkFollows="1" w:id="9"/><w:t>*</w:t></w:r>\
      <w:r><w:t xml:space="preserve"> It closed.</w:t></w:r><w:r><w:footnoteReference \
      w:id="7"/></w:r><w:r><w:endnoteReference w:id="2"/></w:r></w:p>
      """
    let footnotes = """
      <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
      <w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> See \
      A/79/53.</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> \
      Resolution 55/1.</w:t></w:r></w:p></w:footnote>
      <w:footnote w:id="9"><w:p><w:r><w:t>Not an official record.</w:t></w:r></w:p></w:footnote>
      """
    let endnotes =
      #"<w:endnote w:id="2"><w:p><w:r><w:endnoteRef/></w:r>"#
      + #"<w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote>"#
    let document = try Self.read(DOCXBuilder(body: body, footnotes: footnotes, endnotes: endnotes))
    let paragraph = try #require(document.blocks.first)
    #expect(paragraph.label?.text == "1.")
    #expect(paragraph.text == "The Council met. It adopted a text. It closed.")
    #expect(paragraph.footnoteReferences.map(\.marker) == ["1", "*", "2", "i"])
    // Endnote i follows the last footnote in the model, so footnote 1 and endnote i stay apart.
    #expect(paragraph.footnoteReferences.map(\.number) == [1, 0, 2, 3])
    #expect(paragraph.footnoteReferences.map(\.offset) == [16, 35, 46, 46])
    let bodies = document.blocks.filter { $0.kind == .footnote }
    #expect(
      bodies.map(\.text) == [
        "See A/79/53.", "Not an official record.", "Resolution 55/1.", "An endnote.",
      ])
    #expect(bodies.map(\.footnoteNumber) == [1, 0, 2, 3])
    #expect(
      document.footnoteBodies[1]?.text == "See A/79/53."
        && document.footnoteBodies[3]?.text == "An endnote.")
  }

  @Test func endnotesAloneKeepTheirNumbers() throws {
    let body =
      #"<w:p><w:r><w:t>The Council met.</w:t></w:r><w:r><w:endnoteReference w:id="4"/></w:r></w:p>"#
    let endnotes =
      #"<w:endnote w:id="4"><w:p><w:r><w:endnoteRef/></w:r>"#
      + #"<w:r><w:t>Only note.</w:t></w:r></w:p></w:endnote>"#
    let document = try Self.read(DOCXBuilder(body: body, endnotes: endnotes))
    #expect(document.blocks.first?.footnoteReferences.map(\.number) == [1])
    #expect(document.blocks.first?.footnoteReferences.map(\.marker) == ["i"])
    #expect(document.footnoteBodies[1]?.text == "Only note.")
  }

  @Test func footnoteNumberingFollowsTheSettings() throws {
    let body =
      #"<w:p><w:r><w:t>The Council met.</w:t></w:r>"#
      + #"<w:r><w:footnoteReference w:id="1"/></w:r></w:p>"#
    let footnotes = #"<w:footnote w:id="1"><w:p><w:r><w:t>Note.</w:t></w:r></w:p></w:footnote>"#
    let settings =
      #"<w:footnotePr><w:numFmt w:val="lowerLetter"/><w:numStart w:val="3"/></w:footnotePr>"#
    let document = try Self.read(DOCXBuilder(body: body, footnotes: footnotes, settings: settings))
    #expect(document.blocks.first?.footnoteReferences.map(\.marker) == ["c"])
    #expect(document.footnoteBodies[3]?.text == "Note.")
  }

  @Test func trackedChangesFieldsAndHyperlinksReadAsAccepted() throws {
    let body = """
      <w:p><w:r><w:t xml:space="preserve">The Council </w:t></w:r>\
      <w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve">finally </w:t></w:r></w:ins>\
      <w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve">never \
      </w:delText></w:r></w:del>\
      <w:r><w:t xml:space="preserve">adopted resolution </w:t></w:r>\
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF res \
      \\h </w:instrText></w:r>\
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>55/1</w:t></w:r><w:r><w:fldChar \
      w:fldCharType="end"/></w:r>\
      <w:r><w:t xml:space="preserve"> (see </w:t></w:r><w:hyperlink r:id="rId9"><w:r><w:t>the \
      website</w:t></w:r></w:hyperlink>\
      <w:fldSimple w:instr=" PAGE "><w:r><w:t xml:space="preserve">, page \
      4</w:t></w:r></w:fldSimple><w:r><w:t>).</w:t></w:r>\
      <w:moveFrom w:id="3" w:author="A"><w:r><w:t>Moved away.</w:t></w:r></w:moveFrom></w:p>
      """
    let document = try Self.read(DOCXBuilder(body: body))
    #expect(
      document.blocks.map(\.text) == [
        "The Council finally adopted resolution 55/1 (see the website, page 4)."
      ])
  }

  @Test func aDeletedParagraphMarkJoinsTheParagraphs() throws {
    let body = """
      <w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr><w:r><w:t>The Council \
      met</w:t></w:r></w:p>\
      <w:p><w:r><w:t>in Geneva.</w:t></w:r></w:p>
      """
    let document = try Self.read(DOCXBuilder(body: body))
    #expect(document.blocks.map(\.text) == ["The Council met in Geneva."])
  }

  @Test func softLineBreaksAndTableCells() throws {
    let body = """
      <w:p><w:r><w:t>9. The plan is as follows:</w:t></w:r></w:p>\
      <w:p><w:r><w:t>2022 (Stocktaking)</w:t><w:br/><w:t>Collect information.</w:t></w:r></w:p>\
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Year</w:t></w:r></w:p></w:tc>\
      <w:tc><w:p><w:r><w:t>Task</w:t></w:r></w:p></w:tc></w:tr>\
      <w:tr><w:tc><w:p><w:r><w:t>2023</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Map \
      the</w:t></w:r></w:p><w:p><w:r><w:t>norms.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      """
    let document = try Self.read(DOCXBuilder(body: body))
    #expect(
      document.blocks.map(\.kind) == [
        .paragraph, .listItem, .tableCell, .tableCell, .tableCell, .tableCell,
      ])
    #expect(
      document.blocks[1].label?.caption == "Stocktaking"
        && document.blocks[1].text == "Collect information.")
    #expect(document.blocks.suffix(4).map(\.text) == ["Year", "Task", "2023", "Map the norms."])
    // Paragraph ordinals stand for lines: the second cell of the second row holds paragraphs 6 and
    // 7.
    #expect(document.blocks.map(\.lines.first) == [1, 2, 3, 4, 5, 6])
  }
}
