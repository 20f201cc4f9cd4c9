/// Turns the lines of one language version, as extracted from PDF or typed, into a ``Document``.
///
/// The stages: repair extraction damage in each line, set page furniture aside, group lines into
/// blocks, join each block's lines, find footnote calls, split sentences.
///
/// Some decisions need the whole text (which words exist, which lines repeat, which digits form
/// the footnote sequence), so segmentation makes three passes: statistics of the lines, the
/// joined blocks and their footnote candidates, then the finished blocks. An input under 8 MB
/// keeps its cleaned lines and joined blocks for the passes after; a larger one is read twice,
/// and sets its joined blocks aside in a temporary file (``BlockSpill``) for the third pass. No
/// pass over a larger input holds more than a block and the statistics, so
/// ``segment(_:emit:)`` runs in memory that does not grow with the input.
package struct PlainTextSegmenter: Sendable {
  /// The language of the text.
  public var language: Language
  /// Told how far segmentation has got, from 0 to 1, so a terminal can show a large input moving.
  public var progress: (@Sendable (Double) -> Void)?
  /// Inputs up to this size (in bytes, or lines for lines in memory) keep their blocks from the
  /// second pass for the third instead of reading them again: less work for every ordinary
  /// document, and memory still bounded by this size for larger ones.
  var keptBlocksLimit = 8 << 20
  /// Whether a larger input sets its joined blocks aside in a temporary file for the third pass
  /// (else, or where no file can be written, the third pass reads and joins the input again).
  var spillsBlocks = true
  /// Where the temporary file of a larger input's blocks is made: nil for the temporary
  /// directory (`TMPDIR`, else /tmp).
  var spillDirectory: String? = nil

  /// Creates a segmenter for text in `language`.
  public init(language: Language, progress: (@Sendable (Double) -> Void)? = nil) {
    self.language = language
    self.progress = progress
  }

  /// The document the lines make.
  public func document(from input: [SourceLine], sourceName: String = "") -> Document {
    do {
      return try document(from: LineSource(lines: input), sourceName: sourceName)
    } catch {
      preconditionFailure("lines in memory are always readable: \(error)")
    }
  }

  /// The document the lines of `source` make.
  ///
  /// - Throws: ``ReadError`` if a file behind `source` can no longer be read.
  public func document(from source: LineSource, sourceName: String = "") throws(ReadError)
    -> Document
  {
    var blocks: [Block] = []
    let notes: SegmentationNotes
    do {
      notes = try segment(source) { blocks.append($0) }
    } catch var error {
      // A failure of no file of the source's own (its blocks' temporary file) names the input.
      if error.path.isEmpty { error.path = sourceName }
      throw error
    }
    return Document(
      language: language, blocks: blocks, repairs: notes.repairs, furniture: notes.furniture,
      sourceName: sourceName)
  }

  /// Segments `source`, handing each block to `emit` as soon as it is finished and keeping
  /// none, and returns the repairs and furniture, which come last in a document's output.
  ///
  /// - Throws: ``ReadError`` if a file behind `source` can no longer be read.
  public func segment(_ source: LineSource, emit: (Block) -> Void) throws(ReadError)
    -> SegmentationNotes
  {
    // An ordinary document keeps its cleaned lines for the second pass, and its blocks for the
    // third, instead of reading them again.
    let keepsBlocks = source.size <= keptBlocksLimit

    // 1. Statistics of the whole text.
    var collector = StatisticsCollector(language: language)
    var cleaner = LineCleaner(keepsRepairs: keepsBlocks)
    var cleaned: [SourceLine] = []
    func collect(_ line: SourceLine) {
      collector.add(line)
      if keepsBlocks { cleaned.append(line) }
    }
    try source.forEachLine { line, position in
      cleaner.add(line, collect)
      report(line, position, of: source, pass: 0)
      return true
    }
    cleaner.finish(collect)
    let statistics = collector.finish()

    // 2. The footnote sequence, chosen from the candidate calls of the whole text. A large
    // input sets its joined blocks aside in a file for the third pass, which then reads them
    // instead of the input.
    let spill = keepsBlocks || !spillsBlocks ? nil : BlockSpill(directory: spillDirectory)
    var assembler = BlockAssembler(language: language, words: statistics.words)
    var entries: [FootnoteSequence.Entry] = []
    var bodies: Set<Int> = []
    var kept: [(raw: RawBlock.Summary, joined: BlockAssembler.Joined, found: [FootnoteCandidate])] =
      []
    // A large input notes which block each candidate is in, and which are lone numbers, so the
    // third pass looks for calls only in the few blocks whose candidates matter.
    var candidateBlocks: [Int32] = []
    var loneCandidates: Set<Int> = []
    var repaired = RepairedLines()
    var blockCount = 0
    let input: CleanedInput =
      keepsBlocks ? .cleaned(cleaned, repairs: cleaner.repairs) : .source(source)
    cleaned = []
    let keptNotes = try rawBlocks(
      input, statistics, pass: 1, keepsNotes: keepsBlocks || spill != nil, repaired: &repaired
    ) {
      raw, index, _ in
      blockCount = index + 1
      if let number = raw.footnoteNumber { bodies.insert(number) }
      let joined = assembler.join(raw)
      let found = assembler.candidates(raw, joined, index: index)
      if keepsBlocks {
        kept.append((raw.summary, joined, found))
      } else {
        spill?.add(raw.summary, joined)
        for (offset, candidate) in found.enumerated() where candidate.form == .loneLine {
          loneCandidates.insert(entries.count + offset)
        }
        candidateBlocks += repeatElement(Int32(index), count: found.count)
      }
      entries += found.map { .init(number: $0.number, weight: $0.weight, form: $0.form) }
    }
    let chosen = FootnoteSequence.select(entries, bodies: bodies)
    entries = []
    // The blocks holding a chosen call or a lone number, each with the index of its first
    // candidate: only their calls change the output.
    var callBlocks: [Int: Int] = [:]
    var blockStart = 0
    for (candidate, block) in candidateBlocks.enumerated() {
      if candidate > 0, candidateBlocks[candidate - 1] != block { blockStart = candidate }
      if chosen.contains(candidate) || loneCandidates.contains(candidate) {
        callBlocks[Int(block)] = callBlocks[Int(block)] ?? blockStart
      }
    }
    candidateBlocks = []
    loneCandidates = []

    // 3. The blocks.
    var candidateIndex = 0
    func finish(
      _ raw: RawBlock.Summary, _ joined: BlockAssembler.Joined, _ found: [FootnoteCandidate],
      _ index: Int,
      _ notes: inout SegmentationNotes
    ) {
      notes.repairs += joined.repairs
      let marked = found.enumerated().map {
        (candidate: $1, chosen: chosen.contains(candidateIndex + $0))
      }
      candidateIndex += found.count
      emit(
        assembler.block(raw, joined, index: index, candidates: marked, furniture: &notes.furniture))
    }
    var notes: SegmentationNotes
    if keepsBlocks {
      notes = keptNotes
      for (index, block) in kept.enumerated() {
        finish(block.raw, block.joined, block.found, index, &notes)
      }
      kept = []
    } else if let spill, spill.finishWriting() {
      notes = keptNotes
      var index = 0
      while let (raw, joined) = spill.next() {
        if let first = callBlocks[index] {
          candidateIndex = first
          finish(raw, joined, assembler.candidates(raw.kind, joined, index: index), index, &notes)
        } else {
          finish(raw, joined, [], index, &notes)
        }
        index += 1
        if index % 4096 == 0 { progress?((2 + Double(index) / Double(max(1, blockCount))) / 3) }
      }
      guard index == blockCount else {
        throw ReadError(
          path: "", reason: .unreadable("the temporary file of its blocks was cut short"))
      }
    } else {
      repaired.finish()
      notes = try rawBlocks(
        .source(source), statistics, pass: 2, keepsNotes: true, repaired: &repaired
      ) {
        raw, index, notes in
        let joined = assembler.join(raw)
        guard let first = callBlocks[index] else {
          finish(raw.summary, joined, [], index, &notes)
          return
        }
        candidateIndex = first
        finish(
          raw.summary, joined, assembler.candidates(raw, joined, index: index), index, &notes)
      }
    }
    notes.repairs.sort { $0.line < $1.line }
    notes.furniture.sort { $0.line < $1.line }
    progress?(1)
    return notes
  }

  /// The lines a pass builds blocks of: read and cleaned again, or cleaned by the first pass.
  private enum CleanedInput {
    case source(LineSource)
    /// The cleaned lines, and the character repairs made in cleaning them.
    case cleaned([SourceLine], repairs: [Repair])
  }

  /// Reads `input` into raw blocks, handing each to `body` with its index, and gathers the
  /// repairs and furniture if `keepsNotes`; `repaired` notes the lines word repair changes, or
  /// says which they are if an earlier pass noted them.
  private func rawBlocks(
    _ input: CleanedInput, _ statistics: SegmentationStatistics, pass: Int, keepsNotes: Bool,
    repaired: inout RepairedLines, _ body: (RawBlock, Int, inout SegmentationNotes) -> Void
  ) throws(ReadError) -> SegmentationNotes {
    var notes = SegmentationNotes()
    var builder = BlockBuilder(
      language: language, numbered: statistics.numbered, fullWidth: statistics.fullWidth)
    var index = 0

    func handOn(_ blocks: [RawBlock]) {
      for block in blocks {
        body(block, index, &notes)
        index += 1
      }
    }
    var ordinal = 0
    func add(_ cleaned: SourceLine) {
      var line = cleaned
      // The repairer is asked through the optional, not bound: a binding would copy it (and
      // retain its tables) for every line.
      if statistics.words != nil, !line.text.isEmpty {
        defer { ordinal += 1 }
        if repaired.needsRepair(ordinal),
          case (let text, let repairs)? = statistics.words?.repair(line.text, line: line.number)
        {
          // A line with no repair is unchanged.
          if !repairs.isEmpty, !repaired.complete { repaired.note(ordinal) }
          line.text = text
          if keepsNotes { notes.repairs += repairs }
        }
      }
      if line.text.isEmpty {
        builder.blank()
      } else if let kind = PageFurniture.kind(
        of: line.text,
        repeated: PageFurniture.mayBeFurniture(line.text) && statistics.isRepeated(cleaned.text))
      {
        if keepsNotes {
          notes.furniture.append(FurnitureLine(kind: kind, line: line.number, text: line.text))
        }
        if kind == .footnoteRule { builder.footnoteArea() }
      } else if isFootnotesHeading(line.text) {
        if keepsNotes {
          notes.furniture.append(
            FurnitureLine(kind: .footnotesHeading, line: line.number, text: line.text))
        }
        builder.footnoteArea()
      } else {
        // A lone number is one to three ASCII digits, each a byte and a character of its own:
        // told from the bytes, without a `Character` made of the line's first.
        let bytes = line.text.utf8
        builder.add(line, loneNumber: bytes.count <= 3 && bytes.allSatisfy { $0 &- 0x30 < 10 })
      }
      handOn(builder.take())
    }

    let characterRepairs: [Repair]
    switch input {
    case .source(let source):
      var cleaner = LineCleaner(keepsRepairs: keepsNotes)
      try source.forEachLine { line, position in
        cleaner.add(line, add)
        report(line, position, of: source, pass: pass)
        return true
      }
      cleaner.finish(add)
      characterRepairs = cleaner.repairs
    case .cleaned(let lines, let repairs):
      for (index, line) in lines.enumerated() {
        add(line)
        if index % 4096 == 0 { progress?((Double(pass) + Double(index) / Double(lines.count)) / 3) }
      }
      characterRepairs = repairs
    }
    handOn(builder.finish())
    // Character repairs come first on their line, as they were made first.
    if keepsNotes { notes.repairs = characterRepairs + notes.repairs }
    return notes
  }

  /// Reports progress now and then: each of the three passes is a third of the work.
  private func report(_ line: SourceLine, _ position: Int, of source: LineSource, pass: Int) {
    guard let progress, line.number % 4096 == 0 else { return }
    let fraction = Double(position - source.span.lowerBound) / Double(max(1, source.size))
    progress((Double(pass) + fraction) / 3)
  }

  private func isFootnotesHeading(_ text: String) -> Bool {
    // The longest heading is 9 bytes: a longer line that starts and ends with no white space is
    // none.
    if text.utf8.count > 9, let first = text.unicodeScalars.first,
      let last = text.unicodeScalars.last,
      !UnicodeScalars.isWhitespace(first), !UnicodeScalars.isWhitespace(last),
      UnicodeScalars.isStandalone(last)
    {
      return false
    }
    return ["Footnotes", "Notes", "Endnotes", "脚注", "注释", "注", "尾注"].contains(
      text.trimmingWhitespace())
  }
}

/// What segmentation noted besides the blocks: the repairs it made and the page furniture it
/// set aside, each in line order.
package struct SegmentationNotes: Sendable, Hashable {
  /// The extraction repairs.
  public var repairs: [Repair] = []
  /// The lines recognised as page furniture.
  public var furniture: [FurnitureLine] = []

  /// Creates notes.
  public init(repairs: [Repair] = [], furniture: [FurnitureLine] = []) {
    self.repairs = repairs
    self.furniture = furniture
  }
}
