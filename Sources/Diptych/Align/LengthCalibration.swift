/// The English/Chinese length model's constants (PROVISIONAL: a quick estimate from the UN devset).
///
/// Estimated from the 4,000 pairs of /work/shared/data/unpc-devset with length = non-white-space
/// Unicode scalars: the ratio is Σzh/Σen and the variance Σ(zh − c·en)²/Σen. A calibrated file with
/// the same names replaces this one.
public enum LengthCalibration {
  /// Chinese scalars per English scalar.
  public static let meanRatio: Double = 0.3133
  /// The variance of the Chinese length per English scalar, in Chinese scalars squared.
  public static let variance: Double = 0.6419
  /// The 5th percentile of the per-pair ratio Chinese/English.
  public static let ratioP05: Double = 0.2316
  /// The 95th percentile of the per-pair ratio Chinese/English.
  public static let ratioP95: Double = 0.5455
  /// How many sentence pairs the constants were estimated from.
  public static let pairs: Int = 4000
}
