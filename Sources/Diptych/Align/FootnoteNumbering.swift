/// Which target footnote number a source footnote number stands for.
///
/// One constant offset (``FootnoteOffset``) holds until a translation drops a footnote and
/// renumbers the rest; from there on it pairs each call and body with its neighbour's, and
/// footnotes outweigh paragraph numbers as anchors. Paragraphs paired by their labels, which
/// the content confirmed run by run, say better: when a pair's blocks call as many footnotes on
/// each side, the calls pair in order. Otherwise a call keeps the offset if its partner block has
/// that number, and has no partner number at all if not (which one the other side lacks is for the
/// content to
/// decide), and a number the label pairs gave to another call is not reused by the offset.
struct FootnoteNumbering {
  private var known: [Int: Int] = [:]
  private var undecided: Set<Int> = []
  private var taken: Set<Int> = []
  private let offset: Int

  init(
    source: Document, target: Document, labelPairs: [(source: Int, target: Int)], offset: Int
  ) {
    self.offset = offset
    for pair in labelPairs {
      let calls = source.blocks[pair.source].footnoteReferences.map(\.number)
      let partners = target.blocks[pair.target].footnoteReferences.map(\.number)
      if calls.count == partners.count {
        for (call, partner) in zip(calls, partners) where known[call] == nil {
          known[call] = partner
          taken.insert(partner)
        }
      } else {
        // Calls the offset finds in the partner block keep it; the others are undecided.
        for call in calls {
          if partners.contains(call + offset), known[call] == nil {
            known[call] = call + offset
            taken.insert(call + offset)
          } else {
            undecided.insert(call)
          }
        }
      }
    }
    undecided.subtract(known.keys)
  }

  /// The target number of source footnote `number`, or nil when nothing says which it is.
  func partner(of number: Int) -> Int? {
    if let partner = known[number] { return partner }
    if undecided.contains(number) || taken.contains(number + offset) { return nil }
    return number + offset
  }
}
