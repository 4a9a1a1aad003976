import ArgumentParser
import FoundationEssentials
import Kinerja
#if canImport(Glibc)
import Glibc
#endif

/// `kinerja worker`: a long-lived batch worker. `kinerja batch` starts one per job and
/// sends it documents one at a time, so the process start-up (the Swift runtime,
/// Foundation, poppler, cairo: tens of milliseconds) is paid once per worker instead of
/// once per document, while each document still runs in a process of its own at any
/// moment: a crash, a hang or a memory blow-up ends this worker only, and the batch
/// records it and starts a new one.
///
/// Protocol (stdin/stdout, not for people): a request is `INPUT\0OUTPUT\0`; the answer is
/// one line, `ok` or `fail\tCODE\tMESSAGE`. The JSON goes to OUTPUT (atomically). End of
/// input ends the worker. Anything else the libraries print on stdout goes to stderr.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker", abstract: "Batch worker (internal): extracts documents named on standard input.",
        shouldDisplay: false)

    @Option var ocr: ExtractOptions.OCRMode = .auto
    @Option var ocrDpi: Double = 300
    @Option var workers: Int?
    @Option var password: String?
    @Option var maxMemory: Int = ProcessGuard.defaultMaxMemoryMB
    @Option var pageTimeout: Double = 60

    func run() throws {
        ProcessGuard.bindToBatch()
        // Handlers and lines before the limit: installing them allocates, and an allocation
        // refused while a request is still being read has no document to name yet.
        ProcessGuard.oneLineOnCrash(input: "worker")
        ProcessGuard.limitMemory(megabytes: maxMemory)
        // The protocol gets its own descriptor; stdout becomes stderr for stray output.
        let answers = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        var options = ExtractOptions(ocr: ocr, ocrDPI: ocrDpi, workers: workers, password: password)
        options.pageTimeout = pageTimeout
        let extractor = Extractor(options: options)
        var input = RequestReader(fd: STDIN_FILENO)
        while let path = input.next(), let output = input.next() {
            let name = String(decoding: path, as: UTF8.self)
            ProcessGuard.oneLineOnCrash(input: name)
            ProcessGuard.armBatchAlarm()
            let answer: String
            do {
                let json = try extractor.extractJSON(path: name, rawPath: path, pageDeadline: { pages in
                    ProcessGuard.armDeadline(
                        seconds: pageTimeout * Double(pages),
                        line: "kinerja: \(name): gave up after \(Int(pageTimeout * Double(pages))) s (--page-timeout \(Int(pageTimeout)) s a page, \(pages) page\(pages == 1 ? "" : "s")) [page_timeout]\n")
                })
                try AtomicFile.write(json, to: String(decoding: output, as: UTF8.self))
                answer = "ok\n"
            } catch let error as ExtractError {
                answer = "fail\t\(error.code)\t\(Self.oneLine(error.description))\n"
            } catch {
                answer = "fail\terror\t\(Self.oneLine("\(name): \(error)"))\n"
            }
            ProcessGuard.disarmDeadline()
            ProcessGuard.armBatchAlarm(disarm: true)
            guard Console.write(answers, Array(answer.utf8)) else { throw ExitCode(1) }  // the batch is gone
        }
    }

    static func oneLine(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }
}

/// NUL-terminated fields from a descriptor.
struct RequestReader {
    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var eof = false
    init(fd: Int32) { self.fd = fd }

    mutating func next() -> [UInt8]? {
        while true {
            if let end = buffer[start...].firstIndex(of: 0) {
                let field = Array(buffer[start..<end])
                start = end + 1
                return field
            }
            if eof { return nil }
            if start > 0 { buffer.removeFirst(start); start = 0 }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; eof = true; continue }
            if n == 0 { eof = true; continue }
            buffer += chunk[0..<n]
        }
    }
}
