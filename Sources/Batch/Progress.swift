import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import KinerjaModel

/// Progress on standard error: a redrawn bar when stderr is a terminal, a plain line
/// every `interval` seconds otherwise (logs, Slurm), nothing when quiet.
public final class ProgressReporter: @unchecked Sendable {
    public enum Mode: Sendable { case bar, lines, quiet }

    public struct Counts: Sendable, Equatable {
        public var total: Int?
        public var ok = 0, warning = 0, failed = 0, skipped = 0
        public var pages = 0
        /// Documents actually run (not skipped).
        public var processed: Int { ok + warning + failed }
        public var done: Int { processed + skipped }
    }

    public let mode: Mode
    public let interval: TimeInterval
    private let lock = Lock()
    private var counts = Counts()
    private var start = Date()
    private var lastLine = Date()
    private var lastBarWidth = 0
    private var stopped = false
    private let write: @Sendable (String) -> Void

    public init(mode: Mode, interval: TimeInterval = 10,
                write: @escaping @Sendable (String) -> Void = { s in
                    // Not FileHandle.write, which traps when stderr is closed.
                    let bytes = Array(s.utf8)
                    _ = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
                }) {
        self.mode = mode; self.interval = interval; self.write = write
    }

    /// .bar when stderr is a terminal, .lines otherwise.
    public static func automaticMode(quiet: Bool) -> Mode {
        quiet ? .quiet : (isatty(STDERR_FILENO) == 1 ? .bar : .lines)
    }

    public func begin() {
        lock.lock(); start = Date(); lastLine = start; lock.unlock()
        guard mode != .quiet else { return }
        Threads.start(stackSize: 1 << 18) { [weak self] in
            while let self, !self.isStopped {
                Threads.sleep(seconds: self.mode == .bar ? 0.25 : 1)
                self.tick()
            }
        }
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }

    public var snapshot: Counts { lock.lock(); defer { lock.unlock() }; return counts }
    public var elapsed: TimeInterval { lock.lock(); defer { lock.unlock() }; return Date().timeIntervalSince(start) }

    public func setTotal(_ n: Int) { lock.lock(); counts.total = n; lock.unlock() }

    public func skipped() { lock.lock(); counts.skipped += 1; lock.unlock() }

    public func finished(_ r: ManifestRecord) {
        lock.lock()
        switch r.status {
        case .ok: counts.ok += 1
        case .warning: counts.warning += 1
        case .failed: counts.failed += 1
        }
        counts.pages += r.pages ?? 0
        lock.unlock()
        if r.status == .failed, mode != .quiet {
            emitAboveBar("kinerja: \(r.path): failed (\(r.error ?? "error")): \(r.message ?? "")")
        }
    }

    /// A message line, printed above the bar so the bar survives.
    public func emitAboveBar(_ line: String) {
        guard mode != .quiet else { return }
        lock.lock(); defer { lock.unlock() }
        if mode == .bar { write("\r\u{1B}[K" + line + "\n" + barText()) } else { write(line + "\n") }
    }

    private func tick() {
        lock.lock(); defer { lock.unlock() }
        guard !stopped else { return }
        switch mode {
        case .bar: write("\r" + barText() + "\u{1B}[K")
        case .lines:
            if Date().timeIntervalSince(lastLine) >= interval {
                lastLine = Date()
                write("kinerja: batch: " + statusText() + "\n")
            }
        case .quiet: break
        }
    }

    public func end() {
        lock.lock()
        stopped = true
        if mode == .bar { write("\r\u{1B}[K") }
        lock.unlock()
    }

    // MARK: text (callers hold the lock)

    private func barText() -> String {
        let width = 24
        var bar = ""
        if let total = counts.total, total > 0 {
            let filled = min(width, counts.done * width / total)
            bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
        }
        var text = bar + statusText()
        let cols = ProgressReporter.terminalColumns()
        if text.count > cols - 1 { text = String(text.prefix(max(10, cols - 1))) }
        return text
    }

    func statusText() -> String {
        let elapsed = Date().timeIntervalSince(start)
        let total = counts.total.map(String.init) ?? "?"
        var s = "\(counts.done)/\(total)"
        let pps = elapsed > 0 ? Double(counts.pages) / elapsed : 0
        s += String(cFormat: "  %.1f pages/s", pps)
        if let eta = ProgressReporter.eta(counts: counts, elapsed: elapsed) {
            s += "  ETA " + ProgressReporter.duration(eta)
        } else {
            s += "  ETA ?"
        }
        s += "  failed \(counts.failed)"
        if counts.skipped > 0 { s += "  skipped \(counts.skipped)" }
        return s
    }

    /// Remaining time from the rate of documents actually processed.
    public static func eta(counts: Counts, elapsed: TimeInterval) -> TimeInterval? {
        guard let total = counts.total, counts.processed > 0, elapsed > 0 else { return nil }
        let remaining = max(0, total - counts.done)
        return Double(remaining) * elapsed / Double(counts.processed)
    }

    public static func duration(_ t: TimeInterval) -> String {
        let s = Int(t.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m\(String(cFormat: "%02d", s % 60))s" }
        return "\(s / 3600)h\(String(cFormat: "%02d", (s % 3600) / 60))m"
    }

    static func terminalColumns() -> Int {
        var w = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 0 { return Int(w.ws_col) }
        return 100
    }
}
