import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import PDFReading
import KinerjaModel

public struct BatchOptions: Sendable {
    /// Files, directories and glob patterns, as given on the command line.
    public var inputs: [String]
    /// The inputs' own bytes, one per input, when the command line had them (names that are
    /// not UTF-8); nil: the strings are the names.
    public var rawInputs: [[UInt8]]? = nil
    public var outputDirectory: String
    /// Documents processed at once (one child process each).
    public var jobs: Int
    /// Seconds per document before its worker is killed; nil for no limit.
    public var timeout: Double?
    /// Passed to every `extract` child after `-o OUT` (e.g. `--ocr auto`).
    public var extractArguments: [String]
    public var shard: Shard?
    /// Redo every input, even those a previous run finished.
    public var force: Bool
    /// The program run as `EXECUTABLE extract FILE -o OUT` per document.
    public var workerExecutable: String
    /// Long-lived `EXECUTABLE worker` processes, one per job, each converting many
    /// documents (one at a time); false: one `EXECUTABLE extract` process per document.
    public var persistentWorkers = false
    /// Written into every manifest line; resume trusts only outputs of the same version.
    public var toolVersion: String
    public var cwd: String

    public init(inputs: [String], outputDirectory: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                timeout: Double? = nil, extractArguments: [String] = [], shard: Shard? = nil, force: Bool = false,
                workerExecutable: String, toolVersion: String,
                cwd: String = FileManager.default.currentDirectoryPath) {
        self.inputs = inputs; self.outputDirectory = outputDirectory; self.jobs = jobs; self.timeout = timeout
        self.extractArguments = extractArguments; self.shard = shard; self.force = force
        self.workerExecutable = workerExecutable; self.toolVersion = toolVersion; self.cwd = cwd
    }
}

public struct BatchSummary: Sendable {
    public var counts: ProgressReporter.Counts
    public var seconds: Double
    public var failuresByCode: [String: Int]
    /// The signal that stopped the batch early (SIGINT, SIGTERM), if any.
    public var interruptedBy: Int32?
    public var unmatchedPatterns: [String]
    public var manifestPath: String
    public var ignoredManifestLines: Int

    /// 0 all ok, 1 some failed, 128+signal when interrupted.
    public var exitCode: Int32 {
        if let sig = interruptedBy { return 128 + sig }
        return counts.failed > 0 ? 1 : 0
    }

    public var text: String {
        let c = counts
        var s = "kinerja: batch: \(c.done) input\(c.done == 1 ? "" : "s"): \(c.ok) ok, \(c.warning) with warnings, \(c.failed) failed"
        if !failuresByCode.isEmpty {
            s += " (" + failuresByCode.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
        }
        s += ", \(c.skipped) skipped (already done)"
        let docs = seconds > 0 ? Double(c.processed) / seconds : 0
        let pages = seconds > 0 ? Double(c.pages) / seconds : 0
        s += String(cFormat: "; %d pages in %.1f s (%.2f docs/s, %.1f pages/s)", c.pages, seconds, docs, pages)
        s += "; manifest \(manifestPath)"
        if let sig = interruptedBy {
            s += "\nkinerja: batch: interrupted (\(sig == SIGINT ? "SIGINT" : "SIGTERM")); run the same command again to finish the rest"
        }
        return s
    }
}

/// Runs a batch: streams the inputs, skips what a previous run finished, hands the rest
/// to `jobs` worker threads that each run one `extract` child process at a time, writes
/// each JSON atomically (child writes a scratch file; we rename it into place) and then
/// appends the document's manifest line.
///
/// Kill-safety: an output appears only by rename(2), and only then is its manifest line
/// appended, with one write(2). Killed between the two, the next run finds an output
/// without a matching line and redoes it. Scratch files live in
/// `OUT/.kinerja-work/<host>-<pid>/` and are swept by the next run on the same host.
public final class BatchRunner: @unchecked Sendable {
    public let options: BatchOptions
    public let progress: ProgressReporter
    private let children = ChildRegistry()
    private let lock = Lock()
    private var stopRequested = false
    private var stopSignal: Int32?
    private var failures: [String: Int] = [:]
    private var sequence = 0
    /// An I/O error that stops the whole batch (the manifest cannot be written).
    private var fatalIOError: Error?

    public init(options: BatchOptions, progress: ProgressReporter) {
        self.options = options
        self.progress = progress
    }

    /// First SIGINT: start no new documents, finish the ones in flight.
    public func stopLaunching(signal: Int32 = SIGINT) {
        lock.lock()
        stopRequested = true
        if stopSignal == nil { stopSignal = signal }
        lock.unlock()
    }

    /// Second SIGINT, SIGTERM: kill the workers now; their documents are not recorded.
    public func abort(signal: Int32 = SIGINT) {
        stopLaunching(signal: signal)
        children.abortAll()
    }

    public var isStopping: Bool { lock.lock(); defer { lock.unlock() }; return stopRequested }
    public var runningChildren: Int { children.running }

    public var outputRoot: String { PathUtil.absolute(options.outputDirectory, cwd: options.cwd) }

    public var manifestPath: String {
        outputRoot + "/" + (options.shard?.manifestName ?? Manifest.fileName)
    }

    public func run() throws -> BatchSummary {
        let out = outputRoot
        if PathUtil.kind(out) == .file { throw BatchError.usage("--out \(options.outputDirectory) is a file, not a directory") }
        try PathUtil.makeDirectories(out)
        let work = try BatchRunner.makeWorkDirectory(in: out)
        defer {
            try? FileManager.default.removeItem(atPath: work)
            rmdir(PathUtil.parent(work))  // only if no other run is using it
        }

        let resume = options.force ? ResumeIndex() : try ResumeIndex(directory: out)
        let manifest = try ManifestWriter(path: manifestPath)
        let discovery = InputDiscovery(arguments: options.inputs, rawArguments: options.rawInputs, cwd: options.cwd,
                                       excluding: [out], shard: options.shard)
        var configured = ExtractWorker(executable: options.workerExecutable, extraArguments: options.extractArguments,
                                       timeout: options.timeout)
        // Workers die with the batch (even a kill -9'd one) and never outlive --timeout.
        configured.environment["KINERJA_PARENT_PID"] = String(getpid())
        if let t = options.timeout { configured.environment["KINERJA_DEADLINE"] = String(t) }
        let worker = configured

        progress.begin()
        // Count the inputs on the side for done/total; the work does not wait for it.
        Threads.start { [progress] in
            var n = 0
            for _ in discovery { n += 1 }
            progress.setTotal(n)
        }

        let source = LockedIterator(discovery.makeIterator())
        let group = DispatchGroup()
        for slot in 0..<max(1, options.jobs) {
            group.enter()
            Threads.start(stackSize: 1 << 20) { [self] in
                defer { group.leave() }
                let session = options.persistentWorkers ? WorkerSession(worker: worker, stderrPath: work + "/worker-\(slot).err") : nil
                defer { session?.close() }
                while !self.isStopping, let input = source.next() {
                    do {
                        try self.process(input, worker: worker, session: session, resume: resume, manifest: manifest, work: work)
                    } catch {
                        self.lock.lock(); if self.fatalIOError == nil { self.fatalIOError = error }; self.lock.unlock()
                        self.abort(signal: SIGTERM)
                    }
                }
            }
        }
        group.wait()
        manifest.sync()
        progress.end()
        lock.lock(); let byCode = failures; let sig = stopSignal; let fatal = fatalIOError; lock.unlock()
        if let fatal { throw fatal }
        return BatchSummary(counts: progress.snapshot, seconds: progress.elapsed, failuresByCode: byCode,
                            interruptedBy: sig, unmatchedPatterns: discovery.unmatchedPatterns,
                            manifestPath: manifestPath, ignoredManifestLines: resume.ignoredLines)
    }

    private func nextSequence() -> Int { lock.lock(); defer { lock.unlock() }; sequence += 1; return sequence }

    private func process(_ input: DiscoveredInput, worker: ExtractWorker, session: WorkerSession?, resume: ResumeIndex,
                         manifest: ManifestWriter, work: String) throws {
        let out = outputRoot
        let final = out + "/" + input.outputPath
        var record = ManifestRecord(path: input.relativePath, input: input.path, status: .failed,
                                    toolVersion: options.toolVersion)
        func fail(_ code: String, _ message: String) throws {
            record.status = .failed; record.error = code; record.message = message; record.output = nil
            try finish()
        }
        func finish() throws {
            record.finishedAt = BatchRunner.timestamp()
            if !record.succeeded, PathUtil.kind(final) == .file {
                // Whatever is there belongs to an older run (maybe of other bytes): the
                // tree must not claim a result the manifest does not.
                try? FileManager.default.removeItem(atPath: final)
            }
            try manifest.append(record)
            lock.lock(); if let code = record.error, !record.succeeded { failures[code, default: 0] += 1 }; lock.unlock()
            progress.finished(record)
        }

        switch input.kind {
        case .missing: return try fail("missing", "no such file")
        case .unreadable(let m): return try fail("unreadable", m)
        case .duplicate:
            return try fail("duplicate", "another input already writes \(input.outputPath) (names that differ only in the case of .pdf)")
        case .file: break
        }
        // Hashed for resume only: the sha256 recorded for a success is the one the worker
        // computed over the bytes it actually read (an input edited in between cannot
        // leave a manifest line that vouches for other bytes).
        let sha: String
        switch BatchRunner.hashInput(input.rawPath ?? Array(input.path.utf8)) {
        case .success(let h): sha = h
        case .failure(let message): return try fail("unreadable", message)
        }
        record.sha256 = sha
        if !options.force,
           resume.canSkip(path: input.relativePath, sha256: sha, toolVersion: options.toolVersion,
                          output: input.outputPath, outputExists: PathUtil.kind(final) == .file) {
            progress.skipped()
            return
        }
        if isStopping { return }

        let n = nextSequence()
        let tmp = work + "/\(n).json", err = work + "/\(n).err"
        // A name that is not UTF-8 cannot be passed as an argument string: the worker
        // reads it through a symbolic link with a plain name.
        var workerInput = input.path
        if let raw = input.rawPath {
            workerInput = work + "/\(n).pdf"
            let made = (raw + [0]).withUnsafeBufferPointer { p in
                p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { symlink($0, workerInput) }
            }
            if made != 0 { return try fail("unreadable", "cannot link the input into the scratch folder: \(String(cString: strerror(errno)))") }
        }
        defer { if input.rawPath != nil { unlink(workerInput) } }
        let outcome = session?.run(input: workerInput, output: tmp, children: children)
            ?? worker.run(input: workerInput, output: tmp, stderrPath: err, children: children)
        record.seconds = outcome.seconds
        switch outcome.result {
        case .aborted:
            return
        case .failure(let code, let message):
            return try fail(code, message)
        case .success(let s):
            do {
                try PathUtil.makeDirectories(PathUtil.parent(final))
                if rename(tmp, final) != 0 { throw BatchError.io(final, String(cString: strerror(errno))) }
            } catch {
                try? FileManager.default.removeItem(atPath: tmp)
                return try fail("error", "cannot write the output: \(error)")
            }
            record.output = input.outputPath
            if let read = s.sha256 { record.sha256 = read }
            record.status = s.warnings > 0 ? .warning : .ok
            record.pages = s.pages; record.textSource = s.textSource
            record.tables = s.tables; record.indicators = s.indicators; record.warnings = s.warnings
            try finish()
        }
    }

    enum Hashed { case success(String), failure(String) }

    /// SHA-256 of a regular file, by its raw path. Anything else (a FIFO, a device) is
    /// refused from `fstat` before a byte is read; opened with O_NONBLOCK, so a FIFO
    /// without a writer cannot block the open.
    static func hashInput(_ raw: [UInt8]) -> Hashed {
        let fd = (raw + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        }
        guard fd >= 0 else { return .failure("cannot read the file: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure("cannot read the file: \(String(cString: strerror(errno)))") }
        guard st.st_mode & S_IFMT == S_IFREG else {
            return .failure("\(FileType.describe(st.st_mode & S_IFMT)), not a regular file")
        }
        guard let hex = Checksum.sha256Hex(fileDescriptor: fd) else {
            return .failure("cannot read the file: \(String(cString: strerror(errno)))")
        }
        return .success(hex)
    }

    static func timestamp() -> String {
        Date().formatted(.iso8601)
    }

    static func hostName() -> String {
        var buf = [UInt8](repeating: 0, count: 256)
        _ = buf.withUnsafeMutableBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: 255) { gethostname($0, 255) }
        }
        let h = String(decoding: buf.prefix { $0 != 0 }, as: UTF8.self)
        return h.isEmpty ? "localhost" : h.replacingAll("/", with: "_")
    }

    /// `OUT/.kinerja-work/<host>-<pid>`, after sweeping directories of dead runs on this host.
    static func makeWorkDirectory(in out: String) throws -> String {
        let root = out + "/.kinerja-work"
        let host = hostName()
        try PathUtil.makeDirectories(root)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] {
            guard name.hasPrefix(host + "-"), let pid = Int32(name.dropFirst(host.count + 1)) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: root + "/" + name)
            }
        }
        let dir = root + "/\(host)-\(getpid())"
        try PathUtil.makeDirectories(dir)
        return dir
    }
}

/// An iterator shared by the worker threads.
final class LockedIterator<I: IteratorProtocol>: @unchecked Sendable {
    private var it: I
    private let lock = Lock()
    init(_ it: I) { self.it = it }
    func next() -> I.Element? { lock.lock(); defer { lock.unlock() }; return it.next() }
}
