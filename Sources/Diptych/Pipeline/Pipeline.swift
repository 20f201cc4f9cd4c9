/// The whole job on one pair of documents: align, then check.
public struct Pipeline: Sendable {
  /// The aligner.
  public var aligner: Aligner
  /// The checker.
  public var checker: Checker

  /// Creates a pipeline.
  public init(aligner: Aligner = Aligner(), checker: Checker = Checker()) {
    self.aligner = aligner
    self.checker = checker
  }

  /// The alignment of `pair` and the findings on it.
  public func run(_ pair: DocumentPair) -> PipelineResult {
    let alignment = aligner.align(source: pair.source, target: pair.target)
    return PipelineResult(
      pair: pair, alignment: alignment, findings: checker.findings(for: alignment))
  }
}

/// What the pipeline makes of one pair.
public struct PipelineResult: Sendable {
  /// The documents as read.
  public var pair: DocumentPair
  /// Their alignment.
  public var alignment: Alignment
  /// The divergences found.
  public var findings: [Finding]

  /// Creates a result from its parts (the pipeline's stages run one by one, as a benchmark does).
  public init(pair: DocumentPair, alignment: Alignment, findings: [Finding]) {
    self.pair = pair
    self.alignment = alignment
    self.findings = findings
  }

  /// Whether any finding is at or above `severity`.
  public func hasFindings(atLeast severity: Severity) -> Bool {
    findings.contains(severityAtLeast: severity)
  }
}
