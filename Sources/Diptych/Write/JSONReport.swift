import Foundation

/// JSON output: documents (what `segment` shows) and alignment reports (the machine-readable
/// contract of `align` and `check`, documented in Documentation/JSONSchema.md).
public enum JSONReport {
  /// The version of the JSON schema; bumped only for incompatible changes.
  public static let schemaVersion = 1

  /// Documents as JSON, with the schema version.
  public static func encode(_ documents: [Document]) throws -> String {
    struct Envelope: Encodable {
      var schemaVersion: Int
      var documents: [Document]
    }
    return try encodeValue(Envelope(schemaVersion: schemaVersion, documents: documents))
  }

  /// Any encodable value as pretty, key-sorted JSON.
  static func encodeValue(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
