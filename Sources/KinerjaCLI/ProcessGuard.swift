import Foundation
import PDFReading
#if canImport(Glibc)
import Glibc
#endif

/// Bounds on one extraction process, so that a hostile PDF costs a bounded amount of
/// memory and time and ends with one line, never a backtrace.
enum ProcessGuard {
    /// `--max-memory` default: 4 GiB of address space per document. A 300-page scan at
    /// 300 dpi with two OCR engines stays under 1 GiB; a 40 KB file asking poppler for
    /// 16 GB does not.
    static let defaultMaxMemoryMB = 4096

    /// Caps the data segment (RLIMIT_DATA: heap and private writable mappings, what a
    /// decompressed image or poppler's state stack takes) at `megabytes`, and the address
    /// space (RLIMIT_AS) at twice that plus 1 GiB as a backstop (thread stacks and malloc
    /// arenas reserve address space they never use, so RLIMIT_AS alone would refuse
    /// threads long before memory runs out). An allocation beyond it fails inside this
    /// process instead of taking the machine's memory.
    static func limitMemory(megabytes: Int) {
        guard megabytes > 0 else { return }
        let mb = rlim_t(1024 * 1024)
        for (resource, bytes) in [(RLIMIT_DATA, rlim_t(megabytes) * mb), (RLIMIT_AS, (rlim_t(megabytes) * 2 + 1024) * mb)] {
            let r = __rlimit_resource_t(resource.rawValue)
            var current = rlimit()
            var lim = rlimit(rlim_cur: bytes, rlim_max: bytes)
            if getrlimit(r, &current) == 0, current.rlim_max != rlim_t.max, current.rlim_max < bytes {
                lim = rlimit(rlim_cur: current.rlim_max, rlim_max: current.rlim_max)
            }
            _ = setrlimit(r, &lim)
        }
    }

    /// A worker started by `kinerja batch` (which sets KINERJA_PARENT_PID) dies with its
    /// batch, even one killed with SIGKILL (PR_SET_PDEATHSIG), and cannot outlive the
    /// batch's --timeout (KINERJA_DEADLINE seconds, enforced with alarm(2)).
    static func bindToBatch() {
        if let parent = environment("KINERJA_PARENT_PID").flatMap({ Int32($0) }) {
            // prctl(2) is variadic, so Swift does not import it; called through its address.
            typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
            if let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "prctl") {
                _ = unsafeBitCast(sym, to: Prctl.self)(1 /* PR_SET_PDEATHSIG */, UInt(SIGKILL), 0, 0, 0)
            }
            if getppid() != parent { _exit(1) }  // the batch died before the prctl
        }
        armBatchAlarm()
    }

    /// One variable of the environment (getenv: `ProcessInfo.environment` builds a
    /// dictionary of all of them, on every `extract`).
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// alarm(2) at the batch's --timeout + 5 s for the document starting now (a long-lived
    /// worker re-arms it for each document; 0 seconds disarms it).
    static func armBatchAlarm(disarm: Bool = false) {
        guard let deadline = environment("KINERJA_DEADLINE").flatMap({ Double($0) }),
              deadline > 0 else { return }
        signal(SIGALRM, SIG_DFL)
        alarm(disarm ? 0 : UInt32(min(deadline.rounded(.up) + 5, Double(UInt32.max / 2))))
    }

    /// Ends the process with `line` on stderr and status 1 after `seconds` (the per-page
    /// time limit times the page count): content that takes minutes per page (a
    /// pathological drawing, an endless stream) gets one clear error instead of a hang.
    /// One watchdog thread serves every document of a long-lived worker; `disarm` ends
    /// the current document's limit.
    static func armDeadline(seconds: Double, line: String) {
        guard seconds > 0, seconds.isFinite else { return }
        watchdog.arm(until: DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9), line: Array(line.utf8))
    }

    static func disarmDeadline() { watchdog.disarm() }

    private static let watchdog = Watchdog()

    private final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var deadline: UInt64?
        private var line: [UInt8] = []
        private var thread: Thread?

        func arm(until: UInt64, line: [UInt8]) {
            lock.lock(); defer { lock.unlock() }
            deadline = until; self.line = line
            guard thread == nil else { return }
            let t = Thread { [self] in
                var nap = 0.02
                while true {
                    // Sleeps until the deadline, waking at least every quarter second for a
                    // new one (a 20-ms poll was 1 % of a document's CPU in wake-ups).
                    Thread.sleep(forTimeInterval: nap)
                    lock.lock()
                    let now = DispatchTime.now().uptimeNanoseconds
                    let expired = deadline.map { now >= $0 } ?? false
                    nap = deadline.map { max(0.001, min(0.25, Double($0 &- now) / 1e9)) } ?? 0.25
                    let text = line
                    lock.unlock()
                    if expired {
                        _ = text.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
                        _exit(1)
                    }
                }
            }
            t.stackSize = 1 << 16
            thread = t
            t.start()
        }

        func disarm() { lock.lock(); deadline = nil; lock.unlock() }
    }

    /// On a fatal signal (a crash or abort inside poppler, cairo or Tesseract, or an
    /// allocation refused under --max-memory), print one line naming the input and exit
    /// by the same signal, so a batch still records `crashed` (`resource_limit` when an
    /// allocation was refused).
    static func oneLineOnCrash(input: String) {
        func buffer(_ text: String) -> UnsafeBufferPointer<UInt8> {
            let line = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
            _ = line.initialize(from: text.utf8)
            return UnsafeBufferPointer(line)
        }
        crashLine = buffer("kinerja: \(input): the PDF libraries crashed on this file [crashed]\n")
        // A refused allocation leaves ENOMEM in the failing thread's errno on its way to
        // the trap (Swift) or abort (C++ bad_alloc, poppler's "Out of memory").
        passwordLine = buffer("kinerja: \(input): the PDF is encrypted and the --password given does not open it [encrypted]\n")
        memoryLine = buffer("kinerja: \(input): out of memory (the --max-memory limit, or the machine's) [resource_limit]\n")
        installCrashHandlers()
    }

    /// The fatal-signal handlers of `oneLineOnCrash`, installed once. Called before
    /// `limitMemory`: installing them allocates (their alternate stack), which a small
    /// --max-memory must not refuse. Until a document is named they print nothing.
    static func installCrashHandlers() {
        guard !handlersInstalled else { return }  // a long-lived worker: new lines, same handlers
        handlersInstalled = true
        // An alternate stack, so a stack overflow can still be reported.
        let size = 1 << 16
        var ss = stack_t(ss_sp: UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16), ss_flags: 0, ss_size: size)
        sigaltstack(&ss, nil)
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { sig in
                if PDFDocument.openingWithPassword, let l = ProcessGuard.passwordLine {
                    _ = Glibc.write(STDERR_FILENO, l.baseAddress, l.count)
                    _exit(1)
                }
                let outOfMemory = errno == ENOMEM
                if let l = outOfMemory ? ProcessGuard.memoryLine : ProcessGuard.crashLine {
                    _ = Glibc.write(STDERR_FILENO, l.baseAddress, l.count)
                }
                signal(sig, SIG_DFL)
                raise(sig)
            }
            action.sa_flags = SA_ONSTACK
            sigaction(sig, &action, nil)
        }
    }
    nonisolated(unsafe) static var handlersInstalled = false
    nonisolated(unsafe) static var crashLine: UnsafeBufferPointer<UInt8>?
    nonisolated(unsafe) static var memoryLine: UnsafeBufferPointer<UInt8>?
    nonisolated(unsafe) static var passwordLine: UnsafeBufferPointer<UInt8>?
}
