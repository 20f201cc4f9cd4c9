/// The vocabulary of Diptych's aligned XML, shared by its writer (Write) and its reader (Read), so
/// that neither stage depends on the other.
enum AlignedXML {
  /// The schema version written on the root; see the DTD for the compatibility policy.
  static let schemaVersion = 1

  /// The root element's name.
  static let root = "diptych-alignment"

  /// Block indices as the format writes them: decimal, separated by single spaces.
  static func indexList(_ indices: [Int]) -> String {
    indices.map(String.init).joined(separator: " ")
  }
}
