import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see either the old file or the whole new one, never a
/// part: the bytes go to a temporary file in the same directory, which is then renamed.
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
        let tmp = dir + "/.\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(description: String(cString: strerror(errno))) }
        var failure: String?
        let bytes = [UInt8](data)
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; failure = String(cString: strerror(errno)); break }
            off += n
        }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(tmp, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(tmp)
            throw WriteError(description: failure)
        }
    }

    nonisolated(unsafe) private static var swept = Set<String>()
    private static let sweptLock = NSLock()

    /// Removes `.NAME.PID.RANDOM.tmp` files (any NAME: our writers' naming) left in the
    /// directory by a writer that was killed (kill -9, power loss) before its rename: only
    /// those whose process is gone. Once per directory and process: a batch worker writes
    /// thousands of JSONs into one folder, and listing it for each of them made a batch
    /// quadratic in its size.
    static func sweep(directory: String, name: String) {
        let first = sweptLock.withLock { swept.insert(directory).inserted }
        guard first, let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for e in entries where e.hasPrefix(".") && e.hasSuffix(".tmp") {
            let parts = e.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 4, !parts[1].isEmpty, let pid = Int32(parts[parts.count - 2]),
                  UInt32(parts[parts.count - 1]) != nil, pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + e) }
        }
    }
}
