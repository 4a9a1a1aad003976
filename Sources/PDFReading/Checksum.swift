import FoundationEssentials
import Glibc
import PopplerGraphics

/// SHA-256 through GLib's GChecksum (GLib is linked; poppler-glib, which needs it too, is loaded
/// only to render): a well-kept implementation beats a hand-written one.
public enum Checksum {
    public static func sha256Hex(_ data: Data) -> String {
        guard let checksum = kr_sha256_new() else { return "" }
        defer { kr_sha256_free(checksum) }
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                kr_sha256_update(checksum, base, raw.count)
            }
        }
        return String(cString: kr_sha256_hex(checksum))
    }
}

extension Checksum {
    /// SHA-256 of everything readable from an open descriptor (read in 1 MiB pieces, so
    /// a large archive file is never held in memory); nil on a read error.
    public static func sha256Hex(fileDescriptor fd: Int32) -> String? {
        guard let checksum = kr_sha256_new() else { return nil }
        defer { kr_sha256_free(checksum) }
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer, size)
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            kr_sha256_update(checksum, buffer, n)
        }
        return String(cString: kr_sha256_hex(checksum))
    }
}
