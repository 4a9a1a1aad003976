import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

public struct MergeSummary: Sendable {
    public var sources: [String]
    /// Records in the merged manifest (the latest per input path).
    public var records = 0
    public var copied = 0
    /// Successful records whose JSON was not found in their source directory.
    public var missingOutputs: [String] = []
    public var ignoredLines = 0
    public var manifestPath = ""

    public var text: String {
        var s = "kinerja: merge: \(records) record\(records == 1 ? "" : "s") from \(sources.count) director\(sources.count == 1 ? "y" : "ies"), \(copied) output\(copied == 1 ? "" : "s") copied; manifest \(manifestPath)"
        if ignoredLines > 0 { s += "\nkinerja: merge: \(ignoredLines) torn or unreadable manifest line(s) ignored" }
        for m in missingOutputs.prefix(20) { s += "\nkinerja: merge: \(m): recorded as done but its JSON is missing" }
        if missingOutputs.count > 20 { s += "\nkinerja: merge: … and \(missingOutputs.count - 20) more missing outputs" }
        return s
    }
}

/// `kinerja merge DIR... --out DIR`: combines the manifests (`manifest.jsonl` and
/// `manifest.shard-K-of-N.jsonl`) of batch output directories into one
/// `OUT/manifest.jsonl`, keeping the latest record per input path (the output
/// directory's own records first, then the sources in order), and copies the JSON
/// outputs into OUT. Merging shards that already share OUT just writes the combined manifest.
/// Two passes over the manifests, holding 24 bytes per input in between.
public enum Merge {
    public static func run(sources: [String], output: String,
                           cwd: String = FileManager.default.currentDirectoryPath) throws -> MergeSummary {
        let out = PathUtil.absolute(output, cwd: cwd)
        var dirs = sources.map { PathUtil.absolute($0, cwd: cwd) }
        for d in dirs where PathUtil.kind(d) != .directory && PathUtil.kind(d) != .symlinkToDirectory {
            throw BatchError.usage("\(d): not a directory")
        }
        if PathUtil.kind(out) == .file { throw BatchError.usage("--out \(output) is a file, not a directory") }
        if !dirs.contains(out), PathUtil.kind(out) == .directory, !Manifest.files(in: out).isEmpty {
            dirs.insert(out, at: 0)  // keep what OUT already holds
        }
        var seen = Set<String>()
        dirs = dirs.filter { seen.insert($0).inserted }
        try PathUtil.makeDirectories(out)

        var files: [(dir: String, file: String)] = []
        for d in dirs {
            let fs = Manifest.files(in: d)
            if fs.isEmpty { throw BatchError.usage("\(d): no manifest.jsonl or manifest.shard-*.jsonl") }
            for f in fs { files.append((d, f)) }
        }

        // Pass 1: the position of the latest record for every path.
        var latest: [UInt64: (Int32, Int)] = [:]
        var summary = MergeSummary(sources: dirs)
        for (i, f) in files.enumerated() {
            var n = 0
            let stats = try ManifestReader.forEachRecord(in: f.file) { r in
                latest[FNV1a.hash(r.path)] = (Int32(i), n); n += 1
            }
            summary.ignoredLines += stats.ignored
        }

        // Pass 2: write those records, copying their outputs.
        let manifestPath = out + "/" + Manifest.fileName
        let tmp = out + "/.\(Manifest.fileName).merge-\(getpid())"
        try? FileManager.default.removeItem(atPath: tmp)
        let writer = try ManifestWriter(path: tmp)
        do {
            for (i, f) in files.enumerated() {
                var n = 0
                try ManifestReader.forEachRecord(in: f.file) { r in
                    defer { n += 1 }
                    guard let pos = latest[FNV1a.hash(r.path)], pos.0 == Int32(i), pos.1 == n else { return }
                    if r.succeeded, let o = r.output {
                        let src = f.dir + "/" + o, dst = out + "/" + o
                        if src != dst {
                            if PathUtil.kind(src) == .file {
                                try copyAtomically(src, to: dst)
                                summary.copied += 1
                            } else {
                                summary.missingOutputs.append(r.path)
                            }
                        } else if PathUtil.kind(dst) != .file {
                            summary.missingOutputs.append(r.path)
                        }
                    }
                    try writer.append(r)
                    summary.records += 1
                }
            }
            writer.sync()
            if rename(tmp, manifestPath) != 0 { throw BatchError.io(manifestPath, String(cString: strerror(errno))) }
        } catch {
            try? FileManager.default.removeItem(atPath: tmp)
            throw error
        }
        summary.manifestPath = manifestPath
        return summary
    }

    static func copyAtomically(_ src: String, to dst: String) throws {
        try PathUtil.makeDirectories(PathUtil.parent(dst))
        let dir = PathUtil.parent(dst), name = PathUtil.lastComponent(dst)
        let tmp = dir + "/.\(name).merge-\(getpid())"
        try? FileManager.default.removeItem(atPath: tmp)
        try FileManager.default.copyItem(atPath: src, toPath: tmp)
        if rename(tmp, dst) != 0 {
            let e = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: tmp)
            throw BatchError.io(dst, e)
        }
    }
}
