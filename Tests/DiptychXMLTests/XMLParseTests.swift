import DiptychXML
import Foundation
import Testing

@Suite struct XMLParseTests {
  private let tmx = """
    <?xml version="1.0" encoding="UTF-8"?>
    <tmx version="1.4">
      <body>
        <tu tuid="p1">
          <tuv xml:lang="en"><seg>The Working Group shall be open to all member States</seg></tuv>
          <tuv xml:lang="zh-CN"><seg>工作组应向所有外空委成员国和永久观察员开放</seg></tuv>
        </tu>
      </body>
    </tmx>
    """

  @Test func elementsCarryLinesAndQualifiedAttributes() throws {
    let root = try XMLTree.Element.parse(tmx, sourceName: "sample.tmx")
    #expect(root.name == "tmx")
    #expect(root.line == 2)
    let tu = try #require(root.firstElement(named: "body")?.firstElement(named: "tu"))
    #expect(tu.line == 4)
    #expect(tu.attribute("tuid") == "p1")
    let tuvs = tu.elements(named: "tuv")
    #expect(tuvs.map(\.line) == [5, 6])
    #expect(tuvs.map { $0.attributes.map(\.name) } == [["xml:lang"], ["xml:lang"]])
    #expect(tuvs.map { $0.attribute("xml:lang") } == ["en", "zh-CN"])
    #expect(tuvs[1].text == "工作组应向所有外空委成员国和永久观察员开放")
  }

  @Test func attributesKeepDocumentOrderAndEscapes() throws {
    let root = try XMLTree.Element.parse(
      #"<header srclang="en" adminlang="en" creationtool="A &amp; B" o-tmf="&lt;x&gt;"/>"#,
      sourceName: "h.xml")
    #expect(root.attributes.map(\.name) == ["srclang", "adminlang", "creationtool", "o-tmf"])
    #expect(root.attribute("creationtool") == "A & B")
    #expect(root.attribute("o-tmf") == "<x>")
  }

  @Test func namespacesArePrefixedAndResolved() throws {
    let root = try XMLTree.Element.parse(
      #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        + #"<w:p w:rsid="1">x</w:p></w:document>"#,
      sourceName: "document.xml")
    #expect(root.name == "w:document")
    #expect(root.localName == "document")
    #expect(root.namespaceURI == "http://schemas.openxmlformats.org/wordprocessingml/2006/main")
    #expect(root.elements.first?.attributes == [XMLTree.Attribute(name: "w:rsid", value: "1")])
  }

  @Test func malformedInputReportsNameLineAndColumn() {
    let input = "<tmx>\n<body>\n<tu></tuv>\n</body>\n</tmx>"
    do {
      _ = try XMLTree.Element.parse(input, sourceName: "broken.tmx")
      Issue.record("a mismatched end tag was accepted")
    } catch {
      #expect(error.primary.line == 3)
      #expect(error.primary.severity == .fatal)
      #expect(error.description.hasPrefix("broken.tmx:3:"))
      #expect(error.description.contains("Opening and ending tag mismatch: tu"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test(arguments: ["", "   ", "plain text", "<open>", "<a></b>", "<a/><b/>"])
  func nonDocumentsAreRejected(_ input: String) {
    #expect(throws: XMLParseError.self) { try XMLTree.Element.parse(input, sourceName: "x") }
  }

  @Test func textAndCDATAAreMergedAndCommentsDropped() throws {
    let root = try XMLTree.Element.parse(
      "<seg>2022 <!-- note -->(Stocktaking)<![CDATA[ & <more>]]></seg>", sourceName: "s")
    #expect(root.children == [.text("2022 (Stocktaking) & <more>")])
  }

  @Test func bytesWithBOMAndUTF16AreDecoded() throws {
    for name in ["en-zh.sample.bom.tmx", "en-zh.sample.utf16.tmx"] {
      let root = try XMLTree.Element.parse(try Fixtures.bytes(name), sourceName: name)
      let segs = root.firstElement(named: "body")?.elements.first?.elements(named: "tuv")
        .map { $0.firstElement(named: "seg")?.text }
      #expect(segs?.last == "1. 人权理事会在联合国日内瓦办事处举行了第五十五届会议。", "\(name)")
    }
  }

  @Test func internalEntitiesAreExpanded() throws {
    let root = try XMLTree.Element.parse(
      #"<!DOCTYPE r [<!ENTITY un "United Nations">]><r title="&un; Office">the &un; at Geneva</r>"#,
      sourceName: "entities.xml")
    #expect(root.text == "the United Nations at Geneva")
    #expect(root.attribute("title") == "United Nations Office")
  }

  @Test func externalEntitiesAreNeitherLoadedNorExpanded() throws {
    let input = """
      <?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
      <r>before&secret;after</r>
      """
    let root = try XMLTree.Element.parse(input, sourceName: "xxe.xml")
    #expect(root.text == "beforeafter")
  }

  @Test func externalDTDIsNotLoaded() throws {
    let dtd = FileManager.default.temporaryDirectory
      .appendingPathComponent("diptych-external-\(UUID().uuidString).dtd")
    try #"<!ENTITY leaked "LOADED FROM THE EXTERNAL DTD">"#.write(
      to: dtd, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: dtd) }
    let input = "<!DOCTYPE r SYSTEM \"\(dtd.absoluteString)\"><r>&leaked;</r>"
    // Had the DTD been read, the entity would be declared and the text would say LOADED.
    do {
      let root = try XMLTree.Element.parse(input, sourceName: "external-dtd.xml")
      #expect(!root.text.contains("LOADED"))
    } catch {
      #expect(error.description.contains("leaked"))
    }
  }

  @Test func billionLaughsFailsWithAnError() {
    var declarations = #"<!ENTITY lol0 "lol">"#
    for level in 1...9 {
      let reference = "&lol\(level - 1);"
      declarations += "<!ENTITY lol\(level) \"\(String(repeating: reference, count: 10))\">"
    }
    let input = "<?xml version=\"1.0\"?><!DOCTYPE lolz [\(declarations)]><lolz>&lol9;</lolz>"
    #expect(throws: XMLParseError.self) { try XMLTree.Element.parse(input, sourceName: "lol.xml") }
    let inAttribute = "<!DOCTYPE lolz [\(declarations)]><lolz a=\"&lol9;\"/>"
    #expect(throws: XMLParseError.self) {
      try XMLTree.Element.parse(inAttribute, sourceName: "lol-attribute.xml")
    }
  }

  /// Few levels, many references: libxml2 lets it through, the copy's expansion budget does not.
  @Test func quadraticBlowupFailsWithAnError() {
    let big = String(repeating: "space resources ", count: 1000)
    let input =
      "<!DOCTYPE r [<!ENTITY big \"\(big)\">]><r>"
      + String(repeating: "&big;", count: 2000) + "</r>"
    do {
      let root = try XMLTree.Element.parse(input, sourceName: "quadratic.xml")
      Issue.record("expanded to \(root.text.count) characters")
    } catch {
      #expect(error.description.contains("entity 'big' expands beyond the limit"))
    }
  }

  @Test func deepNestingIsRejectedWithAClearMessage() {
    let depth = 1000
    let input = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
    do {
      _ = try XMLTree.Element.parse(input, sourceName: "deep.xml")
      Issue.record("\(depth) nested elements were accepted")
    } catch {
      #expect(error.description.hasPrefix("deep.xml:"))
      #expect(error.description.hasSuffix("elements are nested more than 256 deep"))
    }
  }

  @Test func moderateNestingIsAccepted() throws {
    let depth = XMLTree.Element.maximumDepth
    let input =
      String(repeating: "<a>", count: depth) + "x" + String(repeating: "</a>", count: depth)
    #expect(try XMLTree.Element.parse(input, sourceName: "nested.xml").text == "x")
  }

  @Test func concurrentParsesKeepTheirOwnDiagnostics() async {
    let results = await withTaskGroup(of: (Int, String).self) { group in
      for index in 0..<100 {
        group.addTask {
          // Odd inputs break on line index+2; even ones are well-formed.
          let broken = index % 2 == 1
          let input =
            "<r>" + String(repeating: "\n", count: index + 1)
            + (broken ? "<x></y>" : "<x>\(index)</x>") + "</r>"
          do throws(XMLParseError) {
            let root = try XMLTree.Element.parse(input, sourceName: "doc\(index).xml")
            return (index, root.text.trimmingCharacters(in: .newlines))
          } catch {
            return (index, error.description)
          }
        }
      }
      var collected: [Int: String] = [:]
      for await (index, outcome) in group { collected[index] = outcome }
      return collected
    }
    #expect(results.count == 100)
    for (index, outcome) in results {
      if index % 2 == 1 {
        #expect(outcome.hasPrefix("doc\(index).xml:\(index + 2):"), "\(index): \(outcome)")
      } else {
        #expect(outcome == "\(index)")
      }
    }
  }
}
