import FoundationEssentials

/// What earlier runs finished, read from the manifests of an output directory, for
/// deciding which inputs a re-run may skip. Kept compact — two 64-bit hashes per
/// input — so it stays small for very large archives.
public struct ResumeIndex: Sendable {
    /// hash(path) -> hash(sha256, tool version, output) of the latest successful record.
    private var done: [UInt64: UInt64] = [:]
    public private(set) var ignoredLines = 0

    public init() {}

    /// Reads every manifest in `directory` (see `Manifest.files(in:)`); a later line for
    /// the same path overrides an earlier one.
    public init(directory: String) throws {
        for file in Manifest.files(in: directory) {
            let stats = try ManifestReader.forEachRecord(in: file) { add($0) }
            ignoredLines += stats.ignored
        }
    }

    public var count: Int { done.count }

    public mutating func add(_ r: ManifestRecord) {
        let key = FNV1a.hash(r.path)
        if r.succeeded, let sha = r.sha256, let out = r.output {
            done[key] = ResumeIndex.fingerprint(sha256: sha, toolVersion: r.toolVersion, output: out)
        } else {
            done[key] = nil
        }
    }

    static func fingerprint(sha256: String, toolVersion: String, output: String) -> UInt64 {
        FNV1a.hash(fields: [sha256.lowercased(), toolVersion, output])
    }

    /// True when the latest record for `path` succeeded with the same input bytes, the
    /// same tool version and the same output name, and that output is still there.
    public func canSkip(path: String, sha256: String, toolVersion: String, output: String,
                        outputExists: Bool) -> Bool {
        guard outputExists, let fp = done[FNV1a.hash(path)] else { return false }
        return fp == ResumeIndex.fingerprint(sha256: sha256, toolVersion: toolVersion, output: output)
    }
}
