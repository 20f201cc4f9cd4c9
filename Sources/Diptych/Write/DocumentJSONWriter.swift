import Foundation

/// Writes documents as ``JSONReport/encode(_:)`` does, byte for byte, but a block at a time, so
/// that a document of any size is written without being held.
package struct DocumentJSONWriter: DocumentSink {
  private let writeUTF8: (UnsafeBufferPointer<UInt8>) -> Void
  private let encoder: JSONEncoder
  private var documents = 0
  private var blocks = 0
  /// The bytes of the block being written, its storage kept from block to block.
  private var json = PrettyJSONWriter(base: 8)

  /// Creates a writer that hands its output, piece by piece, to `write`.
  public init(_ write: @escaping (String) -> Void) {
    self.init(utf8: { write(String(decoding: $0, as: UTF8.self)) })
  }

  /// Creates a writer that hands its output, piece by piece, to `write` as UTF-8 bytes, valid
  /// only during the call: no `String` is made of a block's bytes, which would validate them.
  public init(utf8 write: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
    writeUTF8 = write
    encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  }

  private func write(_ text: String) {
    var text = text
    text.withUTF8 { writeUTF8($0) }
  }

  public mutating func begin(language: Language, sourceName: String) {
    // Nothing is written before a document begins: an input that cannot be read leaves no output.
    write(documents == 0 ? "{\n  \"documents\" : [\n" : ",\n")
    blocks = 0
  }

  public mutating func add(_ block: Block) {
    write(blocks == 0 ? "    {\n      \"blocks\" : [\n" : ",\n")
    json.bytes.removeAll(keepingCapacity: true)
    json.failed = false
    BlockJSON.write(block, into: &json)
    if json.failed {
      write(Self.indented(encoded(block), by: 8))
    } else {
      json.bytes.withUnsafeBufferPointer { writeUTF8($0) }
    }
    blocks += 1
  }

  public mutating func end(language: Language, sourceName: String, notes: SegmentationNotes) {
    if blocks > 0 {
      var members = PrettyJSONWriter(base: 4)
      Self.writeMembers(
        after: "\n      ]", language: language, sourceName: sourceName, notes: notes,
        into: &members)
      if !members.failed {
        members.bytes.withUnsafeBufferPointer { writeUTF8($0) }
        documents += 1
        return
      }
    }
    // The document without blocks, as the encoder writes it: its other members follow the
    // blocks, since keys are sorted and "blocks" comes first.
    let rest = encoded(
      Document(
        language: language, blocks: [], repairs: notes.repairs, furniture: notes.furniture,
        sourceName: sourceName))
    if blocks == 0 {
      write(Self.indented(rest, by: 4))
    } else {
      guard let members = rest.range(of: "\n  \"furniture\" : ") else {
        preconditionFailure("a document always has furniture")
      }
      write(
        "\n      ],"
          + Self.indented(String(rest[members.lowerBound...]), by: 4, skippingFirstLine: true))
    }
    documents += 1
  }

  /// The members of a document after its blocks (furniture, language, repairs, source name) and
  /// its closing brace, as the encoder writes them indented by four: a document's notes can
  /// number thousands, and encoding them through `JSONEncoder` costs a twentieth of reading a
  /// Chinese text. `json.failed` says whether a string held a control character whose escape is
  /// left to the encoder.
  static func writeMembers(
    after blocksEnd: String, language: Language, sourceName: String, notes: SegmentationNotes,
    into json: inout PrettyJSONWriter
  ) {
    json.bytes.append(contentsOf: blocksEnd.utf8)
    json.key("furniture", level: 1)
    json.array(notes.furniture, level: 1) { json, line in
      json.open("{")
      json.member("kind", line.kind.rawValue, level: 3)
      json.member("line", line.line, level: 3)
      json.member("text", line.text, level: 3)
      json.close("}", level: 2)
    }
    json.member("language", language.rawValue, level: 1)
    json.key("repairs", level: 1)
    json.array(notes.repairs, level: 1) { json, repair in
      json.open("{")
      json.member("kind", repair.kind.rawValue, level: 3)
      json.member("line", repair.line, level: 3)
      json.member("original", repair.original, level: 3)
      json.member("replacement", repair.replacement, level: 3)
      json.close("}", level: 2)
    }
    json.member("sourceName", sourceName, level: 1)
    json.close("}", level: 0)
  }

  /// Ends the output; the writer must not be used after.
  public func finish() {
    guard documents > 0 else {
      write(((try? JSONReport.encode([])) ?? "") + "\n")
      return
    }
    write("\n  ],\n  \"schemaVersion\" : \(JSONReport.schemaVersion)\n}\n")
  }

  private func encoded(_ value: some Encodable) -> String {
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      // Documents hold strings and integers only, which always encode.
      preconditionFailure("a document failed to encode: \(error)")
    }
  }

  /// `text` with every line indented by `spaces` more; JSON strings escape their line breaks,
  /// so every line break is structure.
  private static func indented(_ text: String, by spaces: Int, skippingFirstLine: Bool = false)
    -> String
  {
    let indent = String(repeating: " ", count: spaces)
    // The encoder writes an empty array as "[", an empty line, "]": empty lines stay empty.
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      index, line in
      line.isEmpty || (index == 0 && skippingFirstLine) ? String(line) : indent + line
    }.joined(separator: "\n")
  }
}
