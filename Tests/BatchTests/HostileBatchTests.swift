import Foundation
import Testing
@testable import Batch

/// Batch defects found by a hostile user (issue 10), each with the test that failed before the fix.
@Suite struct HostileBatchTests {
    func runner(_ d: TempDir, _ inputs: [String], timeout: Double = 5) -> BatchRunner {
        let fake = FakeExtractor.install(in: d)
        let o = BatchOptions(inputs: inputs, outputDirectory: "out", jobs: 2, timeout: timeout,
                             workerExecutable: fake, toolVersion: "1.0", cwd: d.path)
        return BatchRunner(options: o, progress: ProgressReporter(mode: .quiet))
    }

    /// Defect 4: a FIFO on the command line hung the batch in the hashing open().
    @Test func aFIFOIsRecordedNotWaitedFor() throws {
        let d = TempDir("fifo")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF-1.4 a")
        #expect(mkfifo(d.sub("in/pipe.pdf"), 0o644) == 0)
        let start = Date()
        let s = try runner(d, ["in/pipe.pdf", "in/a.pdf"]).run()
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(s.counts.ok == 1 && s.counts.failed == 1)
        let recs = try records(in: d.sub("out"))
        let pipe = try #require(recs.first { $0.path == "pipe.pdf" })
        #expect(pipe.error == "unreadable")
        #expect(pipe.message?.contains("FIFO") == true)
        // Found by walking a folder, it is recorded too (not skipped in silence).
        let walked = try runner(d, ["in"]).run()
        #expect(walked.counts.failed == 1 && walked.counts.skipped == 1)
    }

    /// Defect 6: a file whose name is not UTF-8 was skipped silently (no manifest line, exit 0).
    @Test func aNonUTF8NameIsConverted() throws {
        let d = TempDir("latin1")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF-1.4 a")
        let raw = Array(d.sub("in/caf").utf8) + [0xE9] + Array(".pdf".utf8)
        let fd = (raw + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        _ = "%PDF-1.4 latin".withCString { Glibc.write(fd, $0, 14) }
        close(fd)
        let s = try runner(d, ["in"]).run()
        #expect(s.counts.ok == 2, "\(s.failuresByCode)")
        let recs = try records(in: d.sub("out"))
        #expect(recs.count == 2)
        let latin = try #require(recs.first { $0.path != "a.pdf" })
        #expect(latin.path == "caf\u{FFFD}.pdf")
        #expect(latin.sha256 == sha256sum("%PDF-1.4 latin"))
        #expect(d.exists("out/caf\u{FFFD}.json"))
        // Resume knows it: a second run skips both.
        let again = try runner(d, ["in"]).run()
        #expect(again.counts.skipped == 2)
    }

    /// Issue 10 leftover: the same name given as an argument (not found by a walk) was
    /// recorded `missing`: Swift hands the argument over repaired (U+FFFD), which names no
    /// file; its raw bytes do.
    @Test func aNonUTF8NameGivenAsAnArgumentIsConverted() throws {
        let d = TempDir("latin1arg")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF-1.4 a")
        let rel = Array("in/caf".utf8) + [0xE9] + Array(".pdf".utf8)
        let raw = Array(d.path.utf8) + [0x2F] + rel
        let fd = (raw + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        _ = "%PDF-1.4 latin".withCString { Glibc.write(fd, $0, 14) }
        close(fd)
        let fake = FakeExtractor.install(in: d)
        var o = BatchOptions(inputs: [String(decoding: rel, as: UTF8.self), "in/a.pdf"], outputDirectory: "out", jobs: 2,
                             timeout: 5, workerExecutable: fake, toolVersion: "1.0", cwd: d.path)
        o.rawInputs = [rel, Array("in/a.pdf".utf8)]
        let s = try BatchRunner(options: o, progress: ProgressReporter(mode: .quiet)).run()
        #expect(s.counts.ok == 2, "\(s.failuresByCode)")
        let latin = try #require(try records(in: d.sub("out")).first { $0.path != "a.pdf" })
        #expect(latin.path == "caf\u{FFFD}.pdf" && latin.error == nil)
        #expect(latin.sha256 == sha256sum("%PDF-1.4 latin"))
        // The discovery on its own: the raw bytes are kept for the worker.
        let found = Array(InputDiscovery(arguments: [String(decoding: rel, as: UTF8.self)], rawArguments: [rel], cwd: d.path))
        #expect(found.count == 1 && found.first?.kind == .file && found.first?.rawPath == raw)
    }

    /// Defects 5 and 10: an input edited between the batch's hash and the worker's read
    /// left a manifest hash of other bytes than the JSON's. The manifest now records the
    /// hash the worker computed over what it read, and resume redoes the document.
    @Test func theManifestHashIsTheBytesTheWorkerRead() throws {
        let d = TempDir("race")
        defer { d.cleanup() }
        d.write("in/mutate.pdf", "%PDF-1.4 m")
        _ = try runner(d, ["in"]).run()
        let rec = try #require(try records(in: d.sub("out")).last)
        let json = try #require(d.read("out/mutate.json"))
        #expect(rec.sha256 == sha256sum("%PDF-1.4 m edited"))
        #expect(json.contains(rec.sha256 ?? "-"))
        // The file on disk now matches the manifest: resume skips it.
        let again = try runner(d, ["in"]).run()
        #expect(again.counts.skipped == 1)
    }

    /// Defect 8: a worker whose crash the Swift backtracer caught (exit status 0) was recorded ok.
    @Test func aCrashReportMeansCrashedWhateverTheStatus() throws {
        let d = TempDir("bt")
        defer { d.cleanup() }
        d.write("in/backtrace.pdf", "%PDF-1.4 b")
        let s = try runner(d, ["in"]).run()
        #expect(s.failuresByCode == ["crashed": 1])
        #expect(!d.exists("out/backtrace.json"))
    }

    /// Defect 3: a worker that runs out of memory is recorded `resource_limit` and the batch goes on.
    @Test func outOfMemoryIsAResourceLimit() throws {
        let d = TempDir("memory")
        defer { d.cleanup() }
        d.write("in/oom.pdf", "%PDF-1.4 o")
        d.write("in/z.pdf", "%PDF-1.4 z")
        let s = try runner(d, ["in"]).run()
        #expect(s.failuresByCode == ["resource_limit": 1])
        #expect(s.counts.ok == 1)
    }

    /// Defect 7: workers know their batch (to die with it) and its deadline.
    @Test func workersAreToldTheirBatchAndDeadline() throws {
        let d = TempDir("env")
        defer { d.cleanup() }
        let script = d.write("env-kinerja.sh", "#!/bin/sh\nenv > \"$(dirname \"$0\")/seen.env\"; printf '{\"source\":{\"pages\":1}}' > \"$4\"\n")
        chmod(script, 0o755)
        d.write("in/a.pdf", "%PDF-1.4 a")
        let o = BatchOptions(inputs: ["in"], outputDirectory: "out", jobs: 1, timeout: 7,
                             workerExecutable: script, toolVersion: "1.0", cwd: d.path)
        _ = try BatchRunner(options: o, progress: ProgressReporter(mode: .quiet)).run()
        let env = try #require(d.read("seen.env"))
        #expect(env.contains("KINERJA_PARENT_PID=\(getpid())"))
        #expect(env.contains("KINERJA_DEADLINE=7"))
        #expect(env.contains("SWIFT_BACKTRACE=enable=no"))
    }

}

@Suite struct CSVInjectionTests {
    /// Defect 9: cells starting with = + - @ (and tab, CR) ran as formulas in a spreadsheet.
    @Test func formulasAreNeutralisedNumbersAreNot() {
        #expect(CSV.field("=HYPERLINK(\"http://x\",\"klik\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\"")
        #expect(CSV.field("+cmd|' /C calc'!A0") == "'+cmd|' /C calc'!A0")
        #expect(CSV.field("@SUM(A1:A2)") == "'@SUM(A1:A2)")
        #expect(CSV.field("-2+3") == "'-2+3")
        #expect(CSV.field("\tTab") == "'\tTab")
        #expect(CSV.field("\rx") == "\"'\rx\"")
        #expect(CSV.field("- (tidak ada)") == "'- (tidak ada)")
        // Numbers stay numbers.
        for n in ["-5", "+5", "-5.25", "-0.5", "-.5", "-1e3", "+2.5E-2", "96.7", "100"] {
            #expect(CSV.field(n) == n, "\(n)")
        }
        #expect(CSV.field("-") == "'-")
        #expect(CSV.field("-e5") == "'-e5")
        #expect(CSV.field("plain") == "plain")
    }
}

/// Long-lived workers: start-up paid once per worker, a crash or hang still contained
/// to its document, and the worker replaced.
@Suite struct PersistentWorkerTests {
    /// A stand-in for `kinerja worker` (bash): NUL-separated requests, one answer line each.
    static func install(in d: TempDir) -> String {
        let script = """
        #!/bin/bash
        [ "$1" = worker ] || exit 64
        echo start >> "$(dirname "$0")/starts.log"
        while IFS= read -r -d '' in && IFS= read -r -d '' out; do
          case "$in" in
            *segv*) kill -SEGV $$ ;;
            *hang*) sleep 60 ;;
            *oom*) echo "kinerja: $in: out of memory (the --max-memory limit, or the machine's) [resource_limit]" >&2; exec /bin/sh -c 'kill -ABRT $$' ;;
            *bad*) printf 'fail\\tnot_pdf\\t%s: not a PDF file\\n' "$in"; continue ;;
          esac
          printf '{"schema_version":"1.0","source":{"file":"x","sha256":"%s","pages":3,"text_source":"native"},"tables":[],"indicators":[],"warnings":[]}' "$(sha256sum "$in" | cut -c1-64)" > "$out"
          echo ok
        done
        """
        let p = d.write("worker.sh", script)
        chmod(p, 0o755)
        return p
    }

    @Test func crashesAndHangsAreContainedAndTheWorkerReplaced() throws {
        let d = TempDir("persist")
        defer { d.cleanup() }
        for name in ["a", "b-segv", "c", "d-hang", "e", "f-bad", "g-oom", "h"] { d.write("in/\(name).pdf", "%PDF-1.4 \(name)") }
        var o = BatchOptions(inputs: ["in"], outputDirectory: "out", jobs: 1, timeout: 1,
                             workerExecutable: Self.install(in: d), toolVersion: "1.0", cwd: d.path)
        o.persistentWorkers = true
        let s = try BatchRunner(options: o, progress: ProgressReporter(mode: .quiet)).run()
        #expect(s.counts.ok == 4)
        #expect(s.failuresByCode == ["crashed": 1, "timeout": 1, "not_pdf": 1, "resource_limit": 1])
        let recs = Dictionary(uniqueKeysWithValues: try records(in: d.sub("out")).map { ($0.path, $0) })
        #expect(recs["b-segv.pdf"]?.message?.contains("SIGSEGV") == true)
        #expect(recs["f-bad.pdf"]?.message == "not a PDF file")
        #expect(recs["h.pdf"]?.sha256 == sha256sum("%PDF-1.4 h"))
        #expect(d.files(under: "out").filter { $0.hasSuffix(".json") && $0 != "manifest.jsonl" }.count == 4)
        // One start, then one more after each worker death (segv, hang, oom): not one per document.
        let starts = d.read("starts.log")?.split(separator: "\n").count ?? 0
        #expect(starts == 4)
    }
}
