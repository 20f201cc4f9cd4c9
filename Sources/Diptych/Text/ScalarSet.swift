/// A small fixed set of Unicode scalars, tested without hashing: a bitmap for ASCII and a short
/// sorted list for the rest. Sentence splitting asks such sets about every scalar of a text.
struct ScalarSet: ExpressibleByArrayLiteral, Sendable {
  private var ascii: (low: UInt64, high: UInt64) = (0, 0)
  private var others: [UInt32] = []
  /// A bit for each scalar of the Basic Multilingual Plane, for a set of many scalars there.
  private var plane: [UInt64] = []

  init(arrayLiteral scalars: Unicode.Scalar...) {
    self.init(scalars)
  }

  init(_ scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars {
      let value = scalar.value
      if value < 64 {
        ascii.low |= 1 << UInt64(value)
      } else if value < 128 {
        ascii.high |= 1 << UInt64(value - 64)
      } else {
        others.append(value)
      }
    }
    others.sort()
    if others.count > 8 {
      plane = [UInt64](repeating: 0, count: 1024)
      for value in others where value < 0x10000 {
        plane[Int(value >> 6)] |= 1 << UInt64(value & 63)
      }
    }
  }

  @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 64 { return (ascii.low >> UInt64(value)) & 1 == 1 }
    if value < 128 { return (ascii.high >> UInt64(value - 64)) & 1 == 1 }
    guard let first = others.first, value >= first, value <= others[others.count - 1] else {
      return false
    }
    if value < 0x10000, !plane.isEmpty {
      return (plane[Int(value >> 6)] >> UInt64(value & 63)) & 1 == 1
    }
    // A binary search: the list is sorted.
    var lower = 0
    var upper = others.count
    while lower < upper {
      let middle = (lower + upper) / 2
      if others[middle] < value { lower = middle + 1 } else { upper = middle }
    }
    return others[lower] == value
  }
}
