// Write serializes what the pipeline makes; the pipeline does not know how it is written.
extension PipelineResult {
  /// The report that JSON output serializes.
  public var report: AlignmentReport { AlignmentReport(self) }

  /// The report's counts alone, cheap to compute.
  public var summary: AlignmentReport.Summary { AlignmentReport.Summary(self) }
}
