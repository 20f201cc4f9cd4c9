#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#else
  import Darwin
#endif

/// GB18030 (and so GBK and GB2312) to Unicode, through the C library's iconv.
///
/// iconv rather than Foundation: it stops at the first invalid sequence and says where, and it
/// never substitutes characters, so a file is either decoded exactly or refused.
enum GB18030Conversion {
  /// The outcome of converting bytes from GB18030.
  enum Outcome {
    /// All bytes converted.
    case converted(String)
    /// The byte at this offset begins a sequence that is not GB18030 (or is cut off).
    case invalid(at: Int)
    /// The C library offers no GB18030 converter (its gconv modules are missing).
    case unavailable
  }

  /// Converts all of `bytes` from GB18030 to a String.
  static func decode(_ bytes: [UInt8]) -> Outcome {
    let converter = iconv_open("UTF-8", "GB18030")
    guard let converter, converter != iconv_t(bitPattern: -1) else { return .unavailable }
    defer { iconv_close(converter) }
    guard !bytes.isEmpty else { return .converted("") }

    var input = bytes.map { CChar(bitPattern: $0) }
    // No GB18030 character needs more than one and a half times its bytes in UTF-8.
    var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
    let outputCapacity = output.count
    return input.withUnsafeMutableBufferPointer { inputBuffer in
      output.withUnsafeMutableBufferPointer { outputBuffer in
        var inPointer = inputBuffer.baseAddress
        var inLeft = inputBuffer.count
        var outPointer = outputBuffer.baseAddress
        var outLeft = outputCapacity
        let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
        guard result != -1, inLeft == 0 else {
          return .invalid(at: inputBuffer.count - inLeft)
        }
        let written = outputCapacity - outLeft
        let utf8 = UnsafeRawBufferPointer(
          rebasing: UnsafeRawBufferPointer(outputBuffer)[..<written])
        return .converted(String(decoding: utf8, as: UTF8.self))
      }
    }
  }
}
