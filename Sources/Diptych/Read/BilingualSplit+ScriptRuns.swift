extension BilingualSplit {
  /// A place the split by script may fall, before line `index` (0-based, numbered `number`) at
  /// position `start`, with the lines of each script before it.
  ///
  /// Across a run of lines of one script (lines with no letters between them do not end it), one
  /// side's agreeing lines grow by one a line and the other's shrink by one: the score is highest
  /// at either end of the run, never inside it. So the places after the last line of each run,
  /// and the start, are the only ones the split can choose.
  struct ScriptPlace {
    var latinBefore: Int
    var chineseBefore: Int
    var index: Int
    var start: Int
    /// The last line with text before the place.
    var lastTextLine: Int?
    var number: Int
  }

  /// The number of lines of each script and of all lines, and the places where runs of one
  /// script end, counted by the pass that looks for rules: the split by script needs no pass
  /// of its own.
  struct ScriptRuns {
    /// Runs remembered at most: a text of two versions has a few, and one that alternates more
    /// is read again instead, so memory stays bounded.
    static let placeLimit = 1 << 14

    var latin = 0
    var chinese = 0
    var lines = 0
    /// The places after each run but the last; nil once there were too many.
    private var ends: [ScriptPlace]? = []
    /// The place after the last line with a script, and that script.
    private var pending: (place: ScriptPlace, script: Int)? = nil

    /// Counts a line, with no places.
    mutating func add(_ line: UnsafeBufferPointer<UInt8>) {
      count(LanguageDetector.script(of: line))
    }

    /// Counts a line of `script` (``LanguageDetector/script(of:)``), numbered `number`, which
    /// ends at position `end`; `lastTextLine` is the last line with text up to this one.
    mutating func add(script: Int, number: Int, end: Int, lastTextLine: Int?) {
      count(script)
      guard script != 0, ends != nil else { return }
      if let pending, pending.script != script {
        if ends!.count >= Self.placeLimit {
          ends = nil
          return
        }
        ends!.append(pending.place)
      }
      pending = (
        ScriptPlace(
          latinBefore: latin, chineseBefore: chinese, index: lines, start: end,
          lastTextLine: lastTextLine, number: number + 1),
        script
      )
    }

    /// The places after each run of one script, in order, once every line is counted; nil if
    /// they were not kept.
    func places() -> [ScriptPlace]? {
      guard var places = ends else { return nil }
      if let pending { places.append(pending.place) }
      return places
    }

    private mutating func count(_ script: Int) {
      switch script {
      case 1: latin += 1
      case -1: chinese += 1
      default: break
      }
      lines += 1
    }
  }
}
