import Diptych

/// Says on standard error when the bundled lexicon cannot be loaded: the run goes on without it,
/// but its alignment and findings are not those of a complete installation, so the user must
/// not learn it from the results alone.
enum LexiconNotice {
  /// Loads the lexicon (once; later calls find it loaded), for reading to do on an idle core.
  static let load: @Sendable () -> Void = { _ = Lexicon.bundled }

  /// Prints one warning line if the lexicon is missing or unreadable; nothing otherwise.
  static func warnIfMissing() {
    guard case .failure(let error) = Lexicon.bundled else { return }
    StandardError.warning(
      "\(error); aligning by length, numbers and labels only, and reading every Chinese "
        + "numeral as a count")
  }
}
