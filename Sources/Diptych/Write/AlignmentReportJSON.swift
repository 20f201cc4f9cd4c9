/// An ``AlignmentReport`` as `JSONEncoder` writes it (see `JSONReport.encodeValue`), byte for
/// byte: the units, most of a report, written directly (`JSONEncoder` costs more than reading
/// the documents did), the rest by the encoder.
enum AlignmentReportJSON {
  /// The report as pretty, key-sorted JSON.
  static func encoded(_ report: AlignmentReport) throws -> String {
    var rest = report
    rest.units = []
    let shell = try JSONReport.encodeValue(rest)
    // "units" sorts last: the encoder ends the report with the empty array.
    let emptyUnits = "\n  \"units\" : [\n\n  ]\n}"
    guard !report.units.isEmpty, shell.hasSuffix(emptyUnits),
      let units = try units(report.units)
    else {
      return report.units.isEmpty ? shell : try JSONReport.encodeValue(report)
    }
    return String(shell.dropLast(emptyUnits.count)) + "\n  \"units\" : " + units + "\n}"
  }

  /// The units array, at the second level of the report; nil if a string holds a control
  /// character, whose escape is left to `JSONEncoder`.
  private static func units(_ units: [AlignmentReport.Unit]) throws -> String? {
    var json = PrettyJSONWriter(base: 0)
    var numbers = JSONNumbers()
    var thrown: (any Error)? = nil
    json.array(units, level: 1) { json, unit in
      do {
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
      } catch {
        thrown = error
      }
    }
    if let thrown { throw thrown }
    return json.failed ? nil : String(decoding: json.bytes, as: UTF8.self)
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
      json.open("{")
      json.member("first", lines.first, level: 5)
      json.member("last", lines.last, level: 5)
      json.close("}", level: 4)
    }
    json.member("text", side.text, level: 4)
    json.close("}", level: 3)
  }
}
