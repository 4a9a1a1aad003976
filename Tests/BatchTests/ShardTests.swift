import Foundation
import Testing
@testable import Batch

@Suite struct ShardTests {
    static let names: [String] = (0..<2000).map { "arsip/\($0 % 13)/dokumen-\($0).json" }

    @Test(arguments: [1, 2, 3, 7, 16])
    func shardsPartitionTheInputs(count: Int) {
        var owner: [String: Int] = [:]
        for k in 1...count {
            let shard = Shard(index: k, count: count)!
            for n in Self.names where shard.contains(n) {
                #expect(owner[n] == nil, "\(n) in shards \(owner[n]!) and \(k)")
                owner[n] = k
            }
        }
        #expect(owner.count == Self.names.count)  // union = everything
        if count > 1 {  // and reasonably balanced
            let sizes = Dictionary(grouping: owner.values, by: { $0 }).mapValues(\.count)
            for (_, s) in sizes { #expect(s > Self.names.count / count / 2) }
        }
    }

    @Test func assignmentIsPinned() {
        // The same on every machine and every run (FNV-1a, not Swift's seeded Hasher).
        #expect(Shard.bucket(of: "2024/lkjip.json", count: 1000) == Int(FNV1a.hash("2024/lkjip.json") % 1000))
        #expect(FNV1a.hash("2024/lkjip.json") == 0x4251_4c1d_3a74_b366)
    }

    @Test func parsing() {
        #expect(Shard(parsing: "1/4") == Shard(index: 1, count: 4))
        #expect(Shard(parsing: "4/4") != nil)
        #expect(Shard(parsing: "1/1") != nil)
        for bad in ["0/4", "5/4", "a/b", "4", "1/0", "-1/3", "1/2/3", ""] {
            #expect(Shard(parsing: bad) == nil, "\(bad)")
        }
        #expect(Shard(parsing: "3/8")!.manifestName == "manifest.shard-3-of-8.jsonl")
    }

    @Test func discoveryShardsUnionToTheWholeTree() {
        let dir = TempDir("shard")
        defer { dir.cleanup() }
        for i in 0..<60 { dir.write("in/\(i % 4)/d\(i).pdf", "%PDF") }
        let all = Set(InputDiscovery(arguments: ["in"], cwd: dir.path).map(\.relativePath))
        #expect(all.count == 60)
        var union: [String] = []
        for k in 1...3 {
            union += InputDiscovery(arguments: ["in"], cwd: dir.path, shard: Shard(index: k, count: 3)).map(\.relativePath)
        }
        #expect(union.count == 60)
        #expect(Set(union) == all)
    }
}
