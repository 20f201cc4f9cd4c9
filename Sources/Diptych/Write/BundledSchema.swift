import Foundation

/// The DTDs shipped in the package's resource bundle (`Write/Schemas`).
package enum BundledSchema: String, Sendable, CaseIterable {
  /// The official TMX 1.4 DTD.
  case tmx14 = "tmx14"
  /// The DTD of Diptych's aligned XML.
  case alignment = "diptych-alignment"

  /// The file name the DOCTYPE of an output names.
  package var fileName: String { rawValue + ".dtd" }

  /// The DTD's bytes.
  /// - Throws: `WriteError` if the resource bundle lacks the file (a broken installation).
  package func bytes() throws(WriteError) -> [UInt8] {
    guard
      let url = Bundle.module.url(
        forResource: rawValue, withExtension: "dtd", subdirectory: "Schemas"),
      let data = try? Data(contentsOf: url)
    else {
      throw WriteError(format: fileName, message: "the bundled schema \(fileName) is missing")
    }
    return [UInt8](data)
  }
}
