/// How documents are read: where `pdftotext` is, and who hears about progress.
public struct ReadOptions: Sendable {
  /// Extracts the text of PDFs.
  public var pdf: PDFTextExtractor
  /// Called with the fraction done (0…1) as the inputs are read, decoded and segmented.
  public var progress: (@Sendable (Double) -> Void)?

  /// Creates options.
  public init(
    pdf: PDFTextExtractor = PDFTextExtractor(), progress: (@Sendable (Double) -> Void)? = nil
  ) {
    self.pdf = pdf
    self.progress = progress
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
