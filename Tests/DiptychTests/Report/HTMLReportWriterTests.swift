import Diptych
import DiptychXML
import Foundation
import Testing

/// The parity report as a browser reads it: parsed with libxml2's HTML parser.
@Suite struct HTMLReportWriterTests {
  /// The seed submission through the real pipeline.
  static let seed: PipelineResult = {
    guard let pair = try? DocumentReader.readBilingual(Corpus.seed) else {
      fatalError("the seed does not read")
    }
    return Pipeline().run(pair)
  }()

  private func page(_ alignment: Alignment, _ findings: [Finding]) throws -> XMLTree.Element {
    let html = try HTMLReportWriter().write(alignment, findings: findings)
    return try XMLTree.Element.parseHTML(Array(html.utf8), sourceName: "report.html")
  }

  @Test func everyUnitIsARowAndEveryFindingIsListedBesideItsUnit() throws {
    let result = Self.seed
    let root = try page(result.alignment, result.findings)
    #expect(root.attribute("lang") == "en")
    let rows = root.all("tr", class: "unit")
    #expect(rows.map { $0.attribute("id") } == result.alignment.units.map(\.id))
    let listed = root.all("li", class: "finding")
    #expect(listed.count == result.findings.count)
    for finding in result.findings {
      let row = try #require(rows.first { $0.attribute("id") == finding.unit })
      let messages = row.all("li", class: "finding").map {
        $0.all("span", class: "message").first?.text
      }
      #expect(messages.contains(finding.message), "\(finding.unit): \(finding.message)")
    }
    #expect(result.findings.count == 11)
  }

  @Test func theDifferingNumberIsMarkedOnTheSideWhereItStands() throws {
    let result = Self.seed
    let index = try #require(
      result.findings.firstIndex { $0.code == .numberMismatch && $0.facts == ["2017"] })
    let root = try page(result.alignment, result.findings)
    let row = try #require(
      root.all("tr", class: "unit").first { $0.attribute("id") == result.findings[index].unit })
    let cells = row.all("td", class: "side")
    #expect(cells.map { $0.attribute("lang") } == ["en", "zh-CN"])
    let englishMarks = cells[0].all("mark", class: "fact").filter { $0.text == "2017" }
    #expect(englishMarks.count == 1)
    #expect(
      englishMarks.first?.attribute("data-findings")?.split(separator: " ").contains(
        "f\(index + 1)") == true)
    #expect(englishMarks.first?.classes.contains("sev-error") == true)
    #expect(cells[1].all("mark").allSatisfy { $0.text != "2017" })
    // The footnote-numbering finding marks the calls: English 1 against Chinese 4.
    #expect(
      cells[0].all("sup", class: "fn-call").contains { !$0.all("mark").isEmpty && $0.text == "1" })
    #expect(
      cells[1].all("sup", class: "fn-call").contains { !$0.all("mark").isEmpty && $0.text == "4" })
  }

  @Test func unmatchedUnitsStandAloneWithAnEmptyColumn() throws {
    let result = Self.seed
    let root = try page(result.alignment, result.findings)
    let alone = root.all("tr", class: "alone")
    let expected = result.alignment.units.filter { $0.source.isEmpty || $0.target.isEmpty }.map(
      \.id)
    #expect(alone.map { $0.attribute("id") } == expected)
    #expect(expected.count == 3)
    for row in alone {
      let empty = try #require(row.all("td", class: "empty").first)
      #expect(empty.text.hasPrefix("Not in the "))
    }
  }

  @Test func summaryCountsUnitsAndFindingsBySeverityAndCode() throws {
    let result = Self.seed
    let root = try page(result.alignment, result.findings)
    let counts = Dictionary(
      uniqueKeysWithValues: root.all("div", class: "count").compactMap {
        count -> (String, String)? in
        guard let term = count.all("dt").first?.text, let value = count.all("dd").first?.text else {
          return nil
        }
        return (term, value)
      })
    #expect(counts["units"] == "20" && counts["matched"] == "17" && counts["findings"] == "11")
    #expect(counts["English only"] == "1" && counts["Chinese only"] == "2")
    let filters = root.all("input").filter { $0.attribute("name") == "code" }.compactMap {
      $0.attribute("value")
    }
    #expect(Set(filters) == Set(result.findings.map(\.code.rawValue)))
    let severities = root.all("input").filter { $0.attribute("name") == "severity" }.compactMap {
      $0.attribute("value")
    }
    #expect(severities == ["error", "warning", "info"])
  }

  @Test func thePageLoadsNothingFromOutside() throws {
    let result = Self.seed
    let html = try HTMLReportWriter().write(result.alignment, findings: result.findings)
    let root = try XMLTree.Element.parseHTML(Array(html.utf8), sourceName: "report.html")
    let everything = root.descendantsAndSelf
    #expect(everything.allSatisfy { $0.attribute("src") == nil })
    #expect(everything.filter { $0.name == "link" }.isEmpty)
    #expect(everything.compactMap { $0.attribute("href") }.allSatisfy { $0.hasPrefix("#") })
    #expect(!root.all("style").isEmpty && !root.all("script").isEmpty)
    #expect(html.contains("Content-Security-Policy") && html.contains("default-src 'none'"))
    #expect(html.contains("@media print"))
  }

  @Test func textIsEscapedAndSurvivesTheParser() throws {
    let alignment = SeedAlignment.make(formFeed: true)
    let html = try HTMLReportWriter().write(alignment, findings: SeedAlignment.findings)
    #expect(!html.contains("<draft>") && !html.contains("\u{000C}"))
    let root = try XMLTree.Element.parseHTML(Array(html.utf8), sourceName: "report.html")
    let footnoteRow = try #require(
      root.all("tr", class: "unit").first { $0.attribute("id") == "u8" })
    let english = try #require(footnoteRow.all("td", class: "source").first)
    #expect(english.text.contains("para. 245 & \"Annex\" <draft>."))
    #expect(english.text.contains("🛰️"))
    let chinese = try #require(footnoteRow.all("td", class: "target").first)
    #expect(chinese.text.contains("第 245 段 & “附件” <草案>。"))
  }

  @Test func labelsSitInTheMarginAndLabelFactsAreMarked() throws {
    let alignment = SeedAlignment.make()
    let root = try page(alignment, SeedAlignment.findings)
    let row = try #require(root.all("tr", class: "unit").first { $0.attribute("id") == "u4" })
    let labels = row.all("span", class: "label")
    #expect(labels.map(\.text) == ["II.", "一、"])
    #expect(labels.allSatisfy { $0.all("mark").count == 1 })
    let texts = row.all("p", class: "text").map(\.text)
    #expect(texts == ["General Principles", "总体建议"])
  }

  @Test func aDamagedAlignmentIsAWriteErrorNotACrash() {
    var alignment = SeedAlignment.make()
    alignment.units[2].source = [99]
    #expect(throws: WriteError.self) { try HTMLReportWriter().write(alignment, findings: []) }
  }
}
