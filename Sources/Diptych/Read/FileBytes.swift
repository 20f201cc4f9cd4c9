#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  import Darwin
#endif

/// Reads a whole input file into one byte array, refusing what is not a readable regular file
/// or is larger than the limit, without an intermediate copy.
enum FileBytes {
  /// The size of the file at `path` if it is a regular file, nil for a pipe or a device.
  ///
  /// - Throws: ``ReadError`` if there is no such file, it is a directory, or it is larger than
  ///   `limit`.
  static func regularFileSize(_ path: String, limit: Int) throws(ReadError) -> Int? {
    var status = stat()
    guard stat(path, &status) == 0 else {
      throw ReadError(
        path: path, reason: .unreadable(errno == EACCES ? "permission denied" : "no such file"))
    }
    if (status.st_mode & S_IFMT) == S_IFDIR {
      throw ReadError(path: path, reason: .unreadable("it is a directory"))
    }
    guard (status.st_mode & S_IFMT) == S_IFREG else { return nil }
    let size = Int(status.st_size)
    guard size <= limit else {
      throw ReadError(path: path, reason: .tooLarge("\(size) bytes; the limit is \(limit)"))
    }
    return size
  }

  /// The first `count` bytes of the regular file at `path` (fewer if it is shorter).
  static func head(_ path: String, count: Int) throws(ReadError) -> [UInt8] {
    var head: [UInt8] = []
    try ChunkedFileReader.read(path, 0..<count, chunkSize: count) { chunk, _, _ in
      head = Array(chunk)
      return false
    }
    return head
  }

  static func read(_ path: String, limit: Int) throws(ReadError) -> [UInt8] {
    let size = try regularFileSize(path, limit: limit) ?? 0
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      throw ReadError(
        path: path,
        reason: .unreadable(errno == EACCES ? "permission denied" : "it cannot be opened"))
    }
    defer { close(descriptor) }
    // Regular files report their size; pipes and devices report 0 and are read until the limit.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(size > 0 ? size : 1 << 16)
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw ReadError(
          path: path,
          reason: .unreadable(errno == EISDIR ? "it is a directory" : "read error \(errno)"))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      guard bytes.count <= limit else {
        throw ReadError(path: path, reason: .tooLarge("more than \(limit) bytes"))
      }
    }
    return bytes
  }
}

/// The C library's `read`, named apart from ``FileBytes/read(_:limit:)``.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
  -> Int
{
  #if canImport(Glibc)
    Glibc.read(descriptor, buffer, count)
  #elseif canImport(Musl)
    Musl.read(descriptor, buffer, count)
  #else
    Darwin.read(descriptor, buffer, count)
  #endif
}
