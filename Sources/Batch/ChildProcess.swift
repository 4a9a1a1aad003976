import Dispatch
import KinerjaModel
#if canImport(Glibc)
import Glibc
#endif

/// A child process started with posix_spawn: what the batch used of Foundation's `Process`
/// (which, with `FileHandle` and `Pipe`, is Foundation proper and linked ICU into the binary:
/// issue 10, start-up). As Process did, the child runs in its own process group (so
/// `killTree` reaches what it starts), with default signal handlers and no blocked signals
/// (the batch ignores SIGPIPE), and inherits only its three standard descriptors.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    private let exited = DispatchSemaphore(value: 0)
    private let lock = Lock()
    private var status: Int32 = 0
    private var reaped = false

    /// Why a child could not be started.
    struct SpawnError: Error, CustomStringConvertible {
        var errno: Int32
        var description: String { String(cString: strerror(errno)) }
    }

    /// Starts `executable` (a path; no PATH search) with `arguments` after its name. `stdin`,
    /// `stdout`, `stderr` are descriptors of the parent (nil: /dev/null) given to the child
    /// as 0, 1 and 2.
    init(executable: String, arguments: [String], environment: [String: String],
         stdin: Int32?, stdout: Int32?, stderr: Int32) throws(SpawnError) {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, target) in [(stdin, Int32(0)), (stdout, Int32(1))] {
            if let fd { posix_spawn_file_actions_adddup2(&actions, fd, target) } else {
                posix_spawn_file_actions_addopen(&actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0)
            }
        }
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        Self.closeFrom3?(&actions, 3)

        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setpgroup(&attr, 0)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var child = pid_t()
        let rc = posix_spawn(&child, executable, &actions, &attr, argv, envp)
        guard rc == 0 else { throw SpawnError(errno: rc) }
        pid = child
        // One thread per child waits for its exit (as Process's monitor did), so a timeout
        // can wait on a semaphore rather than poll.
        Threads.start(stackSize: 64 << 10) { [self] in
            var s: Int32 = 0
            while waitpid(pid, &s, 0) < 0 && errno == EINTR {}
            lock.withLock { status = s; reaped = true }
            exited.signal()
        }
    }

    /// posix_spawn_file_actions_addclosefrom_np (glibc 2.34+), looked up at run time: the
    /// module map does not show it. Every descriptor the batch opens is close-on-exec anyway.
    private static let closeFrom3: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let sym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(sym, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    /// Waits until the child has exited, at most `seconds` (nil: no limit); whether it has.
    @discardableResult
    func wait(seconds: Double? = nil) -> Bool {
        guard let seconds else { exited.wait(); exited.signal(); return true }
        guard exited.wait(timeout: .now() + seconds) == .success else { return false }
        exited.signal()
        return true
    }

    /// After `wait()`: whether a signal ended the child (Process's `.uncaughtSignal`).
    var diedOfSignal: Bool { lock.withLock { reaped && (status & 0x7F) != 0 && (status & 0x7F) != 0x7F } }

    /// After `wait()`: the exit status, or the signal's number when a signal ended it
    /// (Process's `terminationStatus`).
    var terminationStatus: Int32 {
        lock.withLock { (status & 0x7F) != 0 ? status & 0x7F : (status >> 8) & 0xFF }
    }
}

/// Pipes and files as the batch uses them: raw descriptors, close-on-exec.
enum Descriptors {
    /// A pipe (read end, write end), both close-on-exec.
    static func pipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { return nil }
        // (pipe2 is not in the module map; a child spawned in between closes all but 0–2.)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return (fds[0], fds[1])
    }

    /// `path` created (or truncated) for writing, close-on-exec.
    static func create(_ path: String) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        return fd < 0 ? nil : fd
    }

    /// The text of `path` from byte `offset` on, at most its last 64 KiB.
    static func tail(of path: String, from offset: UInt64 = 0) -> String {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return "" }
        defer { close(fd) }
        let size = UInt64(max(0, lseek(fd, 0, SEEK_END)))
        let from = min(max(offset, size > 65536 ? size - 65536 : 0), size)
        guard lseek(fd, off_t(from), SEEK_SET) >= 0 else { return "" }
        var out: [UInt8] = [], chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            out += chunk[0..<n]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
