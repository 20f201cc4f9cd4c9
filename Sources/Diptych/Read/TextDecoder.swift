// TEMPORARY: replaced by the text branch at merge.
public enum TextDecoder {
  public static func decodeText(_ bytes: [UInt8], path: String) throws(ReadError) -> String {
    guard let text = String(validating: bytes, as: UTF8.self) else { throw ReadError(path: path, reason: .undecodable("invalid UTF-8")) }
    return text
  }
}
