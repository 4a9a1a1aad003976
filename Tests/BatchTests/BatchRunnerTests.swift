import Foundation
import Testing
@testable import Batch

/// The whole batch in-process, with the fake extractor as the worker.
@Suite struct BatchRunnerTests {
    static func archive(_ d: TempDir) {
        d.write("in/2023/a.pdf", "%PDF-1.4 a")
        d.write("in/2023/b-warn.pdf", "%PDF-1.4 b")
        d.write("in/2024/c.pdf", "%PDF-1.4 c")
        d.write("in/2024/sub/d.pdf", "%PDF-1.4 d")
        d.write("in/bad/empty.pdf", "")
        d.write("in/bad/text.pdf", "just text")
        d.write("in/bad/segv.pdf", "%PDF")
        d.write("in/bad/hang.pdf", "%PDF")
    }

    func runner(_ d: TempDir, _ inputs: [String] = ["in"], out: String = "out", jobs: Int = 2,
                shard: Shard? = nil, force: Bool = false, version: String = "1.0") -> BatchRunner {
        let fake = d.exists("fake-kinerja.sh") ? d.sub("fake-kinerja.sh") : FakeExtractor.install(in: d)
        let o = BatchOptions(inputs: inputs, outputDirectory: out, jobs: jobs, timeout: 1, shard: shard,
                             force: force, workerExecutable: fake, toolVersion: version, cwd: d.path)
        return BatchRunner(options: o, progress: ProgressReporter(mode: .quiet))
    }

    @Test func badFilesDoNotStopTheBatch() throws {
        let d = TempDir("run")
        defer { d.cleanup() }
        Self.archive(d)
        let s = try runner(d).run()
        #expect(s.counts.ok == 3)
        #expect(s.counts.warning == 1)
        #expect(s.counts.failed == 4)
        #expect(s.failuresByCode == ["crashed": 1, "empty": 1, "not_pdf": 1, "timeout": 1])
        #expect(s.exitCode == 1)
        #expect(d.files(under: "out") == ["2023/a.json", "2023/b-warn.json", "2024/c.json", "2024/sub/d.json", "manifest.jsonl"])
        let recs = try records(in: d.sub("out"))
        #expect(recs.count == 8)
        let byPath = Dictionary(uniqueKeysWithValues: recs.map { ($0.path, $0) })
        #expect(byPath["2023/b-warn.pdf"]?.status == .warning)
        #expect(byPath["2023/a.pdf"]?.sha256 == sha256sum("%PDF-1.4 a"))
        #expect(byPath["2023/a.pdf"]?.pages == 2)
        #expect(byPath["2023/a.pdf"]?.output == "2023/a.json")
        #expect(byPath["bad/hang.pdf"]?.error == "timeout")
        #expect(byPath["bad/empty.pdf"]?.output == nil)
        #expect(!d.exists("out/.kinerja-work"))  // scratch swept
    }

    @Test func resumeSkipsDoneInputsAndRedoesChangedOnes() throws {
        let d = TempDir("resume")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF a"); d.write("in/b.pdf", "%PDF b"); d.write("in/c.pdf", "%PDF c")
        d.write("in/text.pdf", "nope")
        var s = try runner(d).run()
        #expect(s.counts.ok == 3 && s.counts.failed == 1)

        s = try runner(d).run()  // the same command again
        #expect(s.counts.skipped == 3)
        #expect(s.counts.failed == 1)  // failures are retried
        #expect(s.counts.ok == 0)

        d.write("in/b.pdf", "%PDF b, edited")            // new bytes
        try FileManager.default.removeItem(atPath: d.sub("out/c.json"))  // lost output
        s = try runner(d).run()
        #expect(s.counts.skipped == 1)
        #expect(s.counts.ok == 2)

        s = try runner(d, version: "2.0").run()          // a new tool version trusts nothing
        #expect(s.counts.skipped == 0 && s.counts.ok == 3)

        s = try runner(d, force: true, version: "2.0").run()
        #expect(s.counts.skipped == 0 && s.counts.ok == 3)
    }

    @Test func aFailedRedoRemovesTheStaleOutput() throws {
        let d = TempDir("stale")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF a")
        _ = try runner(d).run()
        #expect(d.exists("out/a.json"))
        d.write("in/a.pdf", "now text")
        let s = try runner(d).run()
        #expect(s.counts.failed == 1)
        #expect(!d.exists("out/a.json"))
    }

    @Test func tornManifestLineAfterAKillIsIgnoredAndRedone() throws {
        let d = TempDir("torn")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF a"); d.write("in/b.pdf", "%PDF b")
        _ = try runner(d).run()
        // Simulate a kill in mid-write of b's line: cut the manifest inside its last line.
        let m = d.read("out/manifest.jsonl")!
        let lines = m.split(separator: "\n")
        d.write("out/manifest.jsonl", lines[0] + "\n" + lines[1].prefix(30))
        let s = try runner(d).run()
        #expect(s.counts.skipped == 1 && s.counts.ok == 1)
        let recs = try records(in: d.sub("out"))
        #expect(Set(recs.map(\.path)) == ["a.pdf", "b.pdf"])
        #expect(recs.count == 2)
    }

    @Test func shardsCoverEverythingOnceAndMergeIntoOne() throws {
        let d = TempDir("shards")
        defer { d.cleanup() }
        for i in 0..<24 { d.write("in/\(i % 3)/d\(i).pdf", "%PDF \(i)") }
        var total = 0
        for k in 1...3 {
            let s = try runner(d, out: "shard\(k)", shard: Shard(index: k, count: 3)).run()
            total += s.counts.ok
            #expect(d.exists("shard\(k)/manifest.shard-\(k)-of-3.jsonl"))
        }
        #expect(total == 24)
        let m = try Merge.run(sources: ["shard1", "shard2", "shard3"], output: "all", cwd: d.path)
        #expect(m.records == 24 && m.copied == 24 && m.missingOutputs.isEmpty)
        let merged = try records(in: d.sub("all"))
        #expect(merged.count == 24 && Set(merged.map(\.path)).count == 24)
        #expect(d.files(under: "all").filter { $0.hasSuffix(".json") }.count == 24)

        // The merged directory resumes like an unsharded run of the same command.
        let s = try runner(d, out: "all").run()
        #expect(s.counts.skipped == 24)
    }

    @Test func shardsSharingOneDirectoryMergeInPlace() throws {
        let d = TempDir("shared")
        defer { d.cleanup() }
        for i in 0..<10 { d.write("in/d\(i).pdf", "%PDF \(i)") }
        for k in 1...2 { _ = try runner(d, shard: Shard(index: k, count: 2)).run() }
        let m = try Merge.run(sources: ["out"], output: "out", cwd: d.path)
        #expect(m.records == 10 && m.copied == 0)
        #expect(try records(in: d.sub("out")).count == 20)  // merged + the shard manifests it came from
        var n = 0
        try ManifestReader.forEachRecord(in: d.sub("out/manifest.jsonl")) { _ in n += 1 }
        #expect(n == 10)
        // Merging again changes nothing.
        #expect(try Merge.run(sources: ["out"], output: "out", cwd: d.path).records == 10)
    }

    @Test func mergeKeepsTheLatestRecordPerInput() throws {
        let d = TempDir("latest")
        defer { d.cleanup() }
        d.write("in/a.pdf", "text, not pdf")
        _ = try runner(d, out: "one").run()      // a fails in one/
        d.write("in/a.pdf", "%PDF a")
        _ = try runner(d, out: "two").run()      // and succeeds in two/
        let m = try Merge.run(sources: ["one", "two"], output: "all", cwd: d.path)
        #expect(m.records == 1)
        #expect(try records(in: d.sub("all")).map(\.status) == [.ok])
        #expect(d.exists("all/a.json"))
    }

    @Test func stopLaunchingFinishesInFlightDocumentsOnly() throws {
        let d = TempDir("stop")
        defer { d.cleanup() }
        for i in 0..<12 { d.write("in/d\(i).pdf", "%PDF \(i)") }
        _ = FakeExtractor.install(in: d, delay: 0.3)
        let r = runner(d, jobs: 2)
        DispatchQueue.global().async {
            while r.progress.snapshot.processed < 2 { usleep(2000) }
            r.stopLaunching()
        }
        let s = try r.run()
        #expect(s.interruptedBy == SIGINT)
        #expect(s.exitCode == 130)
        #expect(s.counts.ok >= 2 && s.counts.ok < 12)
        // Everything recorded has its output, everything else is left for the next run.
        #expect(d.files(under: "out").filter { $0.hasSuffix(".json") }.count == s.counts.ok)
        let again = try runner(d, jobs: 2).run()
        #expect(again.counts.skipped == s.counts.ok)
        #expect(again.counts.ok == 12 - s.counts.ok)
    }

    @Test func abortKillsWorkersAndRecordsNothingForThem() throws {
        let d = TempDir("abort")
        defer { d.cleanup() }
        for i in 0..<4 { d.write("in/hang\(i).pdf", "%PDF \(i)") }
        let fake = FakeExtractor.install(in: d)
        let o = BatchOptions(inputs: ["in"], outputDirectory: "out", jobs: 2, timeout: nil,
                             workerExecutable: fake, toolVersion: "1", cwd: d.path)
        let r = BatchRunner(options: o, progress: ProgressReporter(mode: .quiet))
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { r.abort() }
        let start = Date()
        let s = try r.run()
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(s.counts.done == 0)
        #expect(try records(in: d.sub("out")).isEmpty)
    }

    @Test func progressLinesWhenNotATerminal() throws {
        let d = TempDir("progress")
        defer { d.cleanup() }
        for i in 0..<6 { d.write("in/d\(i).pdf", "%PDF \(i)") }
        d.write("in/text.pdf", "x")
        _ = FakeExtractor.install(in: d, delay: 0.3)
        let lines = LockedLines()
        let progress = ProgressReporter(mode: .lines, interval: 0.2) { lines.add($0) }
        let o = BatchOptions(inputs: ["in"], outputDirectory: "out", jobs: 1, timeout: 10,
                             workerExecutable: d.sub("fake-kinerja.sh"), toolVersion: "1", cwd: d.path)
        _ = try BatchRunner(options: o, progress: progress).run()
        let text = lines.all.joined()
        #expect(text.contains("kinerja: text.pdf: failed (not_pdf): not a PDF file"))
        #expect(text.contains("/7"))
        #expect(text.contains("pages/s"))
        #expect(text.contains("ETA"))
        #expect(!text.contains("\u{1B}["))  // no terminal codes in logs
    }

    @Test func etaAndDurations() {
        var c = ProgressReporter.Counts(total: 10)
        c.ok = 2; c.skipped = 3
        #expect(ProgressReporter.eta(counts: c, elapsed: 4) == 10)  // 5 left at 2 s each
        #expect(ProgressReporter.duration(59) == "59s")
        #expect(ProgressReporter.duration(61) == "1m01s")
        #expect(ProgressReporter.duration(7322) == "2h02m")
    }
}

final class LockedLines: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func add(_ s: String) { lock.lock(); lines.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
