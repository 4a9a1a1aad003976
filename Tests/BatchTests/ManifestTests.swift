import Foundation
import Testing
@testable import Batch

@Suite struct ManifestTests {
    func sample(_ path: String, status: ManifestRecord.Status = .ok, sha: String = "ab") -> ManifestRecord {
        ManifestRecord(path: path, input: "/in/" + path, output: status == .failed ? nil : path + ".json",
                       sha256: sha, status: status, error: status == .failed ? "damaged" : nil,
                       message: status == .failed ? "the PDF is damaged (xref \"broken\")\n" : nil,
                       pages: 3, textSource: "native", tables: 2, indicators: 5, warnings: 0,
                       seconds: 1.25, toolVersion: "9.9", finishedAt: "2026-01-01T00:00:00Z")
    }

    @Test func recordRoundTripsThroughAJSONLine() throws {
        let r = sample("a/b c,d\u{00E9}.pdf", status: .failed)
        let line = r.jsonLine
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("{\"path\":"))
        #expect(ManifestRecord(jsonLine: Array(line.utf8)) == r)
        let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        for key in ["path", "sha256", "status", "error", "message", "pages", "text_source", "tables",
                    "indicators", "warnings", "seconds", "tool_version"] {
            #expect(obj.keys.contains(key), "\(key)")
        }
    }

    @Test func tornLastLineAndGarbageAreIgnored() throws {
        let d = TempDir("man")
        defer { d.cleanup() }
        let good1 = sample("one.pdf").jsonLine, good2 = sample("two.pdf").jsonLine
        let torn = String(sample("three.pdf").jsonLine.prefix(40))
        let p = d.write("manifest.jsonl", good1 + "\nnot json\n\n" + good2 + "\n" + torn)
        var seen: [String] = []
        let stats = try ManifestReader.forEachRecord(in: p) { seen.append($0.path) }
        #expect(seen == ["one.pdf", "two.pdf"])
        #expect(stats == ManifestReader.Stats(records: 2, ignored: 2))

        // A complete JSON object without its newline is still torn: the write was cut.
        d.write("m2.jsonl", good1 + "\n" + good2)
        var n = 0
        try ManifestReader.forEachRecord(in: d.sub("m2.jsonl")) { _ in n += 1 }
        #expect(n == 1)
    }

    @Test func appendingAfterATornLineStartsAFreshLine() throws {
        let d = TempDir("man")
        defer { d.cleanup() }
        let p = d.write("manifest.jsonl", sample("one.pdf").jsonLine + "\n" + "{\"path\":\"torn")
        let w = try ManifestWriter(path: p)
        try w.append(sample("two.pdf"))
        var seen: [String] = []
        try ManifestReader.forEachRecord(in: p) { seen.append($0.path) }
        #expect(seen == ["one.pdf", "two.pdf"])
    }

    @Test func concurrentAppendsStayWholeLines() throws {
        let d = TempDir("man")
        defer { d.cleanup() }
        let p = d.sub("manifest.jsonl")
        let writers = try (0..<4).map { _ in try ManifestWriter(path: p) }  // separate descriptors, like separate processes
        DispatchQueue.concurrentPerform(iterations: 400) { i in
            var r = sample("doc-\(i).pdf")
            r.message = String(repeating: "x", count: i * 37 % 3000)  // long lines too
            try! writers[i % 4].append(r)
        }
        var paths = Set<String>()
        let stats = try ManifestReader.forEachRecord(in: p) { paths.insert($0.path) }
        #expect(paths.count == 400)
        #expect(stats.ignored == 0)
    }

    @Test func readsLongManifestsInChunks() throws {
        let d = TempDir("man")
        defer { d.cleanup() }
        let p = d.sub("manifest.jsonl")
        let w = try ManifestWriter(path: p)
        for i in 0..<3000 { try w.append(sample("d\(i).pdf")) }  // ~1 MB, many 64 KiB chunk boundaries
        var n = 0
        try ManifestReader.forEachRecord(in: p) { r in
            #expect(r.path == "d\(n).pdf"); n += 1
        }
        #expect(n == 3000)
    }

    @Test func manifestFilesAreFoundInReadingOrder() {
        let d = TempDir("man")
        defer { d.cleanup() }
        d.write("manifest.shard-2-of-2.jsonl", ""); d.write("manifest.shard-1-of-2.jsonl", "")
        d.write("manifest.jsonl", ""); d.write("other.jsonl", "")
        #expect(Manifest.files(in: d.path).map(PathUtil.lastComponent)
                == ["manifest.jsonl", "manifest.shard-1-of-2.jsonl", "manifest.shard-2-of-2.jsonl"])
    }
}

@Suite struct ResumeIndexTests {
    func rec(_ path: String, _ status: ManifestRecord.Status, sha: String = "s1", version: String = "1.0") -> ManifestRecord {
        ManifestRecord(path: path, output: status == .failed ? nil : "x.json", sha256: sha, status: status,
                       error: status == .failed ? "timeout" : nil, toolVersion: version)
    }

    @Test func skipOnlyWhenShaVersionAndOutputAllMatch() {
        var idx = ResumeIndex()
        idx.add(rec("x.pdf", .ok))
        #expect(idx.canSkip(path: "x.pdf", sha256: "s1", toolVersion: "1.0", output: "x.json", outputExists: true))
        #expect(idx.canSkip(path: "x.pdf", sha256: "S1", toolVersion: "1.0", output: "x.json", outputExists: true))
        #expect(!idx.canSkip(path: "x.pdf", sha256: "s1", toolVersion: "1.0", output: "x.json", outputExists: false))
        #expect(!idx.canSkip(path: "x.pdf", sha256: "s2", toolVersion: "1.0", output: "x.json", outputExists: true))
        #expect(!idx.canSkip(path: "x.pdf", sha256: "s1", toolVersion: "1.1", output: "x.json", outputExists: true))
        #expect(!idx.canSkip(path: "x.pdf", sha256: "s1", toolVersion: "1.0", output: "y.json", outputExists: true))
        #expect(!idx.canSkip(path: "other.pdf", sha256: "s1", toolVersion: "1.0", output: "x.json", outputExists: true))
    }

    @Test func laterRecordsWin() {
        var idx = ResumeIndex()
        idx.add(rec("x.pdf", .ok))
        idx.add(rec("x.pdf", .failed))
        #expect(!idx.canSkip(path: "x.pdf", sha256: "s1", toolVersion: "1.0", output: "x.json", outputExists: true))
        idx.add(rec("x.pdf", .warning, sha: "s2"))
        #expect(idx.canSkip(path: "x.pdf", sha256: "s2", toolVersion: "1.0", output: "x.json", outputExists: true))
        #expect(!idx.canSkip(path: "x.pdf", sha256: "s1", toolVersion: "1.0", output: "x.json", outputExists: true))
    }

    @Test func readsAllManifestsOfADirectoryIgnoringTornLines() throws {
        let d = TempDir("resume")
        defer { d.cleanup() }
        d.write("manifest.jsonl", rec("a.pdf", .ok).jsonLine + "\n" + String(rec("b.pdf", .ok).jsonLine.dropLast(3)))
        d.write("manifest.shard-1-of-2.jsonl", rec("c.pdf", .ok).jsonLine + "\n")
        let idx = try ResumeIndex(directory: d.path)
        #expect(idx.count == 2)
        #expect(idx.ignoredLines == 1)
        #expect(idx.canSkip(path: "c.pdf", sha256: "s1", toolVersion: "1.0", output: "x.json", outputExists: true))
        #expect(!idx.canSkip(path: "b.pdf", sha256: "s1", toolVersion: "1.0", output: "x.json", outputExists: true))
    }
}
