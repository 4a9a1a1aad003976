import ArgumentParser
import Batch
import FoundationEssentials
import Kinerja

/// Prints `kinerja: <what>: <message>` and exits 2 (usage).
func usageFailure(_ what: String, _ message: String) -> ExitCode {
    Console.error("kinerja: \(what): \(message)\n")
    return ExitCode(2)
}

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Extract many PDFs: one JSON per PDF under --out, plus a manifest; resumable.",
        discussion: """
            PATHs are PDF files, directories (searched recursively for *.pdf) and glob patterns. \
            Each input is written to OUT/<path relative to the inputs' common folder>.json, and \
            one line per input is appended to OUT/manifest.jsonl (OUT/manifest.shard-K-of-N.jsonl \
            with --shard). Running the same command again skips inputs whose JSON exists and \
            whose bytes and tool version match the manifest. Every document runs in its own \
            `kinerja extract` process, so a crash or hang in one PDF cannot stop the batch.
            Exit status: 0 all inputs ok, 1 some failed, 2 usage error, 130/143 interrupted.
            """
    )

    @Argument(help: "PDF files, directories and glob patterns (quote globs to let kinerja expand them).")
    var paths: [String] = []

    @Option(name: [.customLong("out"), .customShort("o")], help: ArgumentHelp("Output directory.", valueName: "DIR"))
    var out: String

    @Option(name: [.customLong("jobs"), .customShort("j")], help: ArgumentHelp("Documents processed at once (default: number of cores).", valueName: "N"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Seconds per document before its worker is killed (0: no limit).", valueName: "SECONDS"))
    var timeout: Double = 1800

    @Option(help: ArgumentHelp("OCR mode passed to each extraction: auto, always or never.", valueName: "MODE"))
    var ocr: String?

    @Option(help: ArgumentHelp("Process only shard K of N (1 <= K <= N), chosen by a stable hash of each input's name.", valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Address space each document's worker may use, in MiB (0: no limit); beyond it the document is recorded resource_limit.", valueName: "MiB"))
    var maxMemory: Int = ProcessGuard.defaultMaxMemoryMB

    @Option(help: ArgumentHelp("Seconds per page (times the page count) before a worker gives up on a document (0: no limit).", valueName: "SECONDS"))
    var pageTimeout: Double = 60

    @Option(help: "The user password for encrypted PDFs (passed to every extraction).")
    var password: String?

    @Flag(help: "Redo every input, even those a previous run finished.")
    var force = false

    @Flag(name: [.customLong("quiet"), .customShort("q")], help: "No progress and no summary on stderr.")
    var quiet = false

    @Flag(help: "Start a new extractor process for every document (slower: start-up paid per document) instead of long-lived workers.")
    var processPerDocument = false

    @Option(help: .hidden) var workerExecutable: String?
    @Option(help: .hidden) var progressInterval: Double = 10

    func run() throws {
        guard !paths.isEmpty else { throw usageFailure("batch", "no input PATH given") }
        if let jobs, jobs < 1 { throw usageFailure("batch", "--jobs must be at least 1") }
        guard timeout >= 0 else { throw usageFailure("batch", "--timeout must not be negative") }
        guard maxMemory >= 0, pageTimeout >= 0 else { throw usageFailure("batch", "--max-memory and --page-timeout must not be negative") }
        if let ocr, !["auto", "always", "never"].contains(ocr) {
            throw usageFailure("batch", "--ocr must be auto, always or never")
        }
        var parsedShard: Shard?
        if let shard {
            guard let s = Shard(parsing: shard) else {
                throw usageFailure("batch", "--shard must be K/N with 1 <= K <= N, e.g. 3/8")
            }
            parsedShard = s
        }
        guard let exe = workerExecutable ?? BatchCommand.selfExecutable() else {
            throw usageFailure("batch", "cannot find the kinerja executable to run workers")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let jobCount = jobs ?? cores
        // The cores are shared between documents and the work inside each: N documents at
        // once each read pages and OCR with cores/N threads, so nothing oversubscribes.
        let workers = max(1, cores / max(1, jobCount))
        var options = BatchOptions(
            inputs: paths, outputDirectory: out,
            jobs: jobCount,
            timeout: timeout > 0 ? timeout : nil,
            extractArguments: (ocr.map { ["--ocr", $0] } ?? []) + ["--workers", String(workers)]
                + ["--max-memory", String(maxMemory), "--page-timeout", String(pageTimeout)]
                + (password.map { ["--password", $0] } ?? []),
            shard: parsedShard, force: force,
            workerExecutable: exe, toolVersion: KinerjaVersion.current)
        options.persistentWorkers = !processPerDocument
        options.rawInputs = paths.map(RawArguments.bytes(of:))
        let progress = ProgressReporter(mode: ProgressReporter.automaticMode(quiet: quiet), interval: progressInterval)
        let runner = BatchRunner(options: options, progress: progress)
        let signals = BatchSignalHandler(runner: runner)
        let summary: BatchSummary
        do {
            summary = try runner.run()
        } catch BatchError.usage(let m) {
            throw usageFailure("batch", m)
        } catch {
            Console.error("kinerja: batch: \(error)\n")
            throw ExitCode(1)
        }
        withExtendedLifetime(signals) {}
        for p in summary.unmatchedPatterns {
            Console.error("kinerja: \(p): no file matches the pattern\n")
        }
        if !quiet { Console.error(summary.text + "\n") }
        var code = summary.exitCode
        if code == 0, !summary.unmatchedPatterns.isEmpty { code = 1 }
        if code != 0 { throw ExitCode(code) }
    }

    /// This program's own file, to run as the worker (`/proc/self/exe`, else argv[0]).
    static func selfExecutable() -> String? {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
           FileManager.default.isExecutableFile(atPath: p) { return p }
        let arg0 = CommandLine.arguments.first ?? "kinerja"
        if arg0.contains("/") { return PathUtil.absolute(arg0) }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let p = "\(dir)/\(arg0)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
}
