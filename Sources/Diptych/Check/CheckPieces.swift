/// Every check's pieces, run at once on several threads and joined in the checks' order.
struct CheckPieces {
  /// The pieces of each check, in catalog order.
  var pieces: [[CheckPiece]]

  init(_ pieces: [[CheckPiece]]) {
    self.pieces = pieces
  }

  /// The findings of every piece, each passed through `finish` on the thread that made it, in
  /// the order of the checks and of each check's pieces: the serial outcome.
  func findings(threads: Int, finish: @Sendable ([Finding]) -> [Finding]) -> [Finding] {
    let flat = pieces.flatMap { $0 }
    // Checks that come whole are started first, while the split ones fill in around them: the
    // threads then finish together.
    let isWhole = pieces.flatMap { check in repeatElement(check.count == 1, count: check.count) }
    let schedule = flat.indices.filter { isWhole[$0] } + flat.indices.filter { !isWhole[$0] }
    let results = ParallelWork(threads: threads).map(schedule.count) {
      finish(flat[schedule[$0]].findings())
    }
    var joined = [[Finding]](repeating: [], count: flat.count)
    for (slot, piece) in schedule.enumerated() { joined[piece] = results[slot] }
    return joined.flatMap { $0 }
  }
}
