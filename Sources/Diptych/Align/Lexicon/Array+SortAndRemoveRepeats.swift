extension Array where Element: Comparable {
  /// Sorts the array and keeps one of each run of equal elements: a set's members, ascending,
  /// without building a set (the evidence does this for every sentence of a document).
  mutating func sortAndRemoveRepeats() {
    sortAscending()
    var kept = 0
    for index in indices where index == 0 || self[index] != self[kept - 1] {
      self[kept] = self[index]
      kept += 1
    }
    removeSubrange(kept...)
  }

  /// Sorts the array ascending; a short one (a sentence's ids) by insertion, which is several
  /// times cheaper than the library's sort at that size (sorting the evidence's rows had been 3 %
  /// of a long document's alignment).
  mutating func sortAscending() {
    guard count <= Self.insertionSortLimit else { return sort() }
    withUnsafeMutableBufferPointer { items in
      for index in items.indices.dropFirst() {
        let item = items[index]
        var hole = index
        while hole > 0 && item < items[hole - 1] {
          items[hole] = items[hole - 1]
          hole -= 1
        }
        items[hole] = item
      }
    }
  }

  /// The longest array `sortAscending` sorts by insertion.
  private static var insertionSortLimit: Int { 32 }
}
