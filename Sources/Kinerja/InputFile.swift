import FoundationEssentials
import KinerjaModel
#if canImport(Glibc)
import Glibc
#endif

/// The checks made on a path before any PDF code sees it, on the path's raw bytes: a
/// file name need not be UTF-8 (an archive copied from an old Windows share has Latin-1
/// names), and a name Swift would "repair" into U+FFFD is another file, or none.
public enum InputFile {
    /// The bytes of a regular file. A FIFO, socket or device is refused before it is
    /// read (opened with O_NONBLOCK, so a FIFO with no writer cannot hang the open).
    public static func read(rawPath: [UInt8], display: String) throws(ExtractError) -> Data {
        let fd = withCPath(rawPath) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            let e = errno
            switch e {
            case ENOENT, ENOTDIR: throw .missing(display)
            default: throw .unreadable(display, detail: String(cString: strerror(e)))
            }
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .unreadable(display, detail: String(cString: strerror(errno))) }
        let kind = st.st_mode & S_IFMT
        guard kind == S_IFREG else { throw .unreadable(display, detail: FileType.describe(kind) + ", not a regular file") }
        // Read straight into a buffer of the size fstat gave (a zeroed 1 MiB bounce buffer
        // was 256 page faults and a copy: a tenth of a small document's run); what a file
        // grown since then holds beyond it comes in chunks.
        let expected = max(0, Int(st.st_size))
        var data = Data(count: expected)
        var filled = 0
        while filled < expected {
            let n = data.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, expected - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(display, detail: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            filled += n
        }
        if filled < expected {
            data.count = filled
            return data
        }
        var buffer = [UInt8](repeating: 0, count: 16 << 10)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(display, detail: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }

    /// Device and inode of what `rawPath` names (links followed); nil when nothing is there.
    public static func identity(rawPath: [UInt8]) -> (device: UInt64, inode: UInt64, kind: mode_t)? {
        var st = stat()
        guard withCPath(rawPath, { stat($0, &st) }) == 0 else { return nil }
        return (UInt64(st.st_dev), UInt64(st.st_ino), st.st_mode & S_IFMT)
    }

    static func withCPath<R>(_ raw: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        (raw + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { body($0) }
        }
    }
}
