/// The units array of a large report written on several threads: the units are cut into pieces
/// of about `pieceBytes` of JSON, each piece's bytes are made on whichever thread takes it, and
/// they are passed on in order, a round of pieces at a time, so the bytes are the serial
/// writer's and at most a round's pieces are in memory.
struct ReportUnitPieces {
  /// About how many bytes of JSON a piece holds.
  static let pieceBytes = 1 << 19
  /// Pieces per thread in a round: enough that the threads finish a round together although
  /// the pieces' costs differ.
  static let piecesPerThread = 4
  /// Reports with fewer units are written on one thread: a thread costs more than they take.
  static let minimumUnits = 2_000

  let alignment: Alignment
  let threads: Int

  /// Whether the units of `alignment` are worth writing in pieces.
  static func pays(_ alignment: Alignment, threads: Int) -> Bool {
    threads > 1 && alignment.units.count >= minimumUnits
  }

  /// Writes the units array, at the second level of the report, into `stream`.
  func write(to stream: inout some TextOutputStream) throws {
    // Every number the units print, asked of the encoder once here rather than once a piece.
    let numbers = JSONNumbers(everyConfidenceOf: alignment)
    let pieces = self.pieces()
    let round = threads * Self.piecesPerThread
    var json = PrettyJSONWriter(base: 0)
    json.open("[")
    json.write(into: &stream)
    for start in stride(from: 0, to: pieces.count, by: round) {
      let written = ParallelWork(threads: threads).map(min(round, pieces.count - start)) { piece in
        Result { try bytes(of: pieces[start + piece], numbers: numbers) }
      }
      for piece in written {
        json.bytes = try piece.get()
        json.write(into: &stream)
      }
    }
    json.close("]", level: 1)
    json.write(into: &stream)
  }

  /// The units of one piece, each after its separator, as the array writes them.
  private func bytes(of units: Range<Int>, numbers: JSONNumbers) throws -> [UInt8] {
    var json = PrettyJSONWriter(base: 0)
    json.bytes.reserveCapacity(Self.pieceBytes * 5 / 4)
    var numbers = numbers
    for index in units {
      if index > 0 { json.bytes.append(UInt8(ascii: ",")) }
      json.newline(level: 2)
      try AlignmentReportJSON.unit(
        AlignmentReport.Unit(alignment, alignment.units[index]), &json, &numbers)
    }
    return json.bytes
  }

  /// Runs of consecutive units of about `pieceBytes` of JSON each: a unit's text is written
  /// twice (the sides, then the sentences) with some hundred bytes of structure.
  private func pieces() -> [Range<Int>] {
    let (source, target) = (alignment.source.blocks, alignment.target.blocks)
    var pieces: [Range<Int>] = []
    var start = 0
    var size = 0
    for (index, unit) in alignment.units.enumerated() {
      size += 600
      for block in unit.source { size += 2 * source[block].text.utf8.count }
      for block in unit.target { size += 2 * target[block].text.utf8.count }
      if size >= Self.pieceBytes {
        pieces.append(start..<index + 1)
        start = index + 1
        size = 0
      }
    }
    if start < alignment.units.count { pieces.append(start..<alignment.units.count) }
    return pieces
  }
}
