import Diptych
import Testing

/// Shards: a stable, even partition by the hash of the pair id.
@Suite struct BatchShardTests {
  static let pairs = (1...400).map {
    BatchPair(id: "A-78-\($0)", source: "A-78-\($0)-E.txt", target: "A-78-\($0)-C.txt")
  }

  @Test(arguments: [2, 3, 8])
  func theShardsPartitionTheBatchEvenly(count: Int) throws {
    let shards = try (0..<count).map { try #require(BatchShard(index: $0, count: count)) }
    let selected = shards.map { $0.select(Self.pairs) }
    #expect(selected.map(\.count).reduce(0, +) == Self.pairs.count)
    #expect(Set(selected.flatMap { $0.map(\.id) }).count == Self.pairs.count)
    let fair = Self.pairs.count / count
    #expect(selected.allSatisfy { abs($0.count - fair) < fair / 3 }, "\(selected.map(\.count))")
  }

  @Test func membershipDependsOnTheIdAloneNotOnPositionOrNeighbours() throws {
    let shard = try #require(BatchShard(parsing: "1/4"))
    let chosen = Set(shard.select(Self.pairs).map(\.id))
    let reordered = Set(
      shard.select(Self.pairs.reversed().filter { $0.id.hasSuffix("7") }).map(\.id))
    #expect(reordered == chosen.filter { $0.hasSuffix("7") })
  }

  @Test func theHashIsFNV1aAndFixedAcrossRunsAndMachines() {
    #expect(BatchShard.hash("") == 0xCBF2_9CE4_8422_2325)
    #expect(BatchShard.hash("a") == 0xAF63_DC4C_8601_EC8C)
    #expect(BatchShard.hash("foobar") == 0x8594_4171_F739_67E8)
  }

  @Test(arguments: ["4/4", "-1/2", "1", "a/b", "0/0", "1/2/3", ""])
  func malformedShardsAreRejected(text: String) {
    #expect(BatchShard(parsing: text) == nil)
  }
}
