extension Array where Element: Comparable {
  /// Sorts the array and keeps one of each run of equal elements: a set's members, ascending,
  /// without building a set (the evidence does this for every sentence of a document).
  mutating func sortAndRemoveRepeats() {
    let kept = withUnsafeMutableBufferPointer { $0.sortAndRemoveRepeats() }
    removeLast(count - kept)
  }

  /// Sorts the array ascending; a short one (a sentence's ids) by insertion, which is several
  /// times cheaper than the library's sort at that size (sorting the evidence's rows had been 3 %
  /// of a long document's alignment).
  mutating func sortAscending() {
    withUnsafeMutableBufferPointer { $0.sortAscending() }
  }
}

extension UnsafeMutableBufferPointer where Element: Comparable {
  /// Sorts the elements and moves one of each run of equal ones to the front, in order; returns
  /// how many there are.
  func sortAndRemoveRepeats() -> Int {
    sortAscending()
    var kept = 0
    for index in indices where index == 0 || self[index] != self[kept - 1] {
      self[kept] = self[index]
      kept += 1
    }
    return kept
  }

  /// Sorts the elements ascending; a few by insertion (see `Array.sortAscending`).
  func sortAscending() {
    guard count <= Self.insertionSortLimit else {
      var items = self  // the same memory: sorting it sorts this buffer's elements
      return items.sort()
    }
    for index in indices.dropFirst() {
      let item = self[index]
      var hole = index
      while hole > 0 && item < self[hole - 1] {
        self[hole] = self[hole - 1]
        hole -= 1
      }
      self[hole] = item
    }
  }

  /// The most elements `sortAscending` sorts by insertion: a Chinese sentence's 40-odd Han
  /// bigrams too (the library's sort took 12,000 instructions for them, most of reading them).
  private static var insertionSortLimit: Int { 64 }
}
