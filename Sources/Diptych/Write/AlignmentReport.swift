/// The machine-readable result of `align` and `check`: the JSON contract, schema version 1,
/// documented in Documentation/JSONSchema.md. Fields are only ever added within a version.
public struct AlignmentReport: Sendable, Codable {
  /// The schema version of this report.
  public var schemaVersion: Int
  /// The tool that wrote it.
  public var tool: Tool
  /// The source version.
  public var source: DocumentSummary
  /// The target version.
  public var target: DocumentSummary
  /// Where a bilingual file was split, if the pair came from one.
  public var split: BilingualSplit?
  /// The aligned units in document order.
  public var units: [Unit]
  /// The divergences found.
  public var findings: [Finding]
  /// Counts.
  public var summary: Summary

  /// The writing tool.
  public struct Tool: Sendable, Codable {
    public var name: String
    public var version: String
  }

  /// One version of the document.
  public struct DocumentSummary: Sendable, Codable {
    public var path: String
    public var language: Language
    public var blocks: Int
    public var sentences: Int
    public var footnoteReferences: Int
    public var repairs: Int
  }

  /// One aligned unit.
  public struct Unit: Sendable, Codable {
    public var id: String
    public var kind: BlockKind
    public var shape: String
    public var method: AlignmentMethod
    public var confidence: Double
    public var source: UnitSide
    public var target: UnitSide
    public var sentences: [SentencePairText]
  }

  /// One side of a unit.
  public struct UnitSide: Sendable, Codable {
    /// The unit's full text on this side, blocks joined by line breaks; "" when it has none.
    public var text: String
    /// The label of the first block, as printed.
    public var label: String?
    /// The ids of the blocks.
    public var blocks: [String]
    /// The kinds of the blocks.
    public var kinds: [BlockKind]
    /// The input lines.
    public var lines: LineRange?
    /// The footnote numbers called in these blocks.
    public var footnotes: [Int]
  }

  /// A sentence pair inside a unit, as text.
  public struct SentencePairText: Sendable, Codable {
    public var source: String
    public var target: String
    public var confidence: Double
  }

  /// Counts over the whole report.
  public struct Summary: Sendable, Codable {
    public var units: Int
    public var matched: Int
    public var sourceOnly: Int
    public var targetOnly: Int
    public var merged: Int
    public var sentencePairs: Int
    public var findingsBySeverity: [String: Int]
    public var findingsByCode: [String: Int]
  }

  /// The report for a pipeline result.
  public init(_ result: PipelineResult) {
    self.init(alignment: result.alignment, findings: result.findings, split: result.pair.split)
  }

  /// The report of an alignment and its findings; `split` is where a bilingual file was split.
  public init(alignment: Alignment, findings: [Finding], split: BilingualSplit? = nil) {
    schemaVersion = JSONReport.schemaVersion
    tool = Tool(name: "diptych", version: DiptychVersion.current)
    source = DocumentSummary(alignment.source)
    target = DocumentSummary(alignment.target)
    self.split = split
    units = alignment.units.map { Unit(alignment, $0) }
    self.findings = findings
    summary = Summary(alignment: alignment, findings: findings)
  }

  /// The report without its units and findings, which ``AlignmentReportJSON`` writes one by one.
  init(shellOf alignment: Alignment, findings: [Finding], split: BilingualSplit?) {
    self.init(
      alignment: Alignment(source: alignment.source, target: alignment.target, units: []),
      findings: [], split: split)
    summary = Summary(alignment: alignment, findings: findings)
  }
}

extension AlignmentReport.Unit {
  /// The report's view of one unit of `alignment`.
  init(_ alignment: Alignment, _ unit: AlignmentUnit) {
    let sourceSentences = alignment.sentences(of: unit, side: .source)
    let targetSentences = alignment.sentences(of: unit, side: .target)
    self.init(
      id: unit.id, kind: alignment.kind(of: unit), shape: unit.shape, method: unit.method,
      confidence: Self.rounded(unit.confidence),
      source: AlignmentReport.UnitSide(alignment, unit, .source),
      target: AlignmentReport.UnitSide(alignment, unit, .target),
      sentences: unit.sentences.map { pair in
        AlignmentReport.SentencePairText(
          source: pair.source.map { sourceSentences[$0].text }.joined(separator: " "),
          target: pair.target.map { targetSentences[$0].text }.joined(separator: ""),
          confidence: Self.rounded(pair.confidence))
      })
  }

  /// A confidence as the report prints it, to three decimals.
  static func rounded(_ confidence: Double) -> Double {
    (confidence * 1000).rounded() / 1000
  }
}

extension AlignmentReport.Summary {
  /// The counts of a pipeline result, without building the rest of the report.
  public init(_ result: PipelineResult) {
    self.init(alignment: result.alignment, findings: result.findings)
  }

  /// The counts of an alignment and its findings.
  public init(alignment: Alignment, findings: [Finding]) {
    let counts = SeverityCounts(findings)
    let bySeverity = Dictionary(
      uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, counts[$0]) })
    var byCode: [String: Int] = [:]
    for finding in findings {
      byCode[finding.code.rawValue, default: 0] += 1
    }
    self.init(
      units: alignment.units.count,
      matched: alignment.units.filter { !$0.source.isEmpty && !$0.target.isEmpty }.count,
      sourceOnly: alignment.units.filter { $0.target.isEmpty }.count,
      targetOnly: alignment.units.filter { $0.source.isEmpty }.count,
      merged: alignment.units.filter {
        !$0.source.isEmpty && !$0.target.isEmpty && ($0.source.count > 1 || $0.target.count > 1)
      }.count,
      sentencePairs: alignment.units.reduce(0) { $0 + $1.sentences.count },
      findingsBySeverity: bySeverity, findingsByCode: byCode)
  }
}

extension AlignmentReport.DocumentSummary {
  init(_ document: Document) {
    self.init(
      path: document.sourceName, language: document.language, blocks: document.blocks.count,
      sentences: document.blocks.reduce(0) { $0 + $1.sentences.count },
      footnoteReferences: document.blocks.reduce(0) { $0 + $1.footnoteReferences.count },
      repairs: document.repairs.count)
  }
}

extension AlignmentReport.UnitSide {
  init(_ alignment: Alignment, _ unit: AlignmentUnit, _ side: Side) {
    let blocks = alignment.blocks(of: unit, side)
    self.init(
      text: alignment.text(of: unit, side: side), label: blocks.first?.label?.text,
      blocks: blocks.map(\.id), kinds: blocks.map(\.kind),
      lines: alignment.lines(of: unit, side: side),
      footnotes: blocks.flatMap(\.footnoteReferences).map(\.number))
  }
}

extension JSONReport {
  /// The report as JSON.
  public static func encode(_ report: AlignmentReport) throws -> String {
    try AlignmentReportJSON.encoded(report)
  }
}

/// Writes the JSON report (`AlignmentReport`), an `AlignmentWriter` like the TMX and XML writers.
public struct JSONReportWriter: AlignmentWriter {
  /// Where a bilingual file was split, recorded in the report.
  public var split: BilingualSplit?
  /// The most threads a large report's units are written on when streamed.
  public var threads: Int

  /// Creates a writer; `threads` nil is as many as the machine has cores.
  public init(split: BilingualSplit? = nil, threads: Int? = nil) {
    self.split = split
    self.threads = ParallelWork.threads(threads)
  }

  public var fileExtension: String { "json" }

  public func write(_ alignment: Alignment, findings: [Finding]) throws(WriteError) -> String {
    do {
      return try JSONReport.encode(
        AlignmentReport(alignment: alignment, findings: findings, split: split))
    } catch {
      throw WriteError(format: "JSON", message: "\(error)")
    }
  }

  /// Writes the report unit by unit: the report of a long document is never whole in memory.
  public func write(
    _ alignment: Alignment, findings: [Finding], to stream: inout some TextOutputStream
  ) throws(WriteError) {
    do {
      guard
        try AlignmentReportJSON.write(
          alignment, findings: findings, split: split, threads: threads, to: &stream)
      else {
        return stream.write(try write(alignment, findings: findings))
      }
    } catch let error as WriteError {
      throw error
    } catch {
      throw WriteError(format: "JSON", message: "\(error)")
    }
  }
}
