// TEMPORARY: replaced by the corpus branch at merge.
public enum LengthCalibration {
  public static let meanRatio: Double = 0.33
  public static let variance: Double = 0.1
  public static let ratioP05: Double = 0.25
  public static let ratioP95: Double = 0.42
  public static let pairs: Int = 4000
}
