/// A stable share of a batch, `I/N`: the pairs whose id hashes to `I` modulo `N`.
///
/// The hash is FNV-1a over the id's UTF-8 bytes, not Swift's per-process seeded `Hasher`, so every
/// machine and every run puts a pair in the same shard, and adding or removing pairs elsewhere in a
/// folder never moves it. Shards are numbered from 0, as Kubernetes indexed jobs number them.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
  /// This shard's number, from 0 to `count` − 1.
  public var index: Int
  /// How many shards the batch is split into.
  public var count: Int

  /// Creates a shard; nil unless 0 ≤ `index` < `count`.
  public init?(index: Int, count: Int) {
    guard count > 0, (0..<count).contains(index) else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses `I/N`, as given on the command line; nil if malformed or out of range.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
    self.init(index: index, count: count)
  }

  /// Whether the pair with this id belongs to this shard.
  public func contains(id: String) -> Bool {
    Int(Self.hash(id) % UInt64(count)) == index
  }

  /// The pairs of this shard, in their given order.
  public func select(_ pairs: [BatchPair]) -> [BatchPair] {
    pairs.filter { contains(id: $0.id) }
  }

  /// The 64-bit FNV-1a hash of the id's UTF-8 bytes.
  public static func hash(_ id: String) -> UInt64 {
    var hasher = FNV1a()
    hasher.combine(id)
    return hasher.value
  }

  public var description: String { "\(index)/\(count)" }
}
