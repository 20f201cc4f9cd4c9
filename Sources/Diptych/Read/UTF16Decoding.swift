/// UTF-16 in either byte order, with or without a byte-order mark.
enum UTF16Decoding {
  /// The outcome of reading bytes as UTF-16.
  enum Outcome {
    /// The bytes are UTF-16.
    case valid(String)
    /// The code unit at this byte offset is an unpaired surrogate, or the last byte is odd.
    case invalid(at: Int)
  }

  /// Reads `bytes` (mark already removed) as UTF-16 in the given order.
  static func decode(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Outcome {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    var scalars = String.UnicodeScalarView()
    var parser = Unicode.UTF16.ForwardParser()
    var iterator = units.makeIterator()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        scalars.append(Unicode.UTF16.decode(encoded))
        offset += encoded.count * 2
      case .error:
        return .invalid(at: offset)
      case .emptyInput:
        if bytes.count % 2 != 0 { return .invalid(at: bytes.count - 1) }
        return .valid(String(scalars))
      }
    }
  }

  /// The byte order of BOM-less UTF-16, recognised by the NUL byte that every ASCII character
  /// carries (big-endian puts it first), or nil if the bytes do not show that pattern.
  static func byteOrderFromNULPattern(_ bytes: [UInt8]) -> Bool? {
    guard bytes.count >= 4, bytes.count % 2 == 0 else { return nil }
    let sample = bytes.prefix(8192)
    let pairs = sample.count / 2
    var nulFirst = 0
    var nulSecond = 0
    for pair in 0..<pairs {
      if sample[pair * 2] == 0 { nulFirst += 1 }
      if sample[pair * 2 + 1] == 0 { nulSecond += 1 }
    }
    // Mostly-ASCII UTF-16 has a NUL in most pairs, always on the same side.
    if nulSecond * 10 >= pairs * 3, nulFirst * 20 <= pairs { return false }
    if nulFirst * 10 >= pairs * 3, nulSecond * 20 <= pairs { return true }
    return nil
  }
}
