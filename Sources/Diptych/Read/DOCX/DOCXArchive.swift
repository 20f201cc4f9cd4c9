import Foundation
internal import ZIPFoundation

/// The parts of a DOCX package, read from its ZIP archive under limits that stop ZIP bombs:
/// a cap on each part's uncompressed size and on its compression ratio, counted on the bytes
/// actually inflated (the sizes a ZIP header declares can lie).
struct DOCXArchive {
  /// The most bytes all the parts read may inflate to, together.
  static let maximumInflatedSize = 256 * 1024 * 1024
  /// Above this size, a part may not inflate more than ``maximumRatio`` times its compressed size.
  static let ratioCheckedSize = 4 * 1024 * 1024
  /// Word's XML compresses 10 to 50 times; deflate's ceiling is about 1030.
  static let maximumRatio = 200
  /// The most entries looked through; a package has a few dozen.
  static let maximumEntries = 10_000

  private let archive: Archive
  private let entries: [String: Entry]
  private let path: String
  /// Bytes inflated so far, across parts.
  private var inflated = 0

  /// Opens the archive in the file `file`; errors name `path`, the file as the user named it.
  ///
  /// The archive is read from a file, never from memory: ZIPFoundation's in-memory reader traps
  /// on offsets past the end of a damaged archive (found by fuzzing), its file reader does not.
  init(file: String, path: String) throws(ReadError) {
    self.path = path
    do {
      archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
    } catch {
      throw ReadError(
        path: path, reason: .malformed("not a readable ZIP archive (truncated or damaged DOCX?)"))
    }
    var entries: [String: Entry] = [:]
    var count = 0
    for entry in archive {
      count += 1
      guard count <= Self.maximumEntries else {
        throw ReadError(
          path: path,
          reason: .malformed("the ZIP archive has more than \(Self.maximumEntries) entries"))
      }
      if entries[entry.path] == nil { entries[entry.path] = entry }
    }
    self.entries = entries
  }

  /// Whether the archive has a part with this name.
  func contains(_ name: String) -> Bool { entries[name] != nil }

  /// The bytes of the part `name`, or nil if the archive has no such part.
  mutating func part(_ name: String) throws(ReadError) -> [UInt8]? {
    guard let entry = entries[name] else { return nil }
    var bytes: [UInt8] = []
    let compressed = max(Int(clamping: entry.compressedSize), 1)
    let budget = Self.maximumInflatedSize - inflated
    defer { inflated += bytes.count }
    do {
      _ = try archive.extract(entry, bufferSize: 64 * 1024) { chunk in
        bytes.append(contentsOf: chunk)
        if bytes.count > budget { throw Limit.size }
        if bytes.count > Self.ratioCheckedSize, bytes.count / compressed > Self.maximumRatio {
          throw Limit.ratio
        }
      }
    } catch Limit.size {
      throw ReadError(
        path: path,
        reason: .tooLarge(
          "the DOCX parts inflate beyond \(Self.maximumInflatedSize) bytes (a ZIP bomb?)"))
    } catch Limit.ratio {
      throw ReadError(
        path: path,
        reason: .malformed(
          "the DOCX part \(name) inflates more than \(Self.maximumRatio) times its size (a ZIP "
            + "bomb?)"
        ))
    } catch {
      throw ReadError(path: path, reason: .malformed("the DOCX part \(name) is damaged (\(error))"))
    }
    return bytes
  }

  private enum Limit: Error { case size, ratio }
}
