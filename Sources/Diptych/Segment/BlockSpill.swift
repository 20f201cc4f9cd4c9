import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  import Darwin
#endif

/// The joined blocks of a large input, set aside in a temporary file by the pass that builds
/// them and read back in order by the pass that finishes them: the input is then read, cleaned
/// and joined once, in memory that does not grow with its size.
///
/// The file is unlinked as soon as it is made, so nothing is left behind; where none can be made
/// or written, the last pass reads the input again instead. Blocks are written with ``add(_:_:)``
/// until ``finishWriting()``, then read back with ``next()``.
final class BlockSpill {
  private let descriptor: Int32
  /// Bytes written but not yet in the file.
  private var buffer: [UInt8] = []
  /// Bytes read from the file but not yet decoded.
  private var reading = ReadBuffer(capacity: BlockSpill.flushSize + 4096)
  private var atEnd = false
  /// Whether every record written is in the file.
  private(set) var isWhole = true
  private static let flushSize = 1 << 20

  /// A spill file in `directory` (by default the temporary directory), or nil if none can be
  /// made.
  /// None is made where `fileSizeLimited`: a write past the limit kills the process (SIGXFSZ)
  /// rather than failing, so the input is read again instead.
  init?(directory: String? = nil, fileSizeLimited: Bool = BlockSpill.fileSizeIsLimited) {
    guard !fileSizeLimited else { return nil }
    let directory =
      directory
      ?? ProcessInfo.processInfo.environment["TMPDIR"].flatMap {
        $0.isEmpty ? nil : $0
      } ?? "/tmp"
    var template = Array((directory + "/diptych-blocks-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return nil }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.flushSize + 4096)
  }

  deinit { close(descriptor) }

  /// Whether the process may write files of bounded size only (`ulimit -f`).
  static var fileSizeIsLimited: Bool {
    var limit = rlimit()
    #if canImport(Glibc)
      // RLIM_INFINITY, all ones, does not import.
      let (resource, infinity) = (__rlimit_resource_t(RLIMIT_FSIZE.rawValue), rlim_t.max)
    #else
      let (resource, infinity) = (RLIMIT_FSIZE, RLIM_INFINITY)
    #endif
    return getrlimit(resource, &limit) == 0 && limit.rlim_cur != infinity
  }

  // MARK: Writing

  /// Sets a block aside.
  func add(_ raw: RawBlock.Summary, _ joined: BlockAssembler.Joined) {
    guard isWhole else { return }
    SpillRecordWriter.append(raw, joined, to: &buffer)
    if buffer.count >= Self.flushSize { flush() }
  }

  /// Ends writing, so that what is set aside can be read back from the first block; returns
  /// whether all of it can.
  func finishWriting() -> Bool {
    flush()
    if isWhole, lseek(descriptor, 0, SEEK_SET) != 0 { isWhole = false }
    return isWhole
  }

  private func flush() {
    guard isWhole else { return }
    var written = 0
    while written < buffer.count {
      let count = buffer.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + written, $0.count - written)
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        isWhole = false
        break
      }
      written += count
    }
    buffer.removeAll(keepingCapacity: true)
  }

  // MARK: Reading

  /// The next block set aside, in the order written; nil past the last.
  func next() -> (raw: RawBlock.Summary, joined: BlockAssembler.Joined)? {
    guard fill(4) else { return nil }
    let length = reading.withBytes {
      Int(UnsafeRawBufferPointer($0).loadUnaligned(as: UInt32.self).littleEndian)
    }
    guard fill(4 + length) else { return nil }
    let decoded = reading.withBytes { bytes in
      var reader = SpillRecordReader(bytes: UnsafeBufferPointer(rebasing: bytes[4..<(4 + length)]))
      return reader.decode()
    }
    reading.consume(4 + length)
    return decoded
  }

  /// Reads until `count` bytes not yet decoded are in memory; false if the file ends first.
  private func fill(_ count: Int) -> Bool {
    while reading.count < count {
      guard !atEnd else { return false }
      let wanted = max(Self.flushSize, count - reading.count)
      let got = reading.read(upTo: wanted) { read(descriptor, $0, $1) }
      if got < 0, errno == EINTR { continue }
      if got <= 0 { atEnd = true }
    }
    return true
  }
}

/// Appends one block's record to bytes being written: its length, then its fields in a fixed
/// order.
private struct SpillRecordWriter {
  static func append(
    _ raw: RawBlock.Summary, _ joined: BlockAssembler.Joined, to bytes: inout [UInt8]
  ) {
    let start = bytes.count
    bytes.append(contentsOf: [0, 0, 0, 0])
    var writer = SpillRecordWriter()
    writer.encode(raw, joined, &bytes)
    let length = UInt32(bytes.count - start - 4)
    for shift in 0..<4 { bytes[start + shift] = UInt8(truncatingIfNeeded: length >> (8 * shift)) }
  }

  private func encode(
    _ raw: RawBlock.Summary, _ joined: BlockAssembler.Joined, _ bytes: inout [UInt8]
  ) {
    bytes.append(UInt8(BlockKind.allCases.firstIndex(of: raw.kind)!))
    integer(raw.range.first, &bytes)
    integer(raw.range.last, &bytes)
    optional(raw.footnoteNumber, &bytes)
    optional(raw.level, &bytes)
    optional(raw.firstLoneNumberLine, &bytes)
    if let label = raw.label {
      bytes.append(1)
      string(label.text, &bytes)
      bytes.append(UInt8(LabelStyle.allCases.firstIndex(of: label.style)!))
      integer(label.value, &bytes)
      if let caption = label.caption {
        bytes.append(1)
        string(caption, &bytes)
      } else {
        bytes.append(0)
      }
    } else {
      bytes.append(0)
    }
    string(joined.text, &bytes)
    bytes.append(joined.standalone ? 1 : 0)
    integer(joined.lone.count, &bytes)
    for range in joined.lone {
      integer(range.lowerBound, &bytes)
      integer(range.upperBound, &bytes)
    }
    integer(joined.repairs.count, &bytes)
    for repair in joined.repairs {
      bytes.append(UInt8(RepairKind.allCases.firstIndex(of: repair.kind)!))
      integer(repair.line, &bytes)
      string(repair.original, &bytes)
      string(repair.replacement, &bytes)
    }
  }

  private func integer(_ value: Int, _ bytes: inout [UInt8]) {
    withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
  }

  private func optional(_ value: Int?, _ bytes: inout [UInt8]) {
    bytes.append(value == nil ? 0 : 1)
    if let value { integer(value, &bytes) }
  }

  private func string(_ text: String, _ bytes: inout [UInt8]) {
    var text = text
    integer(text.utf8.count, &bytes)
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }
}

/// Decodes one block's record, as ``SpillRecordWriter`` wrote it.
private struct SpillRecordReader {
  let bytes: UnsafeBufferPointer<UInt8>
  private var offset = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  mutating func decode() -> (raw: RawBlock.Summary, joined: BlockAssembler.Joined) {
    let kind = BlockKind.allCases[Int(byte())]
    let range = LineRange(integer(), integer())
    let footnoteNumber = optional()
    let level = optional()
    let firstLone = optional()
    var label: Label? = nil
    if byte() == 1 {
      let text = string()
      let style = LabelStyle.allCases[Int(byte())]
      let value = integer()
      let caption = byte() == 1 ? string() : nil
      label = Label(text: text, style: style, value: value, caption: caption)
    }
    let text = string()
    let standalone = byte() == 1
    let lone = (0..<integer()).map { _ in integer()..<integer() }
    let repairs = (0..<integer()).map { _ in
      Repair(
        kind: RepairKind.allCases[Int(byte())], line: integer(), original: string(),
        replacement: string())
    }
    return (
      RawBlock.Summary(
        kind: kind, label: label, footnoteNumber: footnoteNumber, level: level, range: range,
        firstLoneNumberLine: firstLone),
      BlockAssembler.Joined(text: text, lone: lone, repairs: repairs, standalone: standalone)
    )
  }

  private mutating func byte() -> UInt8 {
    defer { offset += 1 }
    return bytes[offset]
  }

  private mutating func integer() -> Int {
    defer { offset += 8 }
    return Int(
      Int64(
        littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(
          fromByteOffset: offset, as: Int64.self)))
  }

  private mutating func optional() -> Int? {
    byte() == 1 ? integer() : nil
  }

  private mutating func string() -> String {
    let count = integer()
    defer { offset += count }
    return String(
      decoding: UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
  }
}
