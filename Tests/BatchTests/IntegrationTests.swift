import Foundation
import Testing
@testable import Batch

enum Binary {
    static let path: String? = kinerjaBinary()
    static let realExtract: Bool = realExtractAvailable()
}

/// The suites below only run with the built tool; this test makes its absence a failure,
/// so skipped integration tests can never pass unnoticed (`swift build` builds it).
@Test func theBuiltToolIsThereForTheIntegrationTests() {
    #expect(Binary.path != nil, "the kinerja executable is not built")
    #expect(Binary.realExtract, "kinerja extract does not work")
}

/// Starts `kinerja ARGS` in the background.
func launch(_ args: [String], cwd: String) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Binary.path!)
    p.arguments = args
    p.currentDirectoryURL = URL(fileURLWithPath: cwd)
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
}

/// Complete lines in a file (0 when absent).
func lineCount(_ path: String) -> Int {
    guard let d = FileManager.default.contents(atPath: path) else { return 0 }
    return d.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
}

/// Every line of every manifest parses (no torn or corrupt line).
func allManifestLinesParse(_ dir: String) throws -> Bool {
    var ok = true
    for f in Manifest.files(in: dir) {
        try ManifestReader.forEachLine(in: f) { line, complete in
            if !complete || ManifestRecord(jsonLine: line) == nil { ok = false }
        }
    }
    return ok
}

/// The latest record per input path.
func latestRecords(_ dir: String) throws -> [String: ManifestRecord] {
    var out: [String: ManifestRecord] = [:]
    for r in try records(in: dir) { out[r.path] = r }
    return out
}

/// The CLI (`kinerja batch/merge/export`) with the fake extractor as the worker.
@Suite(.enabled(if: Binary.path != nil, "the kinerja executable is not built"))
struct CLITests {
    @Test func killNineMidBatchThenResumeCompletesTheRest() throws {
        let d = TempDir("kill9")
        defer { d.cleanup() }
        for i in 0..<30 { d.write("in/\(i % 3)/d\(i).pdf", "%PDF \(i)") }
        d.write("in/bad.pdf", "not a pdf")
        let fake = FakeExtractor.install(in: d, delay: 0.1)
        let args = ["batch", "in", "--out", "out", "-j", "2", "-q", "--worker-executable", fake]
        let p = try launch(args, cwd: d.path)
        let deadline = Date().addingTimeInterval(20)
        while lineCount(d.sub("out/manifest.jsonl")) < 5, Date() < deadline { usleep(5000) }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(try allManifestLinesParse(d.sub("out")))
        let before = lineCount(d.sub("out/manifest.jsonl"))
        #expect(before < 31)

        let (status, _, _) = try runProcess(Binary.path!, args, cwd: d.path)
        #expect(status == 1)  // bad.pdf
        #expect(try allManifestLinesParse(d.sub("out")))
        let latest = try latestRecords(d.sub("out"))
        #expect(latest.count == 31)
        #expect(latest.values.filter { $0.status == .ok }.count == 30)
        #expect(d.files(under: "out").filter { $0.hasSuffix(".json") }.count == 30)
        // No record for a path twice, except the retried failure.
        #expect(try records(in: d.sub("out")).filter { $0.path != "bad.pdf" }.count == 30)
    }

    @Test func sigintFinishesInFlightAndExits130() throws {
        let d = TempDir("sigint")
        defer { d.cleanup() }
        for i in 0..<20 { d.write("in/d\(i).pdf", "%PDF \(i)") }
        let fake = FakeExtractor.install(in: d, delay: 0.4)
        let p = try launch(["batch", "in", "--out", "out", "-j", "2", "-q", "--worker-executable", fake], cwd: d.path)
        let deadline = Date().addingTimeInterval(20)
        while lineCount(d.sub("out/manifest.jsonl")) < 2, Date() < deadline { usleep(5000) }
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        #expect(p.terminationStatus == 130)
        let done = lineCount(d.sub("out/manifest.jsonl"))
        #expect(done >= 2 && done < 20)
        #expect(d.files(under: "out").filter { $0.hasSuffix(".json") }.count == done)  // in-flight ones finished and recorded
    }

    @Test func exitCodesAndUsageErrors() throws {
        let d = TempDir("codes")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF a")
        let fake = FakeExtractor.install(in: d)
        let bin = Binary.path!
        #expect(try runProcess(bin, ["batch", "in", "--out", "out", "--worker-executable", fake], cwd: d.path).0 == 0)
        d.write("in/b.pdf", "")
        #expect(try runProcess(bin, ["batch", "in", "--out", "out", "--worker-executable", fake], cwd: d.path).0 == 1)
        for bad in [["--shard", "0/3"], ["--jobs", "0"], ["--ocr", "sometimes"], ["--timeout=-1"]] {
            let (status, _, err) = try runProcess(bin, ["batch", "in", "--out", "out2"] + bad, cwd: d.path)
            #expect(status == 2, "\(bad)")
            #expect(err.hasPrefix("kinerja: batch: "))
        }
        #expect(try runProcess(bin, ["export", "out", "--format", "xml"], cwd: d.path).0 == 2)
        #expect(try runProcess(bin, ["merge", "nowhere", "--out", "m"], cwd: d.path).0 == 2)
        d.write("file", "x")
        #expect(try runProcess(bin, ["batch", "in", "--out", "file", "--worker-executable", fake], cwd: d.path).0 == 2)
    }

    @Test func exportFromTheCommandLine() throws {
        let d = TempDir("cliexport")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF a"); d.write("in/sub/b.pdf", "%PDF b")
        let fake = FakeExtractor.install(in: d)
        let bin = Binary.path!
        _ = try runProcess(bin, ["batch", "in", "--out", "out", "-q", "--worker-executable", fake], cwd: d.path)
        let (status, csv, _) = try runProcess(bin, ["export", "out", "--format", "csv"], cwd: d.path)
        #expect(status == 0)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == Exporter.columns.joined(separator: ","))
        // period_tahun and period_triwulan are empty for a record without periods.
        #expect(lines[1].hasPrefix("a.pdf,lkjip,KPU,2024,t1,1,1,S,I,,,100%,100,percent,,"))
        #expect(lines[2].hasPrefix("sub/b.pdf,"))
        #expect(try runProcess(bin, ["export", "out", "--format", "jsonl", "-o", "rows.jsonl"], cwd: d.path).0 == 0)
        #expect(lineCount(d.sub("rows.jsonl")) == 2)
    }
}

/// The real `kinerja extract` as the worker, over tiny generated PDFs and broken files.
@Suite(.enabled(if: Binary.realExtract, "kinerja extract is not available yet"), .serialized)
struct RealExtractorTests {
    static func corpus(_ d: TempDir, count: Int = 24) {
        for i in 0..<count {
            let pages = (0...(i % 3)).map { "Laporan Kinerja Instansi Pemerintah \(2020 + i % 5) halaman \($0 + 1) dokumen \(i)" }
            d.write("in/\(i % 4)/doc\(i).pdf", MiniPDF.make(pages: pages))
        }
    }

    static func broken(_ d: TempDir) {
        d.write("in/bad/zero.pdf", Data())
        d.write("in/bad/text.pdf", "this is not a PDF, only its name says so\n")
        let whole = MiniPDF.make(pages: ["Perjanjian Kinerja 2024", "halaman dua"])
        d.write("in/bad/truncated.pdf", whole.prefix(whole.count / 3))
    }

    @Test func aBadFileAmongGoodOnesIsRecordedAndTheRestSucceed() throws {
        let d = TempDir("real-bad")
        defer { d.cleanup() }
        Self.corpus(d, count: 6)
        Self.broken(d)
        let (status, _, err) = try runProcess(Binary.path!, ["batch", "in", "--out", "out", "-j", "2"], cwd: d.path)
        #expect(status == 1, "\(err)")
        let latest = try latestRecords(d.sub("out"))
        #expect(latest.count == 9)
        for i in 0..<6 { #expect(latest["\(i % 4)/doc\(i).pdf"]?.succeeded == true) }
        #expect(latest["bad/zero.pdf"]?.error == "empty")
        #expect(latest["bad/text.pdf"]?.error == "not_pdf")
        let truncated = latest["bad/truncated.pdf"]
        // A truncated PDF is either refused as damaged or read as far as it goes — never a crash.
        #expect(truncated?.error == nil || truncated?.error == "damaged", "\(String(describing: truncated))")
        for r in latest.values where !r.succeeded { #expect(!(r.message ?? "").isEmpty) }
        #expect(latest["0/doc0.pdf"]?.pages == 1)
        #expect(latest["2/doc2.pdf"]?.pages == 3)
    }

    @Test func killNineThenResumeGivesTheSameOutputsAsAnUninterruptedRun() throws {
        let d = TempDir("real-kill")
        defer { d.cleanup() }
        Self.corpus(d, count: 40)
        Self.broken(d)
        let bin = Binary.path!
        let (s0, _, e0) = try runProcess(bin, ["batch", "in", "--out", "ref", "-j", "2", "-q"], cwd: d.path)
        #expect(s0 == 1, "\(e0)")

        let args = ["batch", "in", "--out", "out", "-j", "2", "-q"]
        let p = try launch(args, cwd: d.path)
        let deadline = Date().addingTimeInterval(30)
        while lineCount(d.sub("out/manifest.jsonl")) < 4, Date() < deadline { usleep(2000) }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        #expect(p.terminationReason == .uncaughtSignal)
        #expect(lineCount(d.sub("out/manifest.jsonl")) < 43)  // killed mid-batch
        #expect(try allManifestLinesParse(d.sub("out")))
        _ = try runProcess(bin, args, cwd: d.path)
        #expect(try allManifestLinesParse(d.sub("out")))

        let refFiles = d.files(under: "ref").filter { $0.hasSuffix(".json") }
        #expect(refFiles.count >= 40)
        #expect(d.files(under: "out").filter { $0.hasSuffix(".json") } == refFiles)
        for f in refFiles {
            #expect(d.read("out/" + f) == d.read("ref/" + f), "\(f) differs")
        }
        let a = try latestRecords(d.sub("ref")), b = try latestRecords(d.sub("out"))
        #expect(Set(a.keys) == Set(b.keys))
        for (k, r) in a {
            #expect(b[k]?.status == r.status && b[k]?.sha256 == r.sha256 && b[k]?.error == r.error, "\(k)")
        }
    }

    @Test func shardUnionEqualsTheWholeBatch() throws {
        let d = TempDir("real-shard")
        defer { d.cleanup() }
        Self.corpus(d, count: 12)
        let bin = Binary.path!
        _ = try runProcess(bin, ["batch", "in", "--out", "whole", "-q"], cwd: d.path)
        for k in 1...3 {
            #expect(try runProcess(bin, ["batch", "in", "--out", "s\(k)", "--shard", "\(k)/3", "-j", "1", "-q"], cwd: d.path).0 == 0)
        }
        #expect(try runProcess(bin, ["merge", "s1", "s2", "s3", "--out", "merged", "-q"], cwd: d.path).0 == 0)
        let whole = d.files(under: "whole").filter { $0.hasSuffix(".json") }
        #expect(whole.count == 12)
        #expect(d.files(under: "merged").filter { $0.hasSuffix(".json") } == whole)
        for f in whole { #expect(d.read("merged/" + f) == d.read("whole/" + f)) }
        #expect(Set(try latestRecords(d.sub("merged")).keys) == Set(try latestRecords(d.sub("whole")).keys))
    }
}
