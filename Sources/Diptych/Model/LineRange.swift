/// Where something came from in its input: a range of 1-based line numbers, both ends included.
public struct LineRange: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The first line.
  public var first: Int
  /// The last line.
  public var last: Int

  /// Creates a range from `first` through `last`.
  public init(_ first: Int, _ last: Int) {
    self.first = first
    self.last = max(first, last)
  }

  /// Creates a range of one line.
  public init(line: Int) { self.init(line, line) }

  /// The smallest range holding both ranges.
  public func union(_ other: LineRange) -> LineRange {
    LineRange(min(first, other.first), max(last, other.last))
  }

  public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }
}
