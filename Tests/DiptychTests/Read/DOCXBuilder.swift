import Foundation
import ZIPFoundation

/// Builds small DOCX packages in memory from WordprocessingML fragments, to test one feature at a
/// time.
struct DOCXBuilder {
  static let namespaces =
    #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
    + #" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

  /// The content of `w:body`.
  var body: String
  var styles: String?
  var numbering: String?
  var footnotes: String?
  var endnotes: String?
  var settings: String?

  init(
    body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
    endnotes: String? = nil, settings: String? = nil
  ) {
    self.body = body
    self.styles = styles
    self.numbering = numbering
    self.footnotes = footnotes
    self.endnotes = endnotes
    self.settings = settings
  }

  /// A paragraph of plain runs.
  static func p(_ text: String, style: String? = nil, numID: Int? = nil, level: Int = 0) -> String {
    var properties = ""
    if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
    if let numID {
      properties += #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(numID)"/></w:numPr>"#
    }
    return
      #"<w:p><w:pPr>\#(properties)</w:pPr>"#
      + #"<w:r><w:t xml:space="preserve">\#(text)</w:t></w:r></w:p>"#
  }

  /// The package's bytes.
  func bytes() throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    func add(_ path: String, _ text: String) throws {
      let data = Data(text.utf8)
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    try add(
      "[Content_Types].xml",
      #"<?xml version="1.0" encoding="UTF-8"?>"#
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        + #"<Override PartName="/word/document.xml" "#
        + #"ContentType="application/vnd.openxmlformats-officedocument"#
        + #".wordprocessingml.document.main+xml"/></Types>"#
    )
    try add(
      "word/document.xml",
      #"<?xml version="1.0" encoding="UTF-8"?><w:document \#(Self.namespaces)>"#
        + #"<w:body>\#(body)</w:body></w:document>"#
    )
    for (name, content, root) in [
      ("styles", styles, "styles"), ("numbering", numbering, "numbering"),
      ("footnotes", footnotes, "footnotes"), ("endnotes", endnotes, "endnotes"),
      ("settings", settings, "settings"),
    ] {
      guard let content else { continue }
      try add(
        "word/\(name).xml",
        #"<?xml version="1.0" encoding="UTF-8"?>"#
          + #"<w:\#(root) \#(Self.namespaces)>\#(content)</w:\#(root)>"#
      )
    }
    guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
    return [UInt8](data)
  }
}

extension DOCXBuilder {
  /// The package with `word/document.xml` replaced by `document`, byte for byte.
  func replacingDocument(with document: String) throws -> [UInt8] {
    try package(overriding: ["word/document.xml": document])
  }

  /// The package with the part `name` stored under `newName` instead.
  func bytes(renaming name: String, to newName: String) throws -> [UInt8] {
    let archive = try Archive(data: Data(try bytes()), accessMode: .read)
    let output = try Archive(data: Data(), accessMode: .create)
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      try output.addEntry(
        with: entry.path == name ? newName : entry.path, type: .file,
        uncompressedSize: Int64(data.count)
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = output.data else { throw CocoaError(.fileWriteUnknown) }
    return [UInt8](data)
  }

  private func package(overriding parts: [String: String]) throws -> [UInt8] {
    let archive = try Archive(data: Data(try bytes()), accessMode: .read)
    let output = try Archive(data: Data(), accessMode: .create)
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      if let replacement = parts[entry.path] { data = Data(replacement.utf8) }
      try output.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(data.count)) {
        position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
    guard let data = output.data else { throw CocoaError(.fileWriteUnknown) }
    return [UInt8](data)
  }
}
