/// An ``AlignmentReport`` as `JSONEncoder` writes it (see `JSONReport.encodeValue`), byte for
/// byte: the units and findings, most of a report, written directly (`JSONEncoder` costs more
/// than reading the documents did), the rest by the encoder.
enum AlignmentReportJSON {
  /// The report as pretty, key-sorted JSON.
  static func encoded(_ report: AlignmentReport) throws -> String {
    var rest = report
    rest.units = []
    rest.findings = []
    guard let middle = middle(ofShell: try JSONReport.encodeValue(rest)) else {
      return try JSONReport.encodeValue(report)
    }
    // The whole report in one buffer, made a `String` once: no copy of the units' text.
    var json = PrettyJSONWriter(base: 0)
    // About what it takes, so that the buffer is not copied as it grows: a unit's text is
    // written twice (the sides, then the sentences), with some hundred bytes of structure.
    json.bytes.reserveCapacity(
      report.units.reduce(middle.utf8.count + 4096) {
        $0 + 600 + 2 * ($1.source.text.utf8.count + $1.target.text.utf8.count)
      })
    json.bytes.append(contentsOf: "{\n  \"findings\" : ".utf8)
    writeFindings(report.findings, into: &json)
    json.bytes.append(UInt8(ascii: ","))
    json.bytes.append(contentsOf: middle.utf8)
    json.bytes.append(contentsOf: "\n  \"units\" : ".utf8)
    try writeUnits(report.units, into: &json)
    json.bytes.append(contentsOf: "\n}".utf8)
    guard !json.failed else { return try JSONReport.encodeValue(report) }
    return String(decoding: json.bytes, as: UTF8.self)
  }

  /// What the encoder writes between the findings and the units of a report whose findings and
  /// units are empty: "findings" sorts first and "units" last, so it begins and ends with the two
  /// empty arrays, which are replaced; nil if it does not.
  private static func middle(ofShell shell: String) -> Substring? {
    let emptyFindings = "{\n  \"findings\" : [\n\n  ],"
    let emptyUnits = "\n  \"units\" : [\n\n  ]\n}"
    guard shell.hasPrefix(emptyFindings), shell.hasSuffix(emptyUnits) else { return nil }
    return shell.dropFirst(emptyFindings.count).dropLast(emptyUnits.count)
  }

  /// Writes the report of `alignment` into `stream` as `encoded` would write it, building each
  /// unit's part only when it is written; false, having written nothing, when it cannot be
  /// written so (the encoder's escapes are unknown, or its report does not begin and end as
  /// expected).
  static func write(
    _ alignment: Alignment, findings: [Finding], split: BilingualSplit?, threads: Int = 1,
    to stream: inout some TextOutputStream
  ) throws -> Bool {
    let shell = try JSONReport.encodeValue(
      AlignmentReport(shellOf: alignment, findings: findings, split: split))
    guard PrettyJSONWriter.escapesEveryString, let middle = middle(ofShell: shell),
      let findings = Self.findings(findings)
    else { return false }
    stream.write("{\n  \"findings\" : ")
    stream.write(findings)
    stream.write(",")
    stream.write(String(middle))
    stream.write("\n  \"units\" : ")
    if ReportUnitPieces.pays(alignment, threads: threads) {
      try ReportUnitPieces(alignment: alignment, threads: threads).write(to: &stream)
      stream.write("\n}")
      return true
    }
    var json = PrettyJSONWriter(base: 0)
    var numbers = JSONNumbers()
    try json.array(alignment.units, level: 1, flushingInto: &stream) { json, unit in
      try Self.unit(AlignmentReport.Unit(alignment, unit), &json, &numbers)
    }
    json.write(into: &stream)
    stream.write("\n}")
    return true
  }

  /// The findings array, at the second level of the report; nil if a string holds a control
  /// character.
  private static func findings(_ findings: [Finding]) -> String? {
    var json = PrettyJSONWriter(base: 0)
    writeFindings(findings, into: &json)
    return json.failed ? nil : String(decoding: json.bytes, as: UTF8.self)
  }

  /// Appends the findings array, at the second level of the report, to `json`.
  private static func writeFindings(_ findings: [Finding], into json: inout PrettyJSONWriter) {
    json.array(findings, level: 1) { json, finding in
      json.open("{")
      json.member("code", finding.code.rawValue, level: 3)
      json.key("facts", level: 3)
      json.array(finding.facts, level: 3) { json, fact in json.string(fact) }
      json.member("key", finding.key, level: 3)
      json.member("message", finding.message, level: 3)
      json.member("severity", finding.severity.rawValue, level: 3)
      if let side = finding.side { json.member("side", side.rawValue, level: 3) }
      for (key, lines) in [
        ("sourceLines", finding.sourceLines), ("targetLines", finding.targetLines),
      ] {
        guard let lines else { continue }
        json.key(key, level: 3)
        json.lines(lines, level: 3)
      }
      json.member("unit", finding.unit, level: 3)
      json.close("}", level: 2)
    }
  }

  /// Appends the units array, at the second level of the report, to `json`.
  private static func writeUnits(_ units: [AlignmentReport.Unit], into json: inout PrettyJSONWriter)
    throws
  {
    var numbers = JSONNumbers()
    var thrown: (any Error)? = nil
    json.array(units, level: 1) { json, unit in
      do {
        try Self.unit(unit, &json, &numbers)
      } catch {
        thrown = error
      }
    }
    if let thrown { throw thrown }
  }

  /// One unit, an object at the third level.
  static func unit(
    _ unit: AlignmentReport.Unit, _ json: inout PrettyJSONWriter, _ numbers: inout JSONNumbers
  ) throws {
    json.open("{")
    try json.member("confidence", unit.confidence, level: 3, numbers: &numbers)
    json.member("id", unit.id, level: 3)
    json.member("kind", unit.kind.rawValue, level: 3)
    json.member("method", unit.method.rawValue, level: 3)
    json.key("sentences", level: 3)
    var sentenceError: (any Error)? = nil
    json.array(unit.sentences, level: 3) { json, pair in
      json.open("{")
      do {
        try json.member("confidence", pair.confidence, level: 5, numbers: &numbers)
      } catch {
        sentenceError = error
      }
      json.member("source", pair.source, level: 5)
      json.member("target", pair.target, level: 5)
      json.close("}", level: 4)
    }
    if let sentenceError { throw sentenceError }
    json.member("shape", unit.shape, level: 3)
    json.key("source", level: 3)
    side(unit.source, &json)
    json.key("target", level: 3)
    side(unit.target, &json)
    json.close("}", level: 2)
  }

  /// One side of a unit, an object at the fourth level.
  private static func side(_ side: AlignmentReport.UnitSide, _ json: inout PrettyJSONWriter) {
    json.open("{")
    json.key("blocks", level: 4)
    json.array(side.blocks, level: 4) { json, id in json.string(id) }
    json.key("footnotes", level: 4)
    json.array(side.footnotes, level: 4) { json, number in json.number(number) }
    json.key("kinds", level: 4)
    json.array(side.kinds, level: 4) { json, kind in json.string(kind.rawValue) }
    if let label = side.label { json.member("label", label, level: 4) }
    if let lines = side.lines {
      json.key("lines", level: 4)
      json.lines(lines, level: 4)
    }
    json.member("text", side.text, level: 4)
    json.close("}", level: 3)
  }
}
