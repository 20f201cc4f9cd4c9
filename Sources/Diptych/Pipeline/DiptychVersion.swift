/// The version of Diptych, written into every output it makes.
public enum DiptychVersion {
  /// The version string.
  public static let current = "0.1.0"
}
