extension Array where Element: Comparable {
  /// Sorts the array and keeps one of each run of equal elements: a set's members, ascending,
  /// without building a set (the evidence does this for every sentence of a document).
  mutating func sortAndRemoveRepeats() {
    sort()
    var kept = 0
    for index in indices where index == 0 || self[index] != self[kept - 1] {
      self[kept] = self[index]
      kept += 1
    }
    removeSubrange(kept...)
  }
}
