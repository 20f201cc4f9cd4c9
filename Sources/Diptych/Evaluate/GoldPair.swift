/// One line of an alignment file: the source indices and the target indices aligned together.
///
/// Indices are 0-based positions of blocks (or sentences) in each document. An empty side marks a
/// deletion (`[3]:[]`) or an insertion (`[]:[4]`).
package struct GoldPair: Sendable, Hashable, Codable {
  /// Indices on the source side, as written (vecalign compares them in order).
  public var source: [Int]
  /// Indices on the target side, as written.
  public var target: [Int]

  /// Creates a pair.
  public init(source: [Int], target: [Int]) {
    self.source = source
    self.target = target
  }

  /// Whether one side is empty: a source unit with no translation or a target unit with no source.
  public var isInsertionOrDeletion: Bool { source.isEmpty || target.isEmpty }
}

extension GoldPair: CustomStringConvertible {
  /// The pair in the file format, e.g. `[0, 1]:[2]`.
  public var description: String { GoldAlignment.format(self) }
}
