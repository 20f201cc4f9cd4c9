/// What every check sees: the alignment, and the questions checks ask of its units.
struct CheckContext: Sendable {
  /// The alignment being checked.
  public var alignment: Alignment
  /// The most threads a check may use on a large alignment; 1 keeps every check on the caller's.
  public var threads: Int

  /// Creates a context for `alignment`.
  public init(alignment: Alignment, threads: Int = 2) {
    self.alignment = alignment
    self.threads = threads
  }

  /// The document on one side.
  public func document(_ side: Side) -> Document {
    alignment.document(side)
  }

  /// The blocks of one side of a unit.
  public func blocks(of unit: AlignmentUnit, _ side: Side) -> [Block] {
    alignment.blocks(of: unit, side)
  }

  /// The texts of one side of a unit, read in place: a `Block` copied out of the document costs
  /// a retain of each of its fields.
  public func texts(of unit: AlignmentUnit, _ side: Side) -> [String] {
    let blocks = document(side).blocks
    return unit.blocks(side).map { blocks[$0].text }
  }

  /// The numbers of the footnote calls on one side of a unit, in order, read in place.
  public func footnoteCalls(of unit: AlignmentUnit, _ side: Side) -> [Int] {
    let blocks = document(side).blocks
    return unit.blocks(side).flatMap { blocks[$0].footnoteReferences.map(\.number) }
  }

  /// The kind of a unit: its source blocks' kind, else its target blocks'.
  public func kind(of unit: AlignmentUnit) -> BlockKind {
    alignment.kind(of: unit)
  }

  /// "English" or "Chinese": how a message names a side.
  public func name(_ side: Side) -> String {
    document(side).language.isChinese ? "Chinese" : "English"
  }

  /// A finding about `unit`, with both sides' lines filled in; `side` is the version it is about
  /// when only one is (a unit with one side is about that side).
  public func finding(
    _ code: FindingCode, _ severity: Severity, _ unit: AlignmentUnit, _ message: String,
    facts: [String] = [],
    about side: Side? = nil
  ) -> Finding {
    Self.locate(
      Finding(
        code: code, severity: severity, unit: unit.id, message: message, facts: facts,
        sourceLines: alignment.lines(of: unit, side: .source),
        targetLines: alignment.lines(of: unit, side: .target)),
      about: side)
  }

  /// The finding with its side: the one given, else the only side that has lines.
  private static func locate(_ finding: Finding, about side: Side?) -> Finding {
    var finding = finding
    finding.side =
      side
      ?? (finding.targetLines == nil && finding.sourceLines != nil
        ? .source
        : finding.sourceLines == nil && finding.targetLines != nil ? .target : nil)
    return finding
  }

  /// The parts of a unit compared side by side: its blocks pair by pair when they are numbered
  /// paragraphs whose numbers pair them one to one ("12." with "12.", "13." with "13."), which
  /// the aligner may group when one pair's lengths are unusual; otherwise the whole unit.
  public func parts(of unit: AlignmentUnit) -> [(source: [Int], target: [Int])] {
    let whole = [(source: unit.source, target: unit.target)]
    guard pairsByNumbers(unit) else { return whole }
    return zip(unit.source, unit.target).map { (source: [$0], target: [$1]) }
  }

  /// Whether an n:n unit (n > 1) pairs its blocks one to one by equal labels.
  public func pairsByNumbers(_ unit: AlignmentUnit) -> Bool {
    guard unit.source.count > 1, unit.source.count == unit.target.count else { return false }
    return zip(unit.source, unit.target).allSatisfy { source, target in
      guard let a = alignment.source.blocks[source].label,
        let b = alignment.target.blocks[target].label
      else { return false }
      return a.style == b.style && a.value == b.value
    }
  }

  /// A finding about part of `unit`: the lines are those of the given blocks of each side.
  public func finding(
    _ code: FindingCode, _ severity: Severity, _ unit: AlignmentUnit, _ message: String,
    facts: [String] = [],
    sourceBlocks: [Int], targetBlocks: [Int], about side: Side? = nil
  ) -> Finding {
    func lines(_ indices: [Int], _ side: Side) -> LineRange? {
      let document = document(side)
      return indices.map { document.blocks[$0].lines }.reduce(nil) { $0?.union($1) ?? $1 }
    }
    return Self.locate(
      Finding(
        code: code, severity: severity, unit: unit.id, message: message, facts: facts,
        sourceLines: lines(sourceBlocks, .source), targetLines: lines(targetBlocks, .target)),
      about: side)
  }

  /// A short quotation of a block for messages: its label and the start of its text.
  public func quote(_ block: Block, limit: Int = 40) -> String {
    let text = block.displayText
    return text.count <= limit ? "'\(text)'" : "'\(text.prefix(limit))…'"
  }
}

/// A divergence check: it reads the alignment and reports findings, never throws.
protocol DivergenceCheck: Sendable {
  /// The codes this check reports.
  var codes: [FindingCode] { get }
  /// The findings the check makes on the alignment.
  func findings(in context: CheckContext) -> [Finding]
  /// The check's work as pieces that may run at once, whose findings joined in order are
  /// `findings(in:)`'s: by default one piece, the whole check.
  func pieces(in context: CheckContext) -> [CheckPiece]
}
