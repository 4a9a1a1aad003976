import FoundationEssentials
import KinerjaModel
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see either the old file or the whole new one, never a
/// part: the bytes go to a temporary file in the same directory, which is then renamed.
///
/// The temporary has one name per target, `.NAME.kinerja.tmp`, held with `flock` while it
/// is written: a writer killed before its rename (kill -9, power loss) leaves that name, and
/// the next write of the same target takes it over — found without listing the directory
/// (listing costs ~0.5 µs an entry: 9 ms per `extract` next to 20,000 files). Only when
/// another live writer holds it does a write fall back to a name of its own,
/// `.NAME.PID.RANDOM.tmp` (the older naming, which the sweep of small directories removes).
public enum AtomicFile {
    /// Why a write failed, in the system's words ("No space left on device").
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        sweep(directory: dir, name: name)
        let (tmp, fd) = try temporary(directory: dir, name: name)
        var failure: String?
        let bytes = [UInt8](data)
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; failure = String(cString: strerror(errno)); break }
            off += n
        }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = String(cString: strerror(errno)) }
        // Renamed while still locked: a writer waiting for the name finds it gone (or new).
        if failure == nil, rename(tmp, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(tmp)
            close(fd)
            throw WriteError(description: failure)
        }
        close(fd)
    }

    /// The target's own temporary, opened, emptied and locked (a dead writer's is taken
    /// over); a name of this process's own when a live writer holds it.
    private static func temporary(directory dir: String, name: String) throws -> (String, Int32) {
        let own = dir + "/.\(name).kinerja.tmp"
        for _ in 0..<3 {
            // (O_NONBLOCK: a FIFO planted there fails instead of waiting for a reader.)
            let fd = open(own, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
            guard fd >= 0 else { break }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { close(fd); break }   // a live writer's
            // The name may have been renamed away (or made anew) between the open and the
            // lock; and only a plain file of ours with no other name is emptied.
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, lstat(own, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                if (held.st_mode & S_IFMT) == S_IFREG, held.st_nlink == 1, held.st_uid == geteuid(), ftruncate(fd, 0) == 0 {
                    return (own, fd)
                }
                close(fd)
                break
            }
            close(fd)
        }
        let tmp = dir + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
        return (tmp, fd)
    }

    nonisolated(unsafe) private static var swept = Set<String>()
    private static let sweptLock = Lock()

    /// A directory this large (its size as `stat` gives it: about 1,500 entries on ext4) is
    /// not listed for the sweep: the listing would cost more than the extraction's own writing.
    static let sweepListingLimit: off_t = 64 * 1024

    /// Removes `.NAME.PID.RANDOM.tmp` files (any NAME: the fallback naming) left in the
    /// directory by a writer that was killed before its rename: only those whose process is
    /// gone. Once per directory and process (a batch worker writes thousands of JSONs into
    /// one folder), and only in a directory small enough to list cheaply; the target's own
    /// `.NAME.kinerja.tmp` needs no listing (`temporary`).
    static func sweep(directory: String, name: String) {
        let first = sweptLock.withLock { swept.insert(directory).inserted }
        var st = stat()
        guard first, stat(directory, &st) == 0, st.st_size <= sweepListingLimit,
              let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for e in entries where e.hasPrefix(".") && e.hasSuffix(".tmp") {
            if e.hasSuffix(".kinerja.tmp") {
                // Another target's own temporary: stale when no writer holds its lock.
                let p = directory + "/" + e
                let fd = open(p, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
                guard fd >= 0 else { continue }
                var held = stat(), named = stat()
                if flock(fd, LOCK_EX | LOCK_NB) == 0, fstat(fd, &held) == 0, lstat(p, &named) == 0,
                   held.st_dev == named.st_dev, held.st_ino == named.st_ino, (held.st_mode & S_IFMT) == S_IFREG {
                    unlink(p)
                }
                close(fd)
                continue
            }
            let parts = e.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 4, !parts[1].isEmpty, let pid = Int32(parts[parts.count - 2]),
                  UInt32(parts[parts.count - 1]) != nil, pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + e) }
        }
    }
}
