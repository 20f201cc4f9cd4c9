/// A text as an array of Unicode scalars, so scanners can look around in O(1) and report offsets.
struct ScalarText {
  let scalars: [Unicode.Scalar]

  init(_ text: String) {
    // Decoded from the bytes at once: the checks read every block of a unit this way.
    scalars = UnicodeScalars.array(text)
  }

  var count: Int { scalars.count }

  subscript(_ index: Int) -> Unicode.Scalar? {
    index >= 0 && index < scalars.count ? scalars[index] : nil
  }

  /// The text of `range`, encoded straight into the string's storage: every fact's printed text
  /// is made here, and appending to a `String.UnicodeScalarView` cost thousands of instructions
  /// a call.
  func text(_ range: Range<Int>) -> String {
    let range = range.clamped(to: 0..<scalars.count)
    var byteCount = 0
    for index in range { byteCount += UTF8.width(scalars[index]) }
    return String(unsafeUninitializedCapacity: byteCount) { buffer in
      var offset = 0
      for index in range {
        UTF8.encode(scalars[index]) { byte in
          buffer[offset] = byte
          offset += 1
        }
      }
      return offset
    }
  }

  /// Whether the scalars at `index` spell `word`.
  func has(_ word: String, at index: Int) -> Bool {
    var position = index
    for scalar in word.unicodeScalars {
      guard self[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  /// The first index at or after `index` that is not a space.
  func skippingSpaces(from index: Int) -> Int {
    var position = index
    while let scalar = self[position], scalar.isSpace { position += 1 }
    return position
  }

  /// The last index at or before `index` that is not a space.
  func skippingSpacesBackward(from index: Int) -> Int {
    var position = index
    while let scalar = self[position], scalar.isSpace { position -= 1 }
    return position
  }
}

extension ScalarText {
  /// Where a run of Latin letters and digits starting at `index` ends, a dash counting when a
  /// digit follows it: "COVID-19", "G20", "H5N1", "JWH-018".
  func endOfLatinName(from index: Int) -> Int {
    var end = index
    while let scalar = self[end] {
      if scalar.isLatinLetter || scalar.isDigit {
        end += 1
      } else if scalar.isDash, self[end + 1]?.isDigit == true {
        end += 1
      } else {
        break
      }
    }
    return end
  }
}

extension Unicode.Scalar {
  /// The value of an ASCII or full-width digit.
  var digitValue: UInt8? {
    switch value {
    case 0x30...0x39: UInt8(value - 0x30)
    case 0xFF10...0xFF19: UInt8(value - 0xFF10)
    default: nil
    }
  }

  var isDigit: Bool { digitValue != nil }

  /// A basic Latin letter (documents mix Latin symbols and names into Chinese text).
  var isLatinLetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }

  var isUppercaseLatin: Bool { (0x41...0x5A).contains(value) }

  /// A space, including the no-break and thin spaces used as digit-group separators.
  var isSpace: Bool {
    switch value {
    case 0x20, 0x09, 0xA0, 0x2009, 0x202F, 0x3000, 0x2002, 0x2003: true
    default: false
    }
  }

  /// A hyphen or dash joining words, numbers or the ends of a range.
  var isDash: Bool {
    switch value {
    case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0xFF0D, 0x2212: true
    default: false
    }
  }

  /// A CJK ideograph.
  var isHan: Bool { (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) }
}
