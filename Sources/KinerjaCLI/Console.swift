import ArgumentParser
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Writing to standard output and standard error without trapping: `FileHandle.write`
/// kills the process with a backtrace when the descriptor is closed (`>&-`) or the disk
/// is full (`/dev/full`). Here a failed write is an error the command reports in one line.
enum Console {
    /// Writes all bytes to `fd`; false (errno set) when the descriptor refuses them.
    @discardableResult
    static func write(_ fd: Int32, _ bytes: some Collection<UInt8>) -> Bool {
        let array = Array(bytes)
        var off = 0
        while off < array.count {
            let n = array[off...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            off += n
        }
        return true
    }

    /// One line on standard error (a failure to write it is ignored: there is no one to tell).
    static func error(_ line: String) {
        write(STDERR_FILENO, Array((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Bytes on standard output; a failure is told on stderr (if it is open) and ends the command with status 1.
    static func out(_ data: Data) throws {
        guard write(STDOUT_FILENO, data) else {
            error("kinerja: standard output: cannot write (\(String(cString: strerror(errno))))")
            throw ExitCode(1)
        }
    }
}
