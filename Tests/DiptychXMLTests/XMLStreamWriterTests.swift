import DiptychXML
import Testing

@Suite struct XMLStreamWriterTests {
  @Test func writesADeclarationDoctypeAndIndentedStructure() throws {
    var writer = try XMLStreamWriter()
    try writer.startDocument()
    try writer.doctype("tmx", systemID: "tmx14.dtd")
    try writer.startElement("tmx")
    try writer.attribute("version", "1.4")
    try writer.startElement("body")
    try writer.startElement("tu")
    try writer.startElement("tuv")
    try writer.attribute("xml:lang", "en")
    try writer.element("seg", text: "Article 1 <General> & \"Purpose\"")
    try writer.endElement()
    try writer.endElement()
    try writer.startElement("tu")
    try writer.endElement()
    let output = try writer.finish()
    #expect(
      output == """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <body>
            <tu>
              <tuv xml:lang="en">
                <seg>Article 1 &lt;General&gt; &amp; &quot;Purpose&quot;</seg>
              </tuv>
            </tu>
            <tu/>
          </body>
        </tmx>

        """)
  }

  @Test func textElementsGetNoIndentationEvenAroundChildElements() throws {
    var writer = try XMLStreamWriter()
    try writer.startElement("tuv")
    try writer.startElement("seg", content: .text)
    try writer.startElement("ph")
    try writer.text("[1]")
    try writer.endElement()
    try writer.text("见《正式记录》")
    try writer.endElement()
    let output = try writer.finish()
    #expect(output.contains("\n  <seg><ph>[1]</ph>见《正式记录》</seg>\n</tuv>"))
    let seg = try XMLTree.Element.parse(output, sourceName: "out.xml").firstElement(named: "seg")
    #expect(seg?.text == "[1]见《正式记录》")
  }

  @Test func forbiddenCharactersAreRemovedSoTheOutputParses() throws {
    let dirty = "page\u{000C}break\u{0000}\u{0001}\u{000B} tab\there\r\nline 😀 \u{FFFE}\u{FFFF}end"
    var writer = try XMLStreamWriter()
    try writer.startDocument()
    try writer.startElement("r")
    try writer.attribute("note", dirty)
    try writer.element("seg", text: dirty)
    let output = try writer.finish()
    let root = try XMLTree.Element.parse(output, sourceName: "clean.xml")
    let expected = "pagebreak tab\there\r\nline 😀 end"
    #expect(root.firstElement(named: "seg")?.text == expected)
    #expect(root.attribute("note") == expected)
  }

  @Test func writingWithoutIndentationAddsNoWhiteSpace() throws {
    var writer = try XMLStreamWriter(indentation: nil)
    try writer.startElement("a")
    try writer.startElement("b")
    try writer.endElement()
    try writer.element("c", attributes: ["k": "v"], text: "x")
    #expect(try writer.finish() == "<a><b/><c k=\"v\">x</c></a>\n")
  }

  @Test func removingForbiddenKeepsAllowedText() {
    #expect(XMLCharacters.removingForbidden("第一年：盘点\t2022\n") == "第一年：盘点\t2022\n")
    #expect(XMLCharacters.removingForbidden("a\u{0C}b\u{1F}c\u{7F}") == "abc\u{7F}")
  }
}
