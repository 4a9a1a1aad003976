import FoundationEssentials
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
        // (Not blocked here whatever the thread that started this process blocked.)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, SIGALRM)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        alarm(disarm ? 0 : UInt32(min(deadline.rounded(.up) + 5, Double(UInt32.max / 2))))
    }

    /// Ends the process with `line` on stderr and status 1 after `seconds` (the per-page
    /// time limit times the page count): content that takes minutes per page (a
    /// pathological drawing, an endless stream) gets one clear error instead of a hang.
    /// A POSIX timer on the monotonic clock raises `deadlineSignal`, whose handler writes
    /// the line and exits: no watchdog thread to start for every document (a thread and
    /// its wake-ups were ~1 % of a two-page document's run). A long-lived worker re-arms
    /// the one timer for each document; `disarmDeadline` ends the current document's limit.
    static func armDeadline(seconds: Double, line: String) {
        guard seconds > 0, seconds.isFinite, deadlineTimerCreated() else { return }
        disarm(createdTimer)
        DeadlineLine.set(Array(line.utf8))
        // A process started from a thread that blocks the signal (libdispatch's workers do)
        // inherits the mask: this thread takes the signal whatever the others block.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        sigaddset(&unblocked, deadlineSignal)
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
        // (At most ~31 years: a larger limit is none.)
        let s = min(seconds, 1e9)
        var spec = itimerspec()
        spec.it_value.tv_sec = Int(s.rounded(.down))
        spec.it_value.tv_nsec = max(1, Int((s - s.rounded(.down)) * 1e9))
        _ = timerSettime?(createdTimer, 0, &spec, nil)
    }

    static func disarmDeadline() {
        guard timerCreated else { return }
        disarm(createdTimer)
    }

    private static func disarm(_ timer: UnsafeMutableRawPointer?) {
        var off = itimerspec()
        _ = timerSettime?(timer, 0, &off, nil)
    }

    /// timer_settime(2) taking the timer as the optional pointer it is: Swift imports
    /// `timer_t` there as a non-null pointer, which cannot hold the first timer's id 0.
    private typealias TimerSettime = @convention(c) (UnsafeMutableRawPointer?, Int32, UnsafePointer<itimerspec>?,
                                                     UnsafeMutablePointer<itimerspec>?) -> Int32
    private static let timerSettime: TimerSettime? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "timer_settime")
        .map { unsafeBitCast($0, to: TimerSettime.self) }

    /// The signal of the deadline timer: one nothing else in the process uses (SIGALRM is
    /// the batch's own alarm, `armBatchAlarm`).
    static let deadlineSignal = SIGVTALRM

    /// The process's deadline timer (`timer_t` is the kernel's id as a pointer: the first
    /// timer is id 0, a null pointer, hence the flag).
    nonisolated(unsafe) private static var createdTimer: UnsafeMutableRawPointer?
    nonisolated(unsafe) private static var timerCreated = false
    nonisolated(unsafe) private static var timerFailed = false

    /// Creates the deadline timer (with its signal's handler) on first use; false if it cannot be.
    private static func deadlineTimerCreated() -> Bool {
        if timerCreated { return true }
        guard !timerFailed, timerSettime != nil else { return false }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            DeadlineLine.write()
            _exit(1)
        }
        sigemptyset(&action.sa_mask)
        sigaction(deadlineSignal, &action, nil)
        var event = sigevent()
        event.sigev_notify = Int32(SIGEV_SIGNAL)
        event.sigev_signo = deadlineSignal
        var timer: timer_t?
        guard timer_create(CLOCK_MONOTONIC, &event, &timer) == 0 else {
            timerFailed = true
            return false
        }
        createdTimer = timer
        timerCreated = true
        return true
    }

    /// The line the deadline's handler writes, kept where a signal handler can read it
    /// without allocating. Set only while the timer is disarmed; a longer line gets a new
    /// buffer (the old one is left, never freed under a handler that might still read it).
    private enum DeadlineLine {
        nonisolated(unsafe) static var buffer: UnsafeMutablePointer<UInt8>?
        nonisolated(unsafe) static var capacity = 0
        nonisolated(unsafe) static var count = 0

        static func set(_ bytes: [UInt8]) {
            if bytes.count > capacity {
                let grown = max(bytes.count, 512)
                let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
                count = 0
                buffer = fresh
                capacity = grown
            }
            guard let buffer else { return }
            bytes.withUnsafeBufferPointer { buffer.update(from: $0.baseAddress!, count: bytes.count) }
            count = bytes.count
        }

        static func write() {
            guard let buffer, count > 0 else { return }
            _ = Glibc.write(STDERR_FILENO, buffer, count)
        }
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
