import Foundation
import PDFFixtures
@testable import Batch

/// A fresh directory under the system temp dir, removed by `cleanup()`.
struct TempDir {
    let path: String
    init(_ tag: String = "batch") {
        path = NSTemporaryDirectory() + "kinerja-\(tag)-\(getpid())-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
    func sub(_ rel: String) -> String { path + "/" + rel }

    @discardableResult
    func write(_ rel: String, _ contents: String) -> String { write(rel, Data(contents.utf8)) }

    @discardableResult
    func write(_ rel: String, _ data: Data) -> String {
        let p = sub(rel)
        try! FileManager.default.createDirectory(atPath: PathUtil.parent(p), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: p, contents: data)
        return p
    }

    func read(_ rel: String) -> String? {
        FileManager.default.contents(atPath: sub(rel)).map { String(decoding: $0, as: UTF8.self) }
    }

    func exists(_ rel: String) -> Bool { FileManager.default.fileExists(atPath: sub(rel)) }

    /// Every regular file under `rel`, relative, sorted, hidden entries skipped.
    func files(under rel: String) -> [String] {
        let root = sub(rel)
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        while let f = e.nextObject() as? String {
            if f.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if PathUtil.kind(root + "/" + f) == .file { out.append(f) }
        }
        return out.sorted()
    }
}

/// Tiny but valid PDFs (one Helvetica text line per page), with a correct xref table.
enum MiniPDF {
    static func make(pages: [String]) -> Data {
        var objects: [String] = []
        let n = pages.count
        let fontID = 3 + 2 * n
        objects.append("<< /Type /Catalog /Pages 2 0 R >>")
        let kids = (0..<n).map { "\(3 + 2 * $0) 0 R" }.joined(separator: " ")
        objects.append("<< /Type /Pages /Kids [\(kids)] /Count \(n) >>")
        for (i, text) in pages.enumerated() {
            let esc = text.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
            let stream = "BT /F1 12 Tf 72 770 Td (\(esc)) Tj ET"
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 \(fontID) 0 R >> >> /Contents \(4 + 2 * i) 0 R >>")
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        return PDFFile.data(objects: objects)
    }
}

/// A stand-in for `kinerja extract`, as a shell script: behaves by the input's name and bytes.
/// `*segv*` kills itself with SIGSEGV, `*hang*` sleeps, `*abort*` exits by SIGABRT after a
/// Swift-like "Fatal error" line, `*silent*` exits 0 without output; otherwise a missing,
/// empty or non-%PDF file fails with the extractor's one-line message, and a PDF gets a
/// small contract JSON (warnings when the name holds "warn").
enum FakeExtractor {
    static func install(in dir: TempDir, delay: Double = 0) -> String {
        let script = """
        #!/bin/sh
        if [ "$1" = worker ]; then
          # The long-lived worker protocol (bash, for NUL-separated reads), by running this
          # script's `extract` per request; a failed or crashed request ends the worker the
          # same way (stderr, status, signal: re-raised by sh, as bash survives its own SIGABRT).
          exec /bin/bash -c '
          while IFS= read -r -d "" in && IFS= read -r -d "" out; do
            "$0" extract "$in" -o "$out"; rc=$?
            [ $rc -gt 128 ] && exec /bin/sh -c "kill -$((rc - 128)) \\$\\$"
            [ $rc -ne 0 ] && exit $rc
            echo ok
          done' "$0"
        fi
        [ "$1" = extract ] || { echo "usage" >&2; exit 64; }
        in="$2"; out="$4"
        case "$in" in
          *segv*) kill -SEGV $$ ;;
          *hang*) sleep 60 ;;
          *abort*) echo "Fatal error: Index out of range" >&2; kill -ABRT $$ ;;
          *silent*) exit 0 ;;
          *oom*) echo "terminate called after throwing an instance of 'std::bad_alloc'" >&2; kill -ABRT $$ ;;
          *mutate*) printf ' edited' >> "$in" ;;
        esac
        if [ ! -e "$in" ]; then echo "kinerja: $in: no such file" >&2; exit 1; fi
        if [ ! -s "$in" ]; then echo "kinerja: $in: the file is empty" >&2; exit 1; fi
        if [ "$(head -c 4 "$in")" != "%PDF" ]; then echo "kinerja: $in: not a PDF file" >&2; exit 1; fi
        if grep -q Encrypt "$in"; then echo "kinerja: $in: the PDF is encrypted (password protected)" >&2; exit 1; fi
        sleep \(delay)
        b=$(basename "$in"); sha=$(sha256sum "$in" | cut -c1-64)
        w='[]'; case "$b" in *warn*) w='[{"code":"malformed_number","message":"m","page":1}]' ;; esac
        case "$b" in *backtrace*) echo "💣 Program crashed: Illegal instruction at 0x0" >&2 ;; esac
        printf '{"schema_version":"1.0","source":{"file":"%s","sha256":"%s","pages":2,"text_source":"native"},"document":{"type":"lkjip","instansi":"KPU","tahun":2024},"tables":[{"id":"t1"}],"indicators":[{"table":"t1","page":1,"no":"1","sasaran":"S","indikator":"I","target":{"raw":"100%%","kind":"percent","value":100},"realisasi":null,"capaian":null,"periods":[]}],"warnings":%s}' "$b" "$sha" "$w" > "$out.part" && mv "$out.part" "$out"
        """
        let p = dir.write("fake-kinerja.sh", script)
        chmod(p, 0o755)
        return p
    }
}

/// Runs a program to completion; returns (status, stdout, stderr). Output goes through
/// scratch files, so a chatty child can never block on a full pipe.
@discardableResult
func runProcess(_ exe: String, _ args: [String], cwd: String? = nil, stdin: Data? = nil) throws -> (Int32, String, String) {
    let dir = TempDir("proc")
    defer { dir.cleanup() }
    let outPath = dir.write("out", ""), errPath = dir.write("err", ""), inPath = dir.write("in", stdin ?? Data())
    let p = Process()
    p.executableURL = URL(fileURLWithPath: exe)
    p.arguments = args
    if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
    p.standardOutput = FileHandle(forWritingAtPath: outPath)
    p.standardError = FileHandle(forWritingAtPath: errPath)
    p.standardInput = FileHandle(forReadingAtPath: inPath)
    try p.run()
    p.waitUntilExit()
    return (p.terminationStatus, dir.read("out") ?? "", dir.read("err") ?? "")
}

/// The `kinerja` executable next to the test bundle (same build directory), if built.
func kinerjaBinary() -> String? {
    var candidates: [String] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        candidates.append(PathUtil.parent(exe) + "/kinerja")
    }
    if let a0 = CommandLine.arguments.first {
        candidates.append(PathUtil.parent(PathUtil.absolute(a0)) + "/kinerja")
    }
    let root = PathUtil.parent(PathUtil.parent(PathUtil.parent(PathUtil.absolute(#filePath))))
    candidates.append(root + "/.build/debug/kinerja")
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// True when the binary has a working `extract` (the real pipeline, not a stub).
func realExtractAvailable() -> Bool {
    guard let bin = kinerjaBinary() else { return false }
    let dir = TempDir("probe")
    defer { dir.cleanup() }
    let pdf = dir.write("p.pdf", MiniPDF.make(pages: ["Laporan Kinerja 2024"]))
    guard let (status, _, _) = try? runProcess(bin, ["extract", pdf, "-o", dir.sub("p.json")]), status == 0 else { return false }
    return OutputSummary(contentsOf: dir.sub("p.json")) != nil
}

func python3() -> String? {
    for p in ["/usr/bin/python3", "/usr/local/bin/python3"] where FileManager.default.isExecutableFile(atPath: p) { return p }
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let p = "\(dir)/python3"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}

/// SHA-256 of a string's bytes, by the system's sha256sum (an independent implementation).
func sha256sum(_ s: String) -> String {
    let d = TempDir("sum")
    defer { d.cleanup() }
    let p = d.write("f", s)
    let out = (try? runProcess("/usr/bin/sha256sum", [p]))?.1 ?? ""
    return String(out.prefix(64))
}

/// Manifest records of a directory in reading order.
func records(in dir: String) throws -> [ManifestRecord] {
    var out: [ManifestRecord] = []
    for f in Manifest.files(in: dir) { try ManifestReader.forEachRecord(in: f) { out.append($0) } }
    return out
}
