import FoundationEssentials
import KinerjaModel

/// `--shard K/N`: this run takes the inputs whose FNV-1a hash of the (NFC) relative output
/// path is K-1 modulo N. Deterministic across machines and runs, so N copies of the same
/// command (GNU parallel, a Slurm array) split an archive with no overlap and no gap.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, index >= 1, index <= count else { return nil }
        self.index = index; self.count = count
    }

    /// Parses `K/N` with 1 <= K <= N.
    public init?(parsing s: String) {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
              let k = Int(parts[0].trimming(.whitespaces)),
              let n = Int(parts[1].trimming(.whitespaces)) else { return nil }
        self.init(index: k, count: n)
    }

    public static func bucket(of relativePath: String, count: Int) -> Int {
        Int(FNV1a.hash(relativePath) % UInt64(count))
    }

    public func contains(_ relativePath: String) -> Bool {
        Shard.bucket(of: relativePath, count: count) == index - 1
    }

    public var description: String { "\(index)/\(count)" }

    /// The manifest a shard writes, so shards can share one output directory.
    public var manifestName: String { "manifest.shard-\(index)-of-\(count).jsonl" }
}
