import Testing

@testable import Diptych

/// Manifests in CSV and JSON lines.
@Suite struct BatchManifestTests {
  @Test func csvWithAHeaderInAnyOrderQuotesAndRelativePaths() throws {
    let text = """
      id,target,source
      first,zh/a.txt,en/a.txt
      "with, comma","zh/b c.txt","/abs/en ""b"".txt"
      # a comment line

      ,,bilingual.txt
      """
    let pairs = try BatchManifest.parse(text, name: "pairs.csv", baseDirectory: "/base")
    #expect(
      pairs == [
        BatchPair(id: "first", source: "/base/en/a.txt", target: "/base/zh/a.txt"),
        BatchPair(id: "with, comma", source: "/abs/en \"b\".txt", target: "/base/zh/b c.txt"),
        BatchPair(id: "bilingual", source: "/base/bilingual.txt", target: nil),
      ])
  }

  @Test func csvWithoutAHeaderIsSourceTargetId() throws {
    let pairs = try BatchManifest.parse(
      "a/A-78-1-E.txt,a/A-78-1-C.txt\r\nb.en.txt,b.zh.txt,b\r\n", name: "list.csv",
      baseDirectory: "")
    #expect(pairs.map(\.id) == ["A-78-1", "b"])
    #expect(pairs.first?.target == "a/A-78-1-C.txt")
  }

  @Test func jsonLines() throws {
    let text = """
      {"source": "en/1.txt", "target": "zh/1.txt", "id": "one"}

      {"source": "/x/two.en.txt", "target": "/x/two.zh.txt"}
      """
    let pairs = try BatchManifest.parse(text, name: "pairs.jsonl", baseDirectory: "/m")
    #expect(
      pairs == [
        BatchPair(id: "one", source: "/m/en/1.txt", target: "/m/zh/1.txt"),
        BatchPair(id: "two", source: "/x/two.en.txt", target: "/x/two.zh.txt"),
      ])
  }

  @Test(arguments: [
    (
      "pairs.csv", "a.txt,b.txt,x\nc.txt,d.txt,x\n",
      "pairs.csv:2: the id 'x' is already used on line 1"
    ),
    ("pairs.csv", "source,target\n,b.txt\n", "pairs.csv:2: no source path"),
    (
      "pairs.jsonl", "{\"source\": \"a\"}\n{\"target\": \"b\"}\n",
      "pairs.jsonl:2: not a JSON object with a 'source' string (and optional 'target', 'id')"
    ),
  ])
  func mistakesNameTheLine(name: String, text: String, message: String) {
    #expect {
      _ = try BatchManifest.parse(text, name: name, baseDirectory: "")
    } throws: { error in
      (error as? BatchInputError)?.description == message
    }
  }

  @Test func anUnreadableManifestNamesTheFile() {
    #expect {
      _ = try BatchManifest.read(contentsOf: "/nonexistent/pairs.csv")
    } throws: { error in
      (error as? BatchInputError)?.description.hasPrefix("/nonexistent/pairs.csv: ") == true
    }
  }
}
