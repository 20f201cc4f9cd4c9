/// The first stage of segmentation, line by line: character damage repaired, and closing
/// punctuation stranded on a line of its own moved to the end of the line before.
///
/// The last line with text is held back until the next one arrives, since a stranded "。" may
/// still join it; blank lines after it wait with it.
struct LineCleaner {
  /// Whether the repairs are kept: only the pass that builds the document needs them.
  var keepsRepairs: Bool
  /// The repairs made so far, if kept.
  private(set) var repairs: [Repair] = []
  private var held: SourceLine?
  /// The numbers of the blank lines after `held`, as a range: a run of any length costs nothing.
  private var blanks: Range<Int>?

  init(keepsRepairs: Bool) {
    self.keepsRepairs = keepsRepairs
  }

  /// Takes the next input line; hands on every line that can no longer change.
  mutating func add(_ line: SourceLine, _ emit: (SourceLine) -> Void) {
    let (text, lineRepairs) = CharacterRepairer.repair(line)
    if keepsRepairs { repairs += lineRepairs }
    if !text.isEmpty, Self.isOrphanPunctuation(text), var previous = held {
      if keepsRepairs {
        repairs.append(
          Repair(
            kind: .orphanPunctuation, line: line.number, original: text,
            replacement: previous.text + text))
      }
      previous.text += text
      previous.through = line.number
      held = previous
      addBlank(line.number)
      return
    }
    if text.isEmpty {
      if held == nil {
        emit(SourceLine(number: line.number, text: ""))
      } else {
        addBlank(line.number)
      }
      return
    }
    flush(emit)
    held = SourceLine(number: line.number, text: text)
  }

  /// Hands on what is held: the input has ended.
  mutating func finish(_ emit: (SourceLine) -> Void) {
    flush(emit)
  }

  private mutating func addBlank(_ number: Int) {
    blanks = (blanks?.lowerBound ?? number)..<(number + 1)
  }

  private mutating func flush(_ emit: (SourceLine) -> Void) {
    if let line = held { emit(line) }
    for number in blanks ?? 0..<0 { emit(SourceLine(number: number, text: "")) }
    held = nil
    blanks = nil
  }

  static func isOrphanPunctuation(_ text: String) -> Bool {
    // Two marks of three bytes at most: a longer line is no orphan, and its characters need no
    // count.
    !text.isEmpty && text.utf8.count <= 6 && text.count <= 2
      && text.allSatisfy { "。，、；：！？）」』”’.".contains($0) }
  }
}
