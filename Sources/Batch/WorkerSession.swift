import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// One long-lived `kinerja worker` process, fed one document at a time (start-up is paid
/// once per worker, not once per document). Still one process per document in flight:
/// a crash or a memory blow-up ends the worker, which is recorded for that document only
/// (`crashed`, `resource_limit`, or the code on its last stderr line) and replaced by a
/// fresh one for the next document; a document past `--timeout` gets its worker killed.
public final class WorkerSession: @unchecked Sendable {
    private let worker: ExtractWorker
    private let stderrPath: String
    private var process: ChildProcess?
    private var requestsFD: Int32 = -1
    private var answersFD: Int32 = -1
    private var answerBuffer: [UInt8] = []

    /// `worker` gives the executable, arguments (after `worker`), timeout and environment.
    public init(worker: ExtractWorker, stderrPath: String) {
        self.worker = worker
        self.stderrPath = stderrPath
        signal(SIGPIPE, SIG_IGN)  // a dead worker's pipe is an error to record, not our death
    }

    deinit { close() }

    /// Ends the worker (end of input), waiting for it.
    public func close() {
        guard let p = process else { return }
        Glibc.close(requestsFD)
        p.wait()
        Glibc.close(answersFD)
        process = nil; requestsFD = -1; answersFD = -1
        try? FileManager.default.removeItem(atPath: stderrPath)
    }

    private func start(children: ChildRegistry?) -> String? {
        guard let err = Descriptors.create(stderrPath) else { return "cannot create scratch file \(stderrPath)" }
        defer { Glibc.close(err) }
        guard let toWorker = Descriptors.pipe() else { return "cannot create a pipe" }
        guard let fromWorker = Descriptors.pipe() else {
            Glibc.close(toWorker.read); Glibc.close(toWorker.write)
            return "cannot create a pipe"
        }
        // The child's ends are closed here once it has them.
        defer { Glibc.close(toWorker.read); Glibc.close(fromWorker.write) }
        let p: ChildProcess
        do {
            p = try ChildProcess(executable: worker.executable, arguments: ["worker"] + worker.extraArguments,
                                 environment: worker.environment, stdin: toWorker.read, stdout: fromWorker.write, stderr: err)
        } catch {
            Glibc.close(toWorker.write); Glibc.close(fromWorker.read)
            return "cannot start \(worker.executable): \(error)"
        }
        children?.add(p.pid)
        process = p
        requestsFD = toWorker.write
        answersFD = fromWorker.read
        answerBuffer = []
        return nil
    }

    /// Converts one document (`output`: a scratch path that must not exist yet).
    public func run(input: String, rawInput: [UInt8]? = nil, output: String, children: ChildRegistry? = nil) -> WorkerOutcome {
        let begin = Date()
        func done(_ r: WorkerOutcome.Result) -> WorkerOutcome { WorkerOutcome(result: r, seconds: Date().timeIntervalSince(begin)) }
        if process == nil, let problem = start(children: children) { return done(.failure(code: "error", message: problem)) }
        guard let p = process, requestsFD >= 0 else { return done(.failure(code: "error", message: "no worker")) }
        let stderrStart = (try? FileManager.default.attributesOfItem(atPath: stderrPath)[.size] as? UInt64) ?? 0

        var request = rawInput ?? Array(input.utf8)
        request.append(0); request += Array(output.utf8); request.append(0)
        let sent = request.withUnsafeBytes { raw -> Bool in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(requestsFD, raw.baseAddress! + off, raw.count - off)
                if n < 0 { if errno == EINTR { continue }; return false }
                off += n
            }
            return true
        }
        let line = sent ? readAnswer(timeout: worker.timeout) : .closed
        switch line {
        case .answer(let text):
            if children?.isAborting == true { try? FileManager.default.removeItem(atPath: output); return done(.aborted) }
            let fields = text.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            if fields.first == "ok" {
                guard let summary = OutputSummary(contentsOf: output) else {
                    try? FileManager.default.removeItem(atPath: output)
                    return done(.failure(code: "bad_output", message: "the worker answered ok but wrote no readable JSON document"))
                }
                return done(.success(summary))
            }
            try? FileManager.default.removeItem(atPath: output)
            let code = fields.count > 1 && !fields[1].isEmpty ? fields[1] : "error"
            var message = fields.count > 2 ? fields[2] : text
            if message.hasPrefix(input + ": ") { message = String(message.dropFirst(input.count + 2)) }
            return done(.failure(code: code, message: String(message.prefix(500))))
        case .timedOut:
            ExtractWorker.killTree(p.pid)
            finish(p, children: children)
            try? FileManager.default.removeItem(atPath: output)
            if children?.isAborting == true { return done(.aborted) }
            return done(.failure(code: "timeout",
                                 message: "no result after \(JSONText.number(worker.timeout ?? 0)) s; the worker was killed"))
        case .closed:
            // The worker died on this document: say how, from its exit and its last words.
            finish(p, children: children)
            try? FileManager.default.removeItem(atPath: output)
            if children?.isAborting == true { return done(.aborted) }
            let tail = WorkerSession.tail(of: stderrPath, from: stderrStart)
            if p.diedOfSignal {
                let sig = p.terminationStatus
                var message = "the extractor died of signal \(sig) (\(ExtractWorker.signalName(sig)))"
                if let l = ExtractWorker.crashLine(in: tail) { message += ": " + l }
                return done(.failure(code: ExtractWorker.ranOutOfMemory(tail) ? "resource_limit" : "crashed", message: message))
            }
            let (code, message) = ExtractWorker.parseError(tail, input: input, status: p.terminationStatus)
            let crashed = ExtractWorker.crashed(tail)
            return done(.failure(code: ExtractWorker.ranOutOfMemory(tail) ? "resource_limit" : (crashed ? "crashed" : code),
                                 message: message))
        }
    }

    /// Reaps a dead or killed worker; the next document starts a fresh one.
    private func finish(_ p: ChildProcess, children: ChildRegistry?) {
        Glibc.close(requestsFD)
        p.wait()
        children?.remove(p.pid)
        Glibc.close(answersFD)
        process = nil; requestsFD = -1; answersFD = -1
    }

    private enum Answer { case answer(String), timedOut, closed }

    /// One answer line, waiting at most `timeout` seconds (poll(2) on the pipe).
    private func readAnswer(timeout: Double?) -> Answer {
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while true {
            if let nl = answerBuffer.firstIndex(of: 0x0A) {
                let line = String(decoding: answerBuffer[..<nl], as: UTF8.self)
                answerBuffer.removeFirst(nl + 1)
                return .answer(line)
            }
            var ms: Int32 = -1
            if let deadline {
                let left = deadline.timeIntervalSinceNow
                if left <= 0 { return .timedOut }
                ms = Int32(min(left * 1000, 60_000).rounded(.up))
            }
            var pfd = pollfd(fd: answersFD, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, ms)
            if r < 0 { if errno == EINTR { continue }; return .closed }
            if r == 0 { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let n = chunk.withUnsafeMutableBytes { read(answersFD, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return .closed }
            if n == 0 { return .closed }
            answerBuffer += chunk[0..<n]
        }
    }

    static func tail(of path: String, from offset: UInt64) -> String { Descriptors.tail(of: path, from: offset) }
}
