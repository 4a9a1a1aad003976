#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names a file type for a one-line error about an input that is not a regular file
/// (`kinerja extract` and `kinerja batch` say it the same way).
public enum FileType {
    /// "a directory", "a FIFO (named pipe)", … for the `S_IFMT` bits of a `stat` mode.
    public static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFREG: return "a regular file"
        default: return "a special file"
        }
    }
}
