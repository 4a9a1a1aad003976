import FoundationEssentials
import KinerjaModel
#if canImport(Glibc)
import Glibc
#endif

/// What became of one document in a worker process.
public struct WorkerOutcome: Sendable {
    public enum Result: Sendable, Equatable {
        case success(OutputSummary)
        case failure(code: String, message: String)
        /// The batch was aborted while this document ran; nothing is recorded for it.
        case aborted
    }
    public var result: Result
    public var seconds: Double
}

/// Runs `EXECUTABLE extract INPUT -o OUTPUT [extra args]` as a child process, one per
/// document. A crash, an abort() or a hang inside the C libraries (poppler, tesseract)
/// takes down only that child: the batch sees a signal death (code `crashed`) or kills
/// the child when its time is up (code `timeout`) and goes on with the next document.
public struct ExtractWorker: Sendable {
    public var executable: String
    public var extraArguments: [String]
    /// Seconds per document; nil for no limit.
    public var timeout: Double?
    public var environment: [String: String]

    public init(executable: String, extraArguments: [String] = [], timeout: Double? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.executable = executable
        self.extraArguments = extraArguments
        self.timeout = timeout
        var env = environment
        // One OCR engine per worker: let the batch, not OpenMP, use the cores.
        if env["OMP_THREAD_LIMIT"] == nil { env["OMP_THREAD_LIMIT"] = "1" }
        // A crashing worker is recorded from its signal and its one line; the Swift
        // backtracer would spend seconds symbolicating (and has been seen to exit 0).
        env["SWIFT_BACKTRACE"] = "enable=no"
        self.environment = env
    }

    /// Runs one document. `output` must not exist yet; on success it holds the JSON.
    /// `stderrPath` is a scratch file for the child's standard error.
    public func run(input: String, output: String, stderrPath: String,
                    children: ChildRegistry? = nil) -> WorkerOutcome {
        let start = Date()
        func done(_ r: WorkerOutcome.Result) -> WorkerOutcome {
            WorkerOutcome(result: r, seconds: Date().timeIntervalSince(start))
        }
        guard let errFD = Descriptors.create(stderrPath) else {
            return done(.failure(code: "error", message: "cannot create scratch file \(stderrPath)"))
        }
        defer {
            close(errFD)
            try? FileManager.default.removeItem(atPath: stderrPath)
        }

        let p: ChildProcess
        do {
            p = try ChildProcess(executable: executable, arguments: ["extract", input, "-o", output] + extraArguments,
                                 environment: environment, stdin: nil, stdout: nil, stderr: errFD)
        } catch {
            return done(.failure(code: "error", message: "cannot start \(executable): \(error)"))
        }
        let pid = p.pid
        children?.add(pid)
        var timedOut = false
        if let timeout, timeout > 0 {
            if !p.wait(seconds: timeout) {
                timedOut = true
                ExtractWorker.killTree(pid)
                p.wait()
            }
        } else {
            p.wait()
        }
        children?.remove(pid)

        if children?.isAborting == true {
            try? FileManager.default.removeItem(atPath: output)
            return done(.aborted)
        }
        let stderrTail = ExtractWorker.tail(of: stderrPath)
        if timedOut {
            try? FileManager.default.removeItem(atPath: output)
            return done(.failure(code: "timeout",
                                 message: "no result after \(JSONText.number(timeout ?? 0)) s; the worker was killed"))
        }
        if p.diedOfSignal {
            try? FileManager.default.removeItem(atPath: output)
            let sig = p.terminationStatus
            var message = "the extractor died of signal \(sig) (\(ExtractWorker.signalName(sig)))"
            if let line = ExtractWorker.crashLine(in: stderrTail) { message += ": " + line }
            return done(.failure(code: ExtractWorker.ranOutOfMemory(stderrTail) ? "resource_limit" : "crashed", message: message))
        }
        if ExtractWorker.crashed(stderrTail) {
            // A crash report on stderr means a crash, whatever the exit status says.
            try? FileManager.default.removeItem(atPath: output)
            let line = ExtractWorker.crashLine(in: stderrTail) ?? "crash report on stderr"
            return done(.failure(code: ExtractWorker.ranOutOfMemory(stderrTail) ? "resource_limit" : "crashed",
                                 message: "the extractor crashed (exit status \(p.terminationStatus)): \(line)"))
        }
        if p.terminationStatus != 0 {
            try? FileManager.default.removeItem(atPath: output)
            let (code, message) = ExtractWorker.parseError(stderrTail, input: input, status: p.terminationStatus)
            return done(.failure(code: ExtractWorker.ranOutOfMemory(stderrTail) ? "resource_limit" : code, message: message))
        }
        guard let summary = OutputSummary(contentsOf: output) else {
            try? FileManager.default.removeItem(atPath: output)
            return done(.failure(code: "bad_output",
                                 message: "the extractor exited 0 but wrote no readable JSON document"))
        }
        return done(.success(summary))
    }

    // MARK: reading the child's standard error

    /// The last 64 KiB of a file as text.
    static func tail(of path: String) -> String { Descriptors.tail(of: path) }

    /// The error code and message from `kinerja: <path>: <reason> [code]` (the last such
    /// line); without the bracketed code, the code is inferred from the reason's wording.
    static func parseError(_ stderr: String, input: String, status: Int32) -> (String, String) {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimming(.whitespaces) }
        guard let line = lines.last(where: { $0.hasPrefix("kinerja: ") }) ?? lines.last(where: { !$0.isEmpty }) else {
            return ("error", "the extractor exited with status \(status) and no message")
        }
        var message = line
        for prefix in ["kinerja: " + input + ": ", "kinerja: extract: " + input + ": ", "kinerja: "] where message.hasPrefix(prefix) {
            message = String(message.dropFirst(prefix.count)); break
        }
        // `extract` ends the line with the stable code in brackets: "… damaged (no xref) [damaged]".
        if message.hasSuffix("]"), let open = message.ranges(of: " [").last {
            let code = message[open.upperBound..<message.index(before: message.endIndex)]
            if !code.isEmpty, code.allSatisfy({ $0.isLowercase || $0 == "_" || $0.isNumber }) {
                return (String(code), String(message[..<open.lowerBound].prefix(500)))
            }
        }
        message = String(message.prefix(500))
        return (classify(message), message)
    }

    /// Maps an extractor message to the stable codes of `ExtractError`.
    public static func classify(_ message: String) -> String {
        let m = message.lowercased()
        if m.contains("no such file") || m.contains("not found") { return "missing" }
        if m.contains("is empty") || m.contains("empty file") || m.contains("zero bytes") { return "empty" }
        if m.contains("not a pdf") { return "not_pdf" }
        if m.contains("encrypted") || m.contains("password") { return "encrypted" }
        if m.contains("damaged") || m.contains("corrupt") || m.contains("truncated") { return "damaged" }
        return "error"
    }

    /// The Swift runtime's or backtracer's crash report, or the extractor's own crash line.
    static func crashed(_ stderr: String) -> Bool {
        stderr.contains("Fatal error:") || stderr.contains("Program crashed") || stderr.contains("[crashed]")
    }

    /// What the libraries print when an allocation is refused (under `--max-memory`):
    /// poppler's "Out of memory", C++'s bad_alloc, the Swift runtime's and glibc's words.
    static func ranOutOfMemory(_ stderr: String) -> Bool {
        ["[resource_limit]", "Out of memory", "out of memory", "bad_alloc", "Cannot allocate memory", "Could not allocate memory",
         "could not allocate"].contains { stderr.contains($0) }
    }

    /// A line worth quoting from a crashed child's stderr (Swift runtime traps print "Fatal error: …").
    static func crashLine(in stderr: String) -> String? {
        let lines = stderr.split(whereSeparator: \.isNewline).map { $0.trimming(.whitespaces) }
        let pick = lines.first(where: { $0.contains("Fatal error") || $0.contains("Out of memory") || $0.contains("bad_alloc") })
            ?? lines.first(where: { $0.hasPrefix("kinerja: ") })
        return pick.map { String($0.prefix(300)) }
    }

    /// SIGKILL to the child and everything it started: ChildProcess puts each
    /// child in its own process group, and the batch only learns of the child's exit
    /// once every holder of its inherited descriptors is gone.
    static func killTree(_ pid: Int32) {
        if getpgid(pid) == pid { kill(-pid, SIGKILL) }
        kill(pid, SIGKILL)
    }

    public static func signalName(_ sig: Int32) -> String {
        switch sig {
        case SIGILL: return "SIGILL"
        case SIGTRAP: return "SIGTRAP"
        case SIGABRT: return "SIGABRT"
        case SIGBUS: return "SIGBUS"
        case SIGFPE: return "SIGFPE"
        case SIGKILL: return "SIGKILL, possibly out of memory"
        case SIGSEGV: return "SIGSEGV"
        case SIGTERM: return "SIGTERM"
        case SIGINT: return "SIGINT"
        case SIGPIPE: return "SIGPIPE"
        default: return "signal \(sig)"
        }
    }
}

/// The running child processes, so an abort can kill them all.
public final class ChildRegistry: @unchecked Sendable {
    private let lock = Lock()
    private var pids: Set<Int32> = []
    private var aborting = false

    public init() {}

    public var isAborting: Bool { lock.lock(); defer { lock.unlock() }; return aborting }
    public var running: Int { lock.lock(); defer { lock.unlock() }; return pids.count }

    func add(_ pid: Int32) {
        lock.lock()
        pids.insert(pid)
        let kill9 = aborting
        lock.unlock()
        if kill9 { ExtractWorker.killTree(pid) }
    }

    func remove(_ pid: Int32) { lock.lock(); pids.remove(pid); lock.unlock() }

    /// Kills every running child (SIGKILL) and any started from now on.
    public func abortAll() {
        lock.lock()
        aborting = true
        let all = pids
        lock.unlock()
        for pid in all { ExtractWorker.killTree(pid) }
    }
}
