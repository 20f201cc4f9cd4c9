/// How documents are read: where `pdftotext` is, and who hears about progress.
public struct ReadOptions: Sendable {
  /// Extracts the text of PDFs.
  public var pdf: PDFTextExtractor
  /// Called with the fraction done (0…1) as the inputs are read, decoded and segmented.
  public var progress: (@Sendable (Double) -> Void)?
  /// Work the caller will do next, which a pair large enough to be read on two threads runs
  /// beside its reads, on the core the shorter read leaves idle (the command line loads the
  /// lexicon there). Smaller inputs leave it to the caller, so it must be safe to do twice. A
  /// read that fails still waits for it before throwing.
  public var besideReads: (@Sendable () -> Void)?

  /// Creates options.
  public init(
    pdf: PDFTextExtractor = PDFTextExtractor(), progress: (@Sendable (Double) -> Void)? = nil,
    besideReads: (@Sendable () -> Void)? = nil
  ) {
    self.pdf = pdf
    self.progress = progress
    self.besideReads = besideReads
  }

  /// These options reporting progress within `range` of the whole.
  func scaled(to range: ClosedRange<Double>) -> ReadOptions {
    var options = self
    if let progress {
      options.progress = { fraction in
        progress(
          range.lowerBound + (range.upperBound - range.lowerBound) * min(max(fraction, 0), 1))
      }
    }
    return options
  }

  func report(_ fraction: Double) { progress?(fraction) }
}
