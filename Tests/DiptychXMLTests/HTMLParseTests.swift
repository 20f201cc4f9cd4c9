import DiptychXML
import Testing

@Suite struct HTMLParseTests {
  @Test func parsesRealHTMLIntoTheSameTree() throws {
    let html = """
      <!DOCTYPE html>
      <html lang="zh-CN"><head><title>书面建议</title></head>
      <body><h1>一、总体建议</h1>
      <p class="para">《外空条约》体现了国际空间法的基本原则<sup>7</sup>
      <p>工作组应向所有外空委成员国和永久观察员开放
      </body></html>
      """
    let root = try XMLTree.Element.parseHTML(Array(html.utf8), sourceName: "zh.html")
    #expect(root.name == "html")
    #expect(root.attribute("lang") == "zh-CN")
    let body = try #require(root.firstElement(named: "body"))
    #expect(body.firstElement(named: "h1")?.text == "一、总体建议")
    let paragraphs = body.elements(named: "p")
    #expect(paragraphs.count == 2)
    #expect(paragraphs.first?.attribute("class") == "para")
    #expect(paragraphs.first?.firstElement(named: "sup")?.text == "7")
    #expect(paragraphs.first?.line == 4)
  }

  @Test(arguments: [
    "<<<>>>&&&;;",
    "</p></div></html><p><b><i>unclosed",
    "<table><tr><td>1<td>2</table></tr></td>",
    "<html><body>\u{0}\u{1}\u{FFFD}</body>",
    String(repeating: "<div>", count: 300),
    "<script>if (a < b && c > d) { x = '</div>'; }</script>",
    "<p a=\"unterminated><p b='x'>text",
  ])
  func garbageParsesWithoutCrashing(_ input: String) {
    // Any outcome but a crash is fine; an error must still name the input.
    do {
      let root = try XMLTree.Element.parseHTML(Array(input.utf8), sourceName: "garbage.html")
      #expect(!root.name.isEmpty)
    } catch {
      #expect(error.description.hasPrefix("garbage.html:"))
    }
  }

  @Test func randomBytesParseWithoutCrashing() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50 {
      let bytes = (0..<Int.random(in: 0..<400, using: &generator)).map { _ in
        UInt8.random(in: 0...255, using: &generator)
      }
      _ = try? XMLTree.Element.parseHTML(bytes, sourceName: "random.html")
    }
  }

  @Test func veryDeepHTMLIsRejectedNotOverflowed() {
    let input = String(repeating: "<div>", count: 5000) + "x"
    do {
      let root = try XMLTree.Element.parseHTML(Array(input.utf8), sourceName: "deep.html")
      Issue.record("5000 nested divs were accepted, depth \(root.depth)")
    } catch {
      #expect(error.description.contains("nested more than 256 deep"))
    }
  }
}

extension XMLTree.Element {
  var depth: Int { 1 + (elements.map(\.depth).max() ?? 0) }
}
