import Foundation
import Kinerja
import Testing

/// Hostile PDFs built byte by byte: any objects, any page box, any content stream, with
/// an exact cross-reference table (unless a test breaks it on purpose).
struct RawPDF {
    struct Page { var box = "0 0 595 842"; var content = Data(); var resources = "" }
    var pages: [Page] = []
    /// Extra objects, numbered from 4 + 2 × pages.count in order.
    var extra: [Data] = []

    static func text(_ s: String, x: Double = 72, y: Double = 770, size: Double = 12) -> String {
        let esc = s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)")
        return "BT /F1 \(size) Tf \(x) \(y) Td (\(esc)) Tj ET\n"
    }

    var firstExtraID: Int { 4 + 2 * pages.count }

    func data(brokenXref: Bool = false) -> Data {
        var objects: [Data] = []
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R >>".utf8))
        let kids = pages.indices.map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append(Data("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
        objects.append(Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
        for (i, p) in pages.enumerated() {
            objects.append(Data("<< /Type /Page /Parent 2 0 R /MediaBox [\(p.box)] /Resources << /Font << /F1 3 0 R >> \(p.resources) >> /Contents \(5 + 2 * i) 0 R >>".utf8))
            objects.append(Data("<< /Length \(p.content.count) >>\nstream\n".utf8) + p.content + Data("\nendstream".utf8))
        }
        objects += extra
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n".utf8) + o + Data("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Data(String(format: "%010d 00000 n \n", brokenXref ? o * 7 + 13 : o).utf8) }
        out += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(brokenXref ? xref + 11 : xref)\n%%EOF\n".utf8)
        return out
    }

    /// One page with `content` (PDF operators) on a `box` MediaBox.
    static func page(_ content: String, box: String = "0 0 595 842", resources: String = "") -> RawPDF {
        RawPDF(pages: [Page(box: box, content: Data(content.utf8), resources: resources)])
    }
}

struct Outcome {
    var status: Int32
    var signaled: Bool
    var stdout: Data
    var stderr: String
    var seconds: Double
    var lines: [Substring] { stderr.split(separator: "\n") }
}

/// Runs the tool with a wall-clock limit (a hang fails the test instead of stalling it).
private func kinerja(_ args: [String], stdoutFD: Int32? = nil, limit: Double = 60, cwd: String? = nil,
                     environment: [String: String]? = nil) throws -> Outcome {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: try kinerjaBinary().path)
    p.arguments = args
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    var env = environment ?? ProcessInfo.processInfo.environment
    env["SWIFT_BACKTRACE"] = "enable=no"
    p.environment = env
    p.standardOutput = stdoutFD.map { FileHandle(fileDescriptor: $0, closeOnDealloc: false) } ?? FileHandle(forWritingAtPath: outURL.path)
    p.standardError = FileHandle(forWritingAtPath: errURL.path)
    let start = Date()
    try p.run()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async { p.waitUntilExit(); done.signal() }
    if done.wait(timeout: .now() + limit) == .timedOut {
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        Issue.record("kinerja \(args) did not finish within \(limit) s")
    }
    return Outcome(status: p.terminationStatus, signaled: p.terminationReason == .uncaughtSignal,
                   stdout: (try? Data(contentsOf: outURL)) ?? Data(),
                   stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
                   seconds: Date().timeIntervalSince(start))
}

private func repoFixture(_ path: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(path).path
}

/// Every hostile input gives a correct result or one clear line, a non-zero exit when it
/// failed, and never a crash, a hang or a partial file.
@Suite("Bad input: hostile PDFs, odd paths, bounded resources")
struct BadInputTests {
    let dir: String = {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-bad-\(getpid())-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }()

    func write(_ name: String, _ data: Data) -> String {
        let p = dir + "/" + name
        FileManager.default.createFile(atPath: p, contents: data)
        return p
    }

    /// Extracts `input` to a file and checks the contract: success → parseable JSON; failure → one line, status 1, no output.
    @discardableResult
    func extractChecked(_ input: String, _ extra: [String] = [], limit: Double = 60) throws -> (Outcome, [String: Any]?) {
        let out = dir + "/" + UUID().uuidString + ".json"
        let r = try kinerja(["extract", input, "-o", out] + extra, limit: limit)
        #expect(!r.signaled, "crashed: \(r.stderr)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "partial files: \(leftovers)")
        if r.status == 0 {
            let data = try Data(contentsOf: URL(fileURLWithPath: out))
            let obj = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            #expect(obj != nil)
            return (r, obj)
        }
        #expect(r.status == 1)
        #expect(r.lines.count == 1, "one line: \(r.stderr)")
        #expect(r.stderr.hasPrefix("kinerja: "))
        #expect(!FileManager.default.fileExists(atPath: out), "no output on failure")
        return (r, nil)
    }

    func codes(_ obj: [String: Any]?) -> [String] {
        ((obj?["warnings"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
    }

    func pageCount(_ obj: [String: Any]?) -> Int { ((obj?["source"] as? [String: Any])?["pages"] as? Int) ?? -1 }

    // MARK: unreadable files

    @Test func zeroBytesRandomBytesAndTruncation() throws {
        var rng = SystemRandomNumberGenerator()
        let (empty, _) = try extractChecked(write("zero.pdf", Data()))
        #expect(empty.stderr.contains("[empty]"))
        let random = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &rng) })
        let (r, _) = try extractChecked(write("random.pdf", random))
        #expect(r.stderr.contains("[not_pdf]"))
        // Random bytes behind a PDF header, and a good PDF cut at many points.
        _ = try extractChecked(write("header.pdf", Data("%PDF-1.7\n".utf8) + random))
        let good = RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data()
        for cut in stride(from: 9, to: good.count, by: good.count / 6) {
            _ = try extractChecked(write("cut-\(cut).pdf", good.prefix(cut)))
        }
    }

    @Test func brokenXrefIsReconstructed() throws {
        let (r, obj) = try extractChecked(write("xref.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data(brokenXref: true)))
        #expect(r.status == 0)
        #expect(pageCount(obj) == 1)
    }

    @Test func zeroPagesIsDamaged() throws {
        let (r, _) = try extractChecked(write("nopages.pdf", RawPDF(pages: []).data()))
        #expect(r.status == 1 && r.stderr.contains("no pages"))
    }

    // MARK: encryption

    @Test func passwords() throws {
        let user = repoFixture("KinerjaTests/Fixtures/user-password.pdf")
        let owner = repoFixture("KinerjaTests/Fixtures/owner-password.pdf")
        let (locked, _) = try extractChecked(user)
        #expect(locked.stderr.contains("[encrypted]") && locked.stderr.contains("--password"))
        let (wrong, _) = try extractChecked(user, ["--password", "salah"])
        #expect(wrong.status == 1 && wrong.stderr.contains("does not open it [encrypted]"))
        let (opened, obj) = try extractChecked(user, ["--password", "rahasia"])
        #expect(opened.status == 0)
        #expect(((obj?["indicators"] as? [Any])?.count ?? 0) == 2)
        // An owner password alone restricts printing/copying, not reading.
        let (ownerOnly, obj2) = try extractChecked(owner)
        #expect(ownerOnly.status == 0)
        #expect(((obj2?["indicators"] as? [Any])?.count ?? 0) == 2)
    }

    // MARK: pathological content

    @Test func fiftyThousandWordsOnAPage() throws {
        var ops = "BT /F1 2 Tf\n"
        for row in 0..<500 {
            ops += "1 0 0 1 4 \(838 - row) Tm ("
            ops += (0..<100).map { "w\(($0 + row) % 97)" }.joined(separator: " ")
            ops += ") Tj\n"
        }
        ops += "ET"
        let (r, obj) = try extractChecked(write("words.pdf", RawPDF.page(ops).data()), limit: 120)
        #expect(r.status == 0 && pageCount(obj) == 1)
    }

    @Test func twoHundredColumns() throws {
        var ops = ""
        for row in 0..<20 {
            for col in 0..<200 {
                ops += "BT /F1 3 Tf \(10 + col * 9) \(800 - row * 6) Td (\(row * 200 + col)) Tj ET\n"
            }
        }
        for col in 0...200 { ops += "\(9 + col * 9) 680 m \(9 + col * 9) 806 l S\n" }
        let (r, _) = try extractChecked(write("cols.pdf", RawPDF.page(ops, box: "0 0 1830 842").data()), limit: 120)
        #expect(r.status == 0)
    }

    /// Defect 2: a 3e9-pt page crashed with SIGILL (`Int32(pw)`); a 1e9-pt one aborted on an 842 GB allocation.
    @Test(arguments: ["0 0 3000000000 3000000000", "0 0 1000000000 842", "0 0 100000 100000"])
    func hugePageIsReadForTextWithinThePixelBudget(box: String) throws {
        let (r, obj) = try extractChecked(write("huge.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024"), box: box).data()),
                                          ["--max-memory", "2048"])
        #expect(r.status == 0)
        #expect(codes(obj).contains("page_too_large"))
    }

    /// OCR at --ocr-dpi 1200 on the largest legal page asked for 57.6 GB; now one page image is at most 50 Mpx.
    @Test func ocrRenderIsScaledDownWithAWarning() throws {
        let (r, obj) = try extractChecked(write("bigscan.pdf", RawPDF.page("", box: "0 0 14400 14400").data()),
                                          ["--ocr", "always", "--ocr-dpi", "1200", "--max-memory", "2048"], limit: 120)
        #expect(r.status == 0)
        #expect(codes(obj).contains("ocr_scaled_down"))
    }

    @Test func contentStreamBomb() throws {
        let nested = String(repeating: "q 1 0 0 1 0.01 0.01 cm ", count: 20_000) + RawPDF.text("Laporan Kinerja 2024")
            + String(repeating: "Q ", count: 20_000)
        let (r, _) = try extractChecked(write("qbomb.pdf", RawPDF.page(nested).data()), ["--max-memory", "1024"], limit: 120)
        #expect(r.status == 0 || r.stderr.contains("[resource_limit]") || r.stderr.contains("[page_timeout]"))
    }

    @Test func imageBomb() throws {
        // A 30000² image in a file of a few hundred bytes (the stream is short; poppler pads it).
        var pdf = RawPDF.page("q 595 0 0 842 0 0 cm /Im1 Do Q", resources: "/XObject << /Im1 6 0 R >>")
        pdf.extra = [Data("<< /Type /XObject /Subtype /Image /Width 30000 /Height 30000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 16 >>\nstream\n".utf8)
                     + Data(repeating: 0x80, count: 16) + Data("\nendstream".utf8)]
        #expect(pdf.firstExtraID == 6)
        let file = write("imgbomb.pdf", pdf.data())
        for mode in ["auto", "never"] {
            let (r, _) = try extractChecked(file, ["--ocr", mode, "--max-memory", "1024"], limit: 120)
            #expect(r.status == 0 || r.stderr.contains("[resource_limit]"))
        }
    }

    @Test func controlAndRightToLeftCharacters() throws {
        // Control bytes and a right-to-left override in the text layer, and Arabic-script
        // bytes (WinAnsi turns them into Latin-1 letters): the JSON stays valid.
        let odd = "Tabel \u{01}\u{07}\u{1B} (x) \u{7F} \u{AD}\u{A0}end"
        let bytes = Data("BT /F1 12 Tf 72 770 Td (".utf8) + Data(odd.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
            + Data(") Tj ET BT /F1 12 Tf 72 740 Td <FEFF202E0041004200430020> Tj ET".utf8)
        var pdf = RawPDF()
        pdf.pages = [RawPDF.Page(content: bytes)]
        let (r, obj) = try extractChecked(write("control.pdf", pdf.data()))
        #expect(r.status == 0 && obj != nil)
    }

    // MARK: paths

    @Test(arguments: ["with space.pdf", "quote\"s'.pdf", "new\nline.pdf", "tab\there.pdf", "-dash.pdf"])
    func oddNames(name: String) throws {
        let p = write(name, RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        let out = dir + "/" + name + ".json"
        let r2 = try kinerja(["extract", p, "-o", out])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
    }

    /// Defect 6: a name with byte 0xff was "no such file".
    @Test func nonUTF8Name() throws {
        let name: [UInt8] = Array("caf".utf8) + [0xFF] + Array(".pdf".utf8)
        let path = Array(dir.utf8) + [0x2F] + name
        let data = RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data()
        let fd = (path + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        try #require(fd >= 0)
        _ = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        // Passed as raw bytes through a shell, as a user's terminal would.
        let sh = Process()
        sh.executableURL = URL(fileURLWithPath: "/bin/sh")
        sh.arguments = ["-c", "SWIFT_BACKTRACE=enable=no \"$0\" extract \"$(printf 'caf\\377.pdf')\" -o out.json 2>err.txt", try kinerjaBinary().path]
        sh.currentDirectoryURL = URL(fileURLWithPath: dir)
        try sh.run(); sh.waitUntilExit()
        let err = (try? String(contentsOfFile: dir + "/err.txt", encoding: .utf8)) ?? ""
        #expect(sh.terminationStatus == 0, "\(err)")
        #expect(FileManager.default.fileExists(atPath: dir + "/out.json"))
    }

    /// Defect 1: `extract a.pdf -o a.pdf` replaced the PDF with JSON.
    @Test func outputOntoTheInputIsRefused() throws {
        let data = RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data()
        let a = write("a.pdf", data)
        symlink(a, dir + "/link.json")
        link(a, dir + "/hard.json")
        for out in [a, dir + "/link.json", dir + "/hard.json", dir + "/./a.pdf"] {
            let r = try kinerja(["extract", a, "-o", out])
            #expect(r.status == 1 && r.lines.count == 1 && r.stderr.contains("input file itself"), "\(out): \(r.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == data, "input untouched")
        }
    }

    /// Defect 11: "-o DIR" said "NSCocoaErrorDomain error 512"; a FIFO "You don't have permission" (or hung).
    @Test func outputDirectoryAndFIFOInputGiveClearLines() throws {
        let a = write("b.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        let r = try kinerja(["extract", a, "-o", dir])
        #expect(r.status == 1 && r.lines.count == 1 && r.stderr.contains("is a directory"))
        let fifo = dir + "/pipe.pdf"
        #expect(mkfifo(fifo, 0o644) == 0)
        let f = try kinerja(["extract", fifo, "-o", dir + "/pipe.json"], limit: 20)
        #expect(f.status == 1 && f.lines.count == 1 && f.stderr.contains("FIFO") && f.stderr.contains("[unreadable]"))
    }

    /// Defect 11: a `.tmp` left by a writer killed mid-write is swept by the next write.
    @Test func deadWritersTemporaryFilesAreSwept() throws {
        let a = write("c.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        let stale = dir + "/.c.json.999999999.42.tmp"   // no such process
        let live = dir + "/.c.json.\(getpid()).43.tmp"   // a running process: left alone
        FileManager.default.createFile(atPath: stale, contents: Data("{".utf8))
        FileManager.default.createFile(atPath: live, contents: Data("{".utf8))
        let r = try kinerja(["extract", a, "-o", dir + "/c.json"])
        #expect(r.status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        unlink(live)
    }

    /// Defect 8: a closed or full standard output crashed with SIGILL and a backtrace.
    @Test func failedWritesToStandardOutputGiveOneLine() throws {
        let a = write("d.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        let r = try kinerja(["extract", a], stdoutFD: full)
        #expect(!r.signaled)
        #expect(r.status == 1 && r.lines.count == 1 && r.stderr.contains("standard output"), "\(r.stderr)")
        let help = try kinerja(["--help"], stdoutFD: full)
        #expect(help.status == 1 && help.lines.count == 1 && help.stderr.contains("standard output"))
        // A closed stdout, through the shell (`>&-`).
        let sh = Process()
        sh.executableURL = URL(fileURLWithPath: "/bin/sh")
        sh.arguments = ["-c", "SWIFT_BACKTRACE=enable=no \"$0\" extract \"$1\" >&- 2>\"$2\"", try kinerjaBinary().path, a, dir + "/closed.err"]
        try sh.run(); sh.waitUntilExit()
        let err = (try? String(contentsOfFile: dir + "/closed.err", encoding: .utf8)) ?? ""
        #expect(sh.terminationStatus == 1, "\(err)")
        #expect(err.split(separator: "\n").count == 1 && err.contains("standard output"))
    }

    // MARK: bounds on time and memory

    /// Content that takes longer than --page-timeout × pages ends with one line and a code.
    @Test func pageTimeout() throws {
        let a = write("slow.pdf", RawPDF.page("", box: "0 0 14400 14400").data())
        let (r, _) = try extractChecked(a, ["--ocr", "always", "--ocr-dpi", "1200", "--page-timeout", "0.05"], limit: 60)
        #expect(r.status == 1 && r.stderr.contains("[page_timeout]"))
        #expect(r.seconds < 30)
    }

    /// An allocation refused under --max-memory ends with one `[resource_limit]` line, not a backtrace.
    /// (1 MB of data: without Foundation's ICU a one-line page is read within 4 MB.)
    @Test func memoryLimit() throws {
        let a = write("m.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        let r = try kinerja(["extract", a, "-o", dir + "/m.json", "--max-memory", "1"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("[resource_limit]"), "\(r.stderr)")
        #expect(!r.stderr.contains("Backtrac"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/m.json"))
    }

    /// Defect 7: a worker outlived its kill -9'd batch. A process that says it is a batch
    /// worker (KINERJA_PARENT_PID) dies with its parent.
    @Test func workerDiesWithItsParent() throws {
        let a = write("w.pdf", RawPDF.page("", box: "0 0 14400 14400").data())
        let pidFile = dir + "/worker.pid"
        // sh stands in for the batch: it starts the worker, records its pid, and is killed -9.
        let sh = Process()
        sh.executableURL = URL(fileURLWithPath: "/bin/sh")
        sh.arguments = ["-c", "KINERJA_PARENT_PID=$$ SWIFT_BACKTRACE=enable=no \"$0\" extract \"$1\" -o \"$1.json\" --ocr always --ocr-dpi 1200 & echo $! > \"$2\"; wait",
                        try kinerjaBinary().path, a, pidFile]
        try sh.run()
        var worker: Int32 = 0
        for _ in 0..<100 where worker == 0 {
            usleep(20_000)
            worker = Int32(((try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }
        try #require(worker > 0)
        usleep(300_000)
        #expect(kill(worker, 0) == 0, "the worker runs while its parent lives")
        kill(sh.processIdentifier, SIGKILL)
        sh.waitUntilExit()
        var gone = false
        for _ in 0..<100 where !gone {
            usleep(20_000)
            // Reaped by init once dead; a zombie shows as state Z.
            let stat = (try? String(contentsOfFile: "/proc/\(worker)/stat", encoding: .utf8)) ?? ""
            gone = stat.isEmpty || stat.contains(") Z ")
        }
        #expect(gone, "the worker died with its parent")
        if !gone { kill(worker, SIGKILL) }
    }

    /// A worker started after its batch already died exits at once (the race the prctl leaves).
    @Test func workerOfADeadBatchExits() throws {
        let a = write("x.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        var env = ProcessInfo.processInfo.environment
        env["KINERJA_PARENT_PID"] = "999999999"
        let r = try kinerja(["extract", a, "-o", dir + "/x.json"], environment: env)
        #expect(r.status == 1)
        #expect(!FileManager.default.fileExists(atPath: dir + "/x.json"))
    }
    /// A worker under a tiny --max-memory ends its document with the `[resource_limit]`
    /// line, like `extract`: its crash handlers are installed before the limit is set
    /// (installing them allocates their alternate stack, which the limit could refuse).
    @Test func workerMemoryLimit() throws {
        let a = write("wm.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        let errPath = dir + "/worker.err"
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try kinerjaBinary().path)
        p.arguments = ["worker", "--max-memory", "1"]
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        let toWorker = Pipe(), fromWorker = Pipe()
        p.standardInput = toWorker; p.standardOutput = fromWorker
        p.standardError = FileHandle(forWritingAtPath: errPath)
        try p.run()
        toWorker.fileHandleForWriting.write(Data((a + "\0" + dir + "/wm.json\0").utf8))
        try toWorker.fileHandleForWriting.close()
        p.waitUntilExit()
        let err = String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self)
        #expect(err.contains("[resource_limit]"), "\(err)")
        #expect(!err.contains("Backtrac"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/wm.json"))
    }

    /// A long-lived worker's --timeout alarm covers one document at a time, not the
    /// worker's whole life (armed once, it killed a worker after --timeout + 5 s of work).
    @Test func workerAlarmIsPerDocument() throws {
        let a = write("alarm.pdf", RawPDF.page(RawPDF.text("Laporan Kinerja 2024")).data())
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try kinerjaBinary().path)
        p.arguments = ["worker"]
        var env = ProcessInfo.processInfo.environment
        env["KINERJA_DEADLINE"] = "0.5"   // alarm at 0.5 s + 5 s grace, per document
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        let toWorker = Pipe(), fromWorker = Pipe()
        p.standardInput = toWorker; p.standardOutput = fromWorker
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        func ask(_ out: String) -> String {
            toWorker.fileHandleForWriting.write(Data((a + "\0" + out + "\0").utf8))
            var line = Data()
            while let byte = try? fromWorker.fileHandleForReading.read(upToCount: 1), let b = byte.first, b != 0x0A { line.append(b) }
            return String(decoding: line, as: UTF8.self)
        }
        #expect(ask(dir + "/alarm1.json") == "ok")
        Thread.sleep(forTimeInterval: 6.5)   // idle past the first document's alarm
        #expect(ask(dir + "/alarm2.json") == "ok")
        try toWorker.fileHandleForWriting.close()
        p.waitUntilExit()
        #expect(p.terminationReason == .exit && p.terminationStatus == 0)
    }
}
